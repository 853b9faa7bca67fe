// peering links of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Existing VNet vnet-hub (deployed by the network stage)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-hub'
}

// Link vnet-hub -> vnet-spoke-1
resource peerVnetHubToVnetSpoke1 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-vnet-hub-to-vnet-spoke-1'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-1')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}

// Link vnet-hub -> vnet-spoke-2
resource peerVnetHubToVnetSpoke2 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'peer-vnet-hub-to-vnet-spoke-2'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-2')
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
