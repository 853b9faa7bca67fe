// NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions of resource group rg-connectivity (subscription connectivity)

@description('Resource id of the ExpressRoute circuit of datacenter')
param circuitIdDatacenter string

@description('Public IP address of the VPN device of branch-eindhoven (not set in the design)')
param gatewayIpBranchEindhoven string

@description('Azure region westeurope')
param location string

@secure()
@description('Shared key (PSK) of the site-to-site VPN connection to branch-amsterdam')
param sharedKeyBranchAmsterdam string

@secure()
@description('Shared key (PSK) of the site-to-site VPN connection to branch-eindhoven')
param sharedKeyBranchEindhoven string

@secure()
@description('Shared key (PSK) of the site-to-site VPN connection to branch-utrecht')
param sharedKeyBranchUtrecht string

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
    addressPrefix: '10.0.0.0/26'
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
      name: 'VpnGw2AZ'
      tier: 'VpnGw2AZ'
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
  dependsOn: [
    vgwErgwHub
  ]
}

// Local network gateway of on-premises network branch-amsterdam
resource lgwBranchAmsterdam 'Microsoft.Network/localNetworkGateways@2025-07-01' = {
  name: 'lgw-branch-amsterdam'
  location: location
  properties: {
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.10.0/24'
      ]
    }
    gatewayIpAddress: '203.0.113.10'
    bgpSettings: {
      asn: 65050
      bgpPeeringAddress: '192.168.10.254'
    }
  }
}

// Site-to-site VPN connection of gateway vgw-hub to on-premises network branch-amsterdam
resource cnVgwHubBranchAmsterdam 'Microsoft.Network/connections@2025-07-01' = {
  name: 'cn-vgw-hub-branch-amsterdam'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: vgwHub.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgwBranchAmsterdam.id
      properties: {}
    }
    sharedKey: sharedKeyBranchAmsterdam
    enableBgp: true
  }
}

// Local network gateway of on-premises network branch-eindhoven
resource lgwBranchEindhoven 'Microsoft.Network/localNetworkGateways@2025-07-01' = {
  name: 'lgw-branch-eindhoven'
  location: location
  properties: {
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.30.0/24'
      ]
    }
    gatewayIpAddress: gatewayIpBranchEindhoven
  }
}

// Site-to-site VPN connection of gateway vgw-hub to on-premises network branch-eindhoven
resource cnVgwHubBranchEindhoven 'Microsoft.Network/connections@2025-07-01' = {
  name: 'cn-vgw-hub-branch-eindhoven'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: vgwHub.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgwBranchEindhoven.id
      properties: {}
    }
    sharedKey: sharedKeyBranchEindhoven
    enableBgp: false
  }
}

// Local network gateway of on-premises network branch-utrecht
resource lgwBranchUtrecht 'Microsoft.Network/localNetworkGateways@2025-07-01' = {
  name: 'lgw-branch-utrecht'
  location: location
  properties: {
    localNetworkAddressSpace: {
      addressPrefixes: [
        '192.168.20.0/24'
        '192.168.21.0/24'
      ]
    }
    fqdn: 'vpn.utrecht.example.com'
  }
}

// Site-to-site VPN connection of gateway vgw-hub to on-premises network branch-utrecht
resource cnVgwHubBranchUtrecht 'Microsoft.Network/connections@2025-07-01' = {
  name: 'cn-vgw-hub-branch-utrecht'
  location: location
  properties: {
    connectionType: 'IPsec'
    virtualNetworkGateway1: {
      id: vgwHub.id
      properties: {}
    }
    localNetworkGateway2: {
      id: lgwBranchUtrecht.id
      properties: {}
    }
    sharedKey: sharedKeyBranchUtrecht
    enableBgp: false
  }
}

// ExpressRoute connection of gateway ergw-hub to on-premises network datacenter
resource cnErgwHubDatacenter 'Microsoft.Network/connections@2025-07-01' = {
  name: 'cn-ergw-hub-datacenter'
  location: location
  properties: {
    connectionType: 'ExpressRoute'
    virtualNetworkGateway1: {
      id: vgwErgwHub.id
      properties: {}
    }
    peer: {
      id: circuitIdDatacenter
    }
  }
}

// Virtual network vnet-spoke-app: subnets are child resources below, never also inline (a redeploy with an inline list would delete them)
resource vnetSpokeApp 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: 'vnet-spoke-app'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/22'
      ]
    }
  }
}

// Subnet snet-app
resource snetVnetSpokeAppSnetApp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetSpokeApp
  name: 'snet-app'
  properties: {
    addressPrefix: '10.1.0.0/24'
  }
}
