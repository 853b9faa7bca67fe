// peering links of resource group rg-connectivity (subscription connectivity)

@description('Subscription id of connectivity')
param subscriptionId string

// Existing VNet vnet-hub (deployed by the network stage)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-hub'
}

// Link vnet-hub -> vnet-spoke-app
resource peerHubToSpokeApp 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-hub-to-spoke-app'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-connectivity', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-app')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}
