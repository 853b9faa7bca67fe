// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

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

// Subnet AzureBastionSubnet
resource snetVnetHubAzureBastionSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'AzureBastionSubnet'
  properties: {
    addressPrefix: '10.0.0.64/26'
  }
}

// Subnet GatewaySubnet
resource snetVnetHubGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'GatewaySubnet'
  properties: {
    addressPrefix: '10.0.0.0/27'
  }
  dependsOn: [
    snetVnetHubAzureBastionSubnet
  ]
}

// Public IP of gateway vgw-hub
resource pipVgwHub1 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-vgw-hub-1'
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

// Public IP of gateway vgw-hub
resource pipVgwHub2 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-vgw-hub-2'
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

// Vpn gateway vgw-hub (takes 30-45 minutes)
resource vgwHub 'Microsoft.Network/virtualNetworkGateways@2025-07-01' = {
  name: 'vgw-hub'
  location: location
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: {
      name: 'VpnGw1AZ'
      tier: 'VpnGw1AZ'
    }
    activeActive: true
    enableBgp: true
    bgpSettings: {
      asn: 65010
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: snetVnetHubGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwHub1.id
          }
        }
      }
      {
        name: 'ipconfig2'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: snetVnetHubGatewaySubnet.id
          }
          publicIPAddress: {
            id: pipVgwHub2.id
          }
        }
      }
    ]
  }
}

// Public IP of Bastion bas-hub
resource pipBasHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-bas-hub'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Azure Bastion bas-hub
resource basHub 'Microsoft.Network/bastionHosts@2025-07-01' = {
  name: 'bas-hub'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          subnet: {
            id: snetVnetHubAzureBastionSubnet.id
          }
          publicIPAddress: {
            id: pipBasHub.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vgwHub
  ]
}

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
