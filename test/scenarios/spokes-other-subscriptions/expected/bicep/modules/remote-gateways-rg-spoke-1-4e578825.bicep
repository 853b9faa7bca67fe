// peering links that use the remote gateway (after the hub gateway and its transit link) of resource group rg-spoke-1 (subscription Landing zone 1)

@description('Subscription id of Connectivity')
param connectivitySubscriptionId string

// Existing VNet vnet-spoke-1 (deployed by the network stage)
resource vnetSpoke1 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-spoke-1'
}

// Link vnet-spoke-1 -> vnet-hub
resource peerVnetSpoke1ToVnetHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpoke1
  name: 'peer-vnet-spoke-1-to-vnet-hub'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(connectivitySubscriptionId, 'rg-hub', 'Microsoft.Network/virtualNetworks', 'vnet-hub')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: true
  }
}
