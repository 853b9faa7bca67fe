// peering links of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Existing VNet vnet-weu (deployed by the network stage)
resource vnetWeu 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-weu'
}

// Link vnet-weu -> vnet-eus
resource peerVnetWeuToVnetEus 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetWeu
  name: 'peer-vnet-weu-to-vnet-eus'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network-eus', 'Microsoft.Network/virtualNetworks', 'vnet-eus')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}
