// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-spoke-1 (subscription Landing zone 1)

@description('Azure region westeurope')
param location string

// Virtual network vnet-spoke-1: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetSpoke1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-spoke-1'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetSpoke1SnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetSpoke1
  name: 'snet-app'
  properties: {
    addressPrefix: '10.1.1.0/24'
  }
}
