// peering links of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Existing VNet vnet-ds-1 (deployed by the network stage)
resource vnetDs1 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-ds-1'
}

// Link vnet-ds-1 -> vnet-ds-2
resource peerVnetDs1ToVnetDs2 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetDs1
  name: 'peer-vnet-ds-1-to-vnet-ds-2'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-ds-2')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Existing VNet vnet-ds-2 (deployed by the network stage)
resource vnetDs2 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-ds-2'
}

// Link vnet-ds-2 -> vnet-ds-1
resource peerVnetDs2ToVnetDs1 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetDs2
  name: 'peer-vnet-ds-2-to-vnet-ds-1'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-ds-1')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
  dependsOn: [
    peerVnetDs1ToVnetDs2
  ]
}
