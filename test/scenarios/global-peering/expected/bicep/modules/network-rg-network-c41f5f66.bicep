// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Azure region westeurope')
param locationWesteurope string

// Virtual network vnet-weu: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetWeu 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-weu'
  location: locationWesteurope
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.10.0.0/16'
        '10.11.0.0/16'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetWeuSnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetWeu
  name: 'snet-app'
  properties: {
    addressPrefix: '10.10.1.0/24'
  }
}
