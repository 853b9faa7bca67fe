// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-network (subscription 00000000-0000-0000-0000-000000000001)

@description('Azure region westeurope')
param location string

@description('Subscription id of 00000000-0000-0000-0000-000000000001')
param subscriptionId string

// Network security group nsg-spoke-1-app (created empty: Azure's default rules apply)
resource nsgSpoke1App 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: 'nsg-spoke-1-app'
  location: location
  properties: {}
}

// Network security group nsg-spoke-2-app (created empty: Azure's default rules apply)
resource nsgSpoke2App 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: 'nsg-spoke-2-app'
  location: location
  properties: {}
}

// Virtual network vnet-hub: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
// NVA nva-sdwan is not created: its IP 10.0.3.4 is expected in subnet snet-nva
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

// Subnet AzureFirewallSubnet
resource snetVnetHubAzureFirewallSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'AzureFirewallSubnet'
  properties: {
    addressPrefix: '10.0.1.0/26'
  }
}

// Subnet RouteServerSubnet
resource snetVnetHubRouteServerSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'RouteServerSubnet'
  properties: {
    addressPrefix: '10.0.2.0/27'
  }
  dependsOn: [
    snetVnetHubAzureFirewallSubnet
  ]
}

// Subnet snet-nva
resource snetVnetHubSnetNva 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'snet-nva'
  properties: {
    addressPrefix: '10.0.3.0/28'
  }
  dependsOn: [
    snetVnetHubRouteServerSubnet
  ]
}

// Public IP of Azure Firewall afw-hub
resource pipAfwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-afw-hub'
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

// Firewall policy of afw-hub (add rule collection groups here)
resource afwpAfwHub 'Microsoft.Network/firewallPolicies@2025-07-01' = {
  name: 'afwp-afw-hub'
  location: location
  properties: {
    sku: {
      tier: 'Standard'
    }
  }
}

// Azure Firewall afw-hub; the design expects its private IP 10.0.1.4
resource afwHub 'Microsoft.Network/azureFirewalls@2025-07-01' = {
  name: 'afw-hub'
  location: location
  properties: {
    sku: {
      name: 'AZFW_VNet'
      tier: 'Standard'
    }
    firewallPolicy: {
      id: afwpAfwHub.id
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          subnet: {
            id: snetVnetHubAzureFirewallSubnet.id
          }
          publicIPAddress: {
            id: pipAfwHub.id
          }
        }
      }
    ]
  }
  dependsOn: [
    snetVnetHubSnetNva
  ]
}

// Public IP of Route Server rs-hub
resource pipRsHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: 'pip-rs-hub'
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

// Route Server rs-hub
resource rsHub 'Microsoft.Network/virtualHubs@2025-07-01' = {
  name: 'rs-hub'
  location: location
  properties: {
    sku: 'Standard'
    allowBranchToBranchTraffic: false
  }
  dependsOn: [
    afwHub
  ]
}

// Route Server rs-hub in RouteServerSubnet
resource rsIpConfigRsHub 'Microsoft.Network/virtualHubs/ipConfigurations@2025-07-01' = {
  parent: rsHub
  name: 'ipconfig1'
  properties: {
    subnet: {
      id: snetVnetHubRouteServerSubnet.id
    }
    publicIPAddress: {
      id: pipRsHub.id
    }
  }
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
    routeTable: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/routeTables', 'rt-spokes')
    }
    networkSecurityGroup: {
      id: nsgSpoke1App.id
    }
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
    routeTable: {
      id: resourceId(subscriptionId, 'rg-network', 'Microsoft.Network/routeTables', 'rt-spokes')
    }
    networkSecurityGroup: {
      id: nsgSpoke2App.id
    }
  }
}
