// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-spoke-2 (subscription Landing zone 2)

@description('Azure region westeurope')
param location string

// Virtual network vnet-spoke-2: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetSpoke2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-spoke-2'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetSpoke2SnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetSpoke2
  name: 'snet-app'
  properties: {
    addressPrefix: '10.2.1.0/24'
  }
}
