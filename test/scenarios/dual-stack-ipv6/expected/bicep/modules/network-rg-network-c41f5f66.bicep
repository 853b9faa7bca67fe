// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Azure region westeurope')
param location string

// Virtual network vnet-ds-1: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetDs1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-ds-1'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
        'fd00:db8:1::/48'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetDs1SnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetDs1
  name: 'snet-app'
  properties: {
    addressPrefixes: [
      '10.1.1.0/24'
      'fd00:db8:1:1::/64'
    ]
  }
}

// Virtual network vnet-ds-2: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetDs2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-ds-2'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
        'fd00:db8:2::/48'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetDs2SnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetDs2
  name: 'snet-app'
  properties: {
    addressPrefixes: [
      '10.2.1.0/24'
      'fd00:db8:2:1::/64'
    ]
  }
}
