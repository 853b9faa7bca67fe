// peering links that use the remote gateway (after the hub gateway and its transit link) of resource group rg-spoke-2 (subscription Landing zone 2)

@description('Subscription id of Connectivity')
param connectivitySubscriptionId string

// Existing VNet vnet-spoke-2 (deployed by the network stage)
resource vnetSpoke2 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-spoke-2'
}

// Link vnet-spoke-2 -> vnet-hub
resource peerVnetSpoke2ToVnetHub 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpoke2
  name: 'peer-vnet-spoke-2-to-vnet-hub'
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
