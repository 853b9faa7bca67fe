// peering links of resource group rg-hub (subscription Connectivity)

@description('Subscription id of Landing zone 1')
param landingZone1SubscriptionId string

@description('Subscription id of Landing zone 2')
param landingZone2SubscriptionId string

@description('Subscription id of Shared services')
param sharedServicesSubscriptionId string

// Existing VNet vnet-hub (deployed by the network stage)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-hub'
}

// Link vnet-hub -> vnet-shared-services (existing VNet, not created here)
resource peerVnetHubToVnetSharedServices 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-vnet-hub-to-vnet-shared-services'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(sharedServicesSubscriptionId, 'rg-shared', 'Microsoft.Network/virtualNetworks', 'vnet-shared-services')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Link vnet-hub -> vnet-spoke-1
resource peerVnetHubToVnetSpoke1 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-vnet-hub-to-vnet-spoke-1'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(landingZone1SubscriptionId, 'rg-spoke-1', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-1')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
  dependsOn: [
    peerVnetHubToVnetSharedServices
  ]
}

// Link vnet-hub -> vnet-spoke-2
resource peerVnetHubToVnetSpoke2 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-vnet-hub-to-vnet-spoke-2'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(landingZone2SubscriptionId, 'rg-spoke-2', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-2')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
  dependsOn: [
    peerVnetHubToVnetSpoke1
  ]
}
