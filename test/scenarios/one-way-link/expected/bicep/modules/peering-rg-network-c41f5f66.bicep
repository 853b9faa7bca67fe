// peering links of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Existing VNet vnet-a (deployed by the network stage)
resource vnetA 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-a'
}

// Link vnet-a -> vnet-b
resource peerVnetAToVnetB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetA
  name: 'peer-vnet-a-to-vnet-b'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-b')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}
