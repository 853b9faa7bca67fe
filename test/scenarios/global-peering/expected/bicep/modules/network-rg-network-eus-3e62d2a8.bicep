// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network-eus (subscription 00000000-0000-0000-0000-000000000001)

@description('Azure region eastus')
param locationEastus string

// Virtual network vnet-eus: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetEus 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-eus'
  location: locationEastus
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/16'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetEusSnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetEus
  name: 'snet-app'
  properties: {
    addressPrefix: '10.20.1.0/24'
  }
}
