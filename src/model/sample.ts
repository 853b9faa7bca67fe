/**
 * The design shown on first start: a hub-and-spoke in West Europe with a VPN gateway and an Azure
 * Firewall, two spokes using the hub gateway, and one deliberate problem: the spokes have no route
 * through the firewall, so they cannot reach each other (TRANSIT_GAP), which the hint points at.
 */
import { makeVnet } from './factories';
import type { Design } from './schema';

const SUB = '00000000-0000-0000-0000-000000000001';

export function sampleDesign(): Design {
  const link = (id: string, from: string, to: string, hubSide: boolean) => ({
    id,
    name: `peer-${from}-to-${to}`,
    from,
    to,
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: true,
    allowGatewayTransit: hubSide,
    useRemoteGateways: !hubSide,
  });
  const spoke = (n: string, third: number) => makeVnet({
    id: `vnet-spoke-${n}`,
    name: `vnet-spoke-${n}`,
    subscriptionId: SUB,
    resourceGroup: 'rg-network',
    location: 'westeurope',
    addressPrefixes: [`10.${third}.0.0/16`],
    subnets: [{ id: `snet-${n}-app`, name: 'snet-app', addressPrefixes: [`10.${third}.1.0/24`] }],
  });
  return {
    version: 1,
    name: 'Sample hub and spoke',
    subscriptions: [{ id: SUB, name: 'Connectivity', tenantId: '', cloud: 'AzureCloud' }],
    resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }],
    vnets: [
      makeVnet({
        id: 'vnet-hub',
        name: 'vnet-hub',
        subscriptionId: SUB,
        resourceGroup: 'rg-network',
        location: 'westeurope',
        addressPrefixes: ['10.0.0.0/22'],
        subnets: [
          { id: 'snet-hub-gw', name: 'GatewaySubnet', addressPrefixes: ['10.0.0.0/27'] },
          { id: 'snet-hub-fw', name: 'AzureFirewallSubnet', addressPrefixes: ['10.0.1.0/26'] },
        ],
        gateways: [{ id: 'gw-hub', name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw1AZ', activeActive: false }],
        appliances: [
          { id: 'fw-hub', name: 'afw-hub', kind: 'AzureFirewall', privateIpAddress: '10.0.1.4', subnetName: 'AzureFirewallSubnet', sku: 'Standard' },
        ],
      }),
      spoke('a', 1),
      spoke('b', 2),
    ],
    routeTables: [],
    onPremises: [{ id: 'onprem-hq', name: 'onprem-hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-hub', gatewayIpAddress: '203.0.113.10' }],
    peerings: [
      link('link-hub-a', 'vnet-hub', 'vnet-spoke-a', true),
      link('link-a-hub', 'vnet-spoke-a', 'vnet-hub', false),
      link('link-hub-b', 'vnet-hub', 'vnet-spoke-b', true),
      link('link-b-hub', 'vnet-spoke-b', 'vnet-hub', false),
    ],
    intents: [],
    layout: {
      positions: {
        'vnet-hub': { x: 320, y: 80 },
        'vnet-spoke-a': { x: 80, y: 340 },
        'vnet-spoke-b': { x: 560, y: 340 },
        'onprem-hq': { x: 320, y: -160 },
      },
    },
  };
}
