/**
 * Designs for share-link tests and the bench. `hubAndSpokes(49)` is the size target of issue 5: a hub
 * with 49 spokes, 4 subnets each, every spoke peered with the hub in both directions (98 links), with
 * the ids and names the designer gives new items (src/store/factories.ts), laid out as the auto layout
 * would (hub in the middle, spokes on a ring, positions on the 10 px grid).
 */
import type { Design, PeeringLink, VNet } from '../../src/model/schema';
import { makeVnet } from '../../src/model/factories';
import { slugify } from '../../src/model/ids';

const SUB = '6f1c3a52-8d4e-4b7a-9c21-3e5f7a9b0d12';

function vnet(name: string, second: number, subnetNames: string[]): VNet {
  return makeVnet({
    id: name,
    name,
    subscriptionId: SUB,
    resourceGroup: 'rg-network',
    location: 'westeurope',
    addressPrefixes: [`10.${second}.0.0/16`],
    subnets: subnetNames.map((s, i) => ({ id: `${name}-${slugify(s)}`, name: s, addressPrefixes: [`10.${second}.${i}.0/24`] })),
  });
}

function link(from: string, to: string, isHubSide: boolean): PeeringLink {
  return {
    id: `link-${from}-${to}`,
    name: `peer-${from}-to-${to}`,
    from,
    to,
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: true,
    allowGatewayTransit: isHubSide,
    useRemoteGateways: !isHubSide,
  };
}

export function hubAndSpokes(spokes: number): Design {
  const hub = vnet('vnet-hub', 0, ['GatewaySubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet', 'snet-shared']);
  hub.gateways = [{ id: 'vnet-hub-vgw', name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw1AZ', activeActive: false }];
  const vnets = [hub];
  const peerings: PeeringLink[] = [];
  const positions: Record<string, { x: number; y: number }> = { 'vnet-hub': { x: 0, y: 0 } };
  for (let i = 1; i <= spokes; i++) {
    const name = `vnet-spoke-${String(i).padStart(2, '0')}`;
    vnets.push(vnet(name, i, ['snet-app', 'snet-data', 'snet-web', 'snet-mgmt']));
    peerings.push(link('vnet-hub', name, true), link(name, 'vnet-hub', false));
    const angle = (2 * Math.PI * i) / spokes;
    const snap = (n: number) => Math.round(n / 10) * 10 + 0;
    positions[name] = { x: snap(900 * Math.cos(angle)), y: snap(900 * Math.sin(angle)) };
  }
  return {
    version: 1,
    name: `Hub and ${spokes} spokes`,
    subscriptions: [{ id: SUB, name: 'Connectivity', tenantId: '', cloud: 'AzureCloud' }],
    resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }],
    vnets,
    routeTables: [],
    onPremises: [],
    peerings,
    intents: [],
    layout: { positions },
  };
}
