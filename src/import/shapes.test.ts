/** Issue 13 items 1 and 8: resources whose VNet is outside the input, and small real shapes. */
import { describe, expect, it } from 'vitest';
import { importFixture as load, vnetNamed as vnet } from '../../test/fixtures/import/load';
import { importAny } from '.';

describe('a resource whose own VNet is not in the input is kept on a placeholder (item 1)', () => {
  it('a REST peering list: the local VNet and both remotes are placeholders, links keep their flags and state', () => {
    const { design, report } = load('rest-peering-list.json');
    expect(report.format).toBe('azure-rest');
    expect(report.skipped).toEqual([]);
    const hub = vnet(design, 'vnet-hub');
    expect(hub).toMatchObject({ isPlaceholder: true, subscriptionId: '11111111-1111-1111-1111-111111111111', resourceGroup: 'rg-hub' });
    expect(design.peerings.map((l) => [l.name, l.from, vnetNameOf(design, l.to), l.peeringState, l.allowGatewayTransit, l.remoteAddressPrefixes])).toEqual([
      ['peer-hub-to-spoke1', hub.id, 'vnet-spoke1', 'Connected', true, ['10.1.0.0/16']],
      ['peer-hub-to-spoke2', hub.id, 'vnet-spoke2', 'Initiated', false, ['10.2.0.0/16']],
    ]);
    expect(vnet(design, 'vnet-spoke1')).toMatchObject({ isPlaceholder: true, addressPrefixes: ['10.1.0.0/16'] });
  });

  it('a gateway GET alone: the gateway sits in a placeholder of its VNet', () => {
    const { design, report } = load('rest-gateway-get.json');
    expect(report.skipped).toEqual([]);
    expect(vnet(design, 'vnet-hub')).toMatchObject({
      isPlaceholder: true,
      gateways: [{ id: expect.any(String), name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw2AZ', activeActive: false, asn: 65515 }],
    });
  });

  it('a subnet listed alone joins a placeholder; listed again it is read once', () => {
    const subnet = {
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-x/subnets/snet-a',
      name: 'snet-a', type: 'Microsoft.Network/virtualNetworks/subnets', addressPrefix: '10.5.1.0/24',
    };
    const r = importAny(JSON.stringify([subnet, subnet]));
    expect(r.ok && r.design.vnets.map((v) => [v.name, v.isPlaceholder, v.subnets.map((s) => s.name)])).toEqual([['vnet-x', true, ['snet-a']]]);
  });
});

describe('small shapes (item 8)', () => {
  it('az network vnet create output ({ "newVNet": ... })', () => {
    const { design, report } = load('az-vnet-create.json');
    expect(report.format).toBe('azure-cli');
    expect(design.vnets.map((v) => [v.name, v.location, v.resourceGroup, v.addressPrefixes, v.subnets.map((s) => s.addressPrefixes[0])])).toEqual([
      ['vnet-app', 'northeurope', 'rg-app', ['10.40.0.0/16'], ['10.40.1.0/24']],
    ]);
  });

  it('Resource Graph rows with properties as JSON text, and tags named constructor / prototype', () => {
    const { design, report } = load('resource-graph-properties-text.json');
    expect(report.format).toBe('azure-rest');
    const hub = vnet(design, 'vnet-hub');
    expect(hub.addressPrefixes).toEqual(['10.0.0.0/16']);
    expect(hub.subnets.map((s) => s.name)).toEqual(['GatewaySubnet']);
    expect(hub.tags).toEqual({ constructor: 'platform-team', prototype: 'v2' });
    expect(design.peerings.map((l) => l.name)).toEqual(['hub-to-spoke', 'spoke-to-hub']);
    expect(design.subscriptions[0]?.tenantId).toBe('99999999-9999-9999-9999-999999999999');
  });

  it('Resource Graph table results (columns and rows)', () => {
    const { design } = load('resource-graph-table.json');
    expect(design.vnets.map((v) => [v.name, v.addressPrefixes])).toEqual([['vnet-hub', ['10.0.0.0/16']]]);
  });

  it.each([
    ['a bare properties object', '{"properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}, "subnets": []}}', 'a virtual network'],
    ['VNet facts without id, name and type', '{"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}', 'a virtual network'],
    ['a peering body', '{"properties": {"remoteVirtualNetwork": {"id": "/x"}}}', 'a peering'],
  ])('%s: a clear message naming what is missing', (_what, text, kind) => {
    const r = importAny(text);
    expect(!r.ok && r.error).toBe(
      `this looks like the properties of ${kind} without the resource around them: its "id", "name" and "type" are missing, so neither its name nor its subscription and resource group are known; paste the whole resource (az network vnet show -o json, or the REST GET response)`,
    );
  });
});

function vnetNameOf(design: { vnets: { id: string; name: string }[] }, id: string): string | undefined {
  return design.vnets.find((v) => v.id === id)?.name;
}

