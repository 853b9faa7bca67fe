// peering links that use the remote gateway (after the hub gateway and its transit link) of resource group rg-connectivity (subscription connectivity)

@description('Subscription id of connectivity')
param subscriptionId string

// Existing VNet vnet-spoke-app (deployed by the network stage)
resource vnetSpokeApp 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-spoke-app'
}

// Link vnet-spoke-app -> vnet-hub
resource peerSpokeAppToHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpokeApp
  name: 'peer-spoke-app-to-hub'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-connectivity', 'Microsoft.Network/virtualNetworks', 'vnet-hub')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: true
  }
}
