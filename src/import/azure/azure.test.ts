import { describe, expect, it } from 'vitest';
import { importFixture as load, vnetNamed as vnet } from '../../../test/fixtures/import/load';
import type { Design } from '../../model/schema';
import { importAny } from '..';

const link = (d: Design, name: string) => {
  const l = d.peerings.find((x) => x.name === name);
  if (!l) throw new Error(`no ${name}`);
  return l;
};

describe('az CLI import (flattened shape, merged lists)', () => {
  const { design, report } = load('az-cli-hub-spoke.json');

  it('recognises the format and reads every VNet with its subnets and scope', () => {
    expect(report.format).toBe('azure-cli');
    expect(design.vnets.filter((v) => !v.isPlaceholder).map((v) => v.name)).toEqual([
      'vnet-hub', 'vnet-spoke1', 'vnet-spoke2', 'vnet-spoke3', 'vnet-spoke4', 'vnet-spoke5', 'vnet-spoke6',
    ]);
    const hub = vnet(design, 'vnet-hub');
    expect(hub.subscriptionId).toBe('11111111-1111-1111-1111-111111111111');
    expect(hub.resourceGroup).toBe('rg-hub');
    expect(hub.subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([
      ['GatewaySubnet', ['10.0.0.0/27']], ['AzureFirewallSubnet', ['10.0.1.0/26']], ['snet-shared', ['10.0.2.0/24']],
    ]);
    expect(vnet(design, 'vnet-spoke5').importedAddressPrefixes).toEqual(['10.5.0.0/16', '10.55.0.0/16']);
    expect(design.subscriptions.map((s) => s.id).sort()).toEqual([
      '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', '33333333-3333-3333-3333-333333333333',
    ]);
  });

  it('pairs links by remote id ignoring case and keeps state, sync level and peered space', () => {
    // the hub's link names RG-SPOKES in upper case; it still lands on vnet-spoke1
    expect(link(design, 'hub-to-spoke1').to).toBe(vnet(design, 'vnet-spoke1').id);
    expect(link(design, 'hub-to-spoke3').peeringState).toBe('Initiated');
    expect(link(design, 'spoke4-to-hub').peeringState).toBe('Disconnected');
    const sync = link(design, 'hub-to-spoke5');
    expect(sync.peeringSyncLevel).toBe('RemoteNotInSync');
    expect(sync.remoteAddressPrefixes).toEqual(['10.5.0.0/16']);
    expect(link(design, 'spoke1-to-hub')).toMatchObject({ useRemoteGateways: true, allowForwardedTraffic: true, allowGatewayTransit: false });
    expect(design.peerings).toHaveLength(11);
  });

  it('turns a remote VNet outside the file into a placeholder named from its id', () => {
    const p = vnet(design, 'vnet-partner');
    expect(p).toMatchObject({ isPlaceholder: true, subscriptionId: '33333333-3333-3333-3333-333333333333', resourceGroup: 'rg-partner' });
    expect(p.addressPrefixes).toEqual(['172.16.0.0/16']);
    expect(report.notes.some((n) => n.includes("'vnet-partner'") && n.includes('placeholder'))).toBe(true);
  });

  it('takes gateway, firewall and route tables from the merged lists', () => {
    const hub = vnet(design, 'vnet-hub');
    expect(hub.gateways).toEqual([expect.objectContaining({ name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw1AZ' })]);
    expect(hub.appliances).toEqual([expect.objectContaining({ name: 'afw-hub', kind: 'AzureFirewall', privateIpAddress: '10.0.1.4', sku: 'Standard' })]);
    const rt = design.routeTables[0];
    expect(rt?.routes.map((r) => [r.name, r.addressPrefix, r.nextHopIpAddress])).toEqual([
      ['to-spokes', '10.0.0.0/8', '10.0.1.4'], ['default', '0.0.0.0/0', '10.0.1.4'],
    ]);
    expect(vnet(design, 'vnet-spoke1').subnets[0]?.routeTableId).toBe(rt?.id);
    expect(vnet(design, 'vnet-spoke3').subnets[0]?.routeTableId).toBeUndefined();
    // a gateway known from its list is not duplicated from the GatewaySubnet reference
    expect(report.notes.some((n) => n.includes('known only from'))).toBe(false);
    expect(report.skipped).toEqual([]);
  });

  it('lays every VNet out on a grid', () => {
    const positions = Object.values(design.layout.positions);
    expect(positions).toHaveLength(design.vnets.length);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(positions.length);
  });
});

describe('REST / Resource Graph import (nested properties, { data: [...] })', () => {
  const { design, report } = load('resource-graph-hub-spoke.json');

  it('reads the nested shape and the tenant', () => {
    expect(report.format).toBe('azure-rest');
    expect(vnet(design, 'vnet-spoke-a').addressPrefixes).toEqual(['10.11.0.0/16']);
    expect(vnet(design, 'vnet-spoke-a').tags).toEqual({ env: 'prod' });
    expect(design.subscriptions[0]?.tenantId).toBe('55555555-5555-5555-5555-555555555555');
    expect(link(design, 'b-to-hub')).toMatchObject({ useRemoteGateways: true, peeringSyncLevel: 'LocalNotInSync' });
  });

  it('recognises the gateway and firewall from GatewaySubnet / AzureFirewallSubnet ipConfigurations and says so', () => {
    const hub = vnet(design, 'vnet-hub-weu');
    expect(hub.gateways).toEqual([expect.objectContaining({ name: 'vgw-hub-weu', gatewayType: 'Vpn', sku: '' })]);
    expect(hub.appliances).toEqual([expect.objectContaining({ name: 'afw-hub-weu', kind: 'AzureFirewall', privateIpAddress: '10.10.1.4' })]);
    expect(report.notes.filter((n) => n.includes('known only from'))).toHaveLength(2);
    expect(report.notes.some((n) => n.includes('data[0].properties.subnets[0].properties.ipConfigurations'))).toBe(true);
  });

  it('associates a route table listed only on the table side and reports what it cannot model', () => {
    const rt = design.routeTables.find((r) => r.name === 'rt-spoke-a');
    expect(rt?.disableBgpRoutePropagation).toBe(true);
    expect(rt?.routes.map((r) => r.name)).toEqual(['to-firewall']);
    expect(vnet(design, 'vnet-spoke-a').subnets[0]?.routeTableId).toBe(rt?.id);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: 'data[6].properties.routes[1]', why: expect.stringContaining("service tag 'Storage'") }),
        expect.objectContaining({ where: 'data[7]', what: expect.stringContaining('nsg-app') }),
      ]),
    );
  });
});

