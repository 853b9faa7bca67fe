// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Azure region westeurope')
param location string

// Virtual network vnet-a: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetA 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-a'
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
resource snetVnetASnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetA
  name: 'snet-app'
  properties: {
    addressPrefix: '10.1.1.0/24'
  }
}

// Virtual network vnet-b: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetB 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-b'
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
resource snetVnetBSnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetB
  name: 'snet-app'
  properties: {
    addressPrefix: '10.2.1.0/24'
  }
}
