// peering links of resource group rg-network-eus (subscription 00000000-0000-0000-0000-000000000001)

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Existing VNet vnet-eus (deployed by the network stage)
resource vnetEus 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-eus'
}

// Link vnet-eus -> vnet-weu
resource peerVnetEusToVnetWeu 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetEus
  name: 'peer-vnet-eus-to-vnet-weu'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-weu')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}