describe('Azure import edge cases', () => {
  const vnetJson = (extra: Record<string, unknown>) => ({
    id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v1',
    name: 'v1',
    type: 'Microsoft.Network/virtualNetworks',
    location: 'westeurope',
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
    ...extra,
  });

  it('accepts a REST list { value: [...] } and a single resource', () => {
    const list = importAny(JSON.stringify({ value: [{ ...vnetJson({}), addressSpace: undefined, properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } } }] }));
    expect(list.ok && list.design.vnets[0]?.addressPrefixes).toEqual(['10.0.0.0/16']);
    const single = importAny(JSON.stringify(vnetJson({})));
    expect(single.ok && single.design.vnets.map((v) => v.name)).toEqual(['v1']);
  });

  it('reports a peering without a remote, a subnet without a name and an unknown route table', () => {
    const r = importAny(
      JSON.stringify([
        vnetJson({
          subnets: [
            { addressPrefix: '10.0.1.0/24' },
            { name: 'app', addressPrefixes: ['10.0.2.0/24', 'fd00::/64'], routeTable: { id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt-missing' } },
          ],
          virtualNetworkPeerings: [{ name: 'broken', allowVirtualNetworkAccess: true }],
        }),
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.vnets[0]?.subnets.map((s) => s.addressPrefixes)).toEqual([['10.0.2.0/24', 'fd00::/64']]);
    expect(r.report.skipped.map((s) => s.where)).toEqual(['[0].subnets[0]', '[0].virtualNetworkPeerings[0]', '[0].subnets[1].routeTable']);
  });

  it('skips a second VNet with the same id (compared ignoring case)', () => {
    const r = importAny(JSON.stringify([vnetJson({}), vnetJson({ id: '/SUBSCRIPTIONS/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/V1' })]));
    expect(r.ok && r.design.vnets).toHaveLength(1);
    expect(r.report.skipped[0]?.where).toBe('[1]');
  });
});
