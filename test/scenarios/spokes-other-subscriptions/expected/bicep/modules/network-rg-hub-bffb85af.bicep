// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-hub (subscription Connectivity)

@description('Azure region westeurope')
param location string

// Virtual network vnet-hub: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-hub'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/22'
      ]
    }
  }
}

// Subnet GatewaySubnet
resource snetVnetHubGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'GatewaySubnet'
  properties: {
    addressPrefix: '10.0.0.0/27'
  }
}

// Public IP of gateway ergw-hub
resource pipErgwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-ergw-hub'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  zones: [
    '1'
    '2'
    '3'
  ]
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// ExpressRoute gateway ergw-hub (takes 30-45 minutes)
resource vgwErgwHub 'Microsoft.Network/virtualNetworkGateways@2025-07-01' = {
  name: 'ergw-hub'
  location: location
  properties: {
    gatewayType: 'ExpressRoute'
    sku: {
      name: 'ErGw1AZ'
      tier: 'ErGw1AZ'
    }
    activeActive: false
    enableBgp: false
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: snetVnetHubGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipErgwHub.id
          }
        }
      }
    ]
  }
}
