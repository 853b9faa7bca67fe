import { describe, expect, it } from 'vitest';
import { fixtureText, importFixture as load, vnetNamed as vnet } from '../../../test/fixtures/import/load';
import type { Design } from '../../model/schema';
import { importAny } from '..';
import { importArmTemplate } from '.';

const linkBetween = (d: Design, from: string, to: string) => d.peerings.find((l) => l.from === vnet(d, from).id && l.to === vnet(d, to).id);

describe('ARM template import: quickstart vnet-to-vnet-peering', () => {
  const { design, report } = load('arm-vnet-to-vnet-peering.json');

  it('evaluates parameters, variables with property access, format() names and resourceId remotes', () => {
    expect(report.format).toBe('arm-template');
    expect(design.vnets.map((v) => [v.name, v.addressPrefixes, v.location])).toEqual([
      ['vNet1', ['10.0.0.0/24'], 'westeurope'],
      ['vNet2', ['192.168.0.0/24'], 'westeurope'],
    ]);
    expect(vnet(design, 'vNet1').subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([['subnet1', ['10.0.0.0/24']]]);
    expect(linkBetween(design, 'vNet1', 'vNet2')?.name).toBe('vNet1-vNet2');
    expect(linkBetween(design, 'vNet2', 'vNet1')?.name).toBe('vNet2-vNet1');
    expect(design.vnets.every((v) => !v.isPlaceholder && v.importedAddressPrefixes === undefined)).toBe(true);
    expect(report.skipped).toEqual([]);
  });

  it('uses the deployment scope it is given', () => {
    const r = importArmTemplate(JSON.parse(fixtureText('arm-vnet-to-vnet-peering.json')), { format: 'arm-template', skipped: [], notes: [] }, {
      scope: { subscriptionId: 'aaaa', resourceGroup: 'rg-x', location: 'swedencentral' },
      parameters: new Map([['vnet2Name', 'vnet-other']]),
    });
    expect(r.ok && r.design.vnets.map((v) => [v.name, v.location, v.subscriptionId, v.resourceGroup])).toEqual([
      ['vNet1', 'swedencentral', 'aaaa', 'rg-x'],
      ['vnet-other', 'swedencentral', 'aaaa', 'rg-x'],
    ]);
  });
});

describe('ARM template import: hub and spoke', () => {
  const { design, report } = load('arm-hub-spoke.json');

  it('expands resource copy loops, copy variables and cidrSubnet', () => {
    expect(vnet(design, 'vnet-spoke1').addressPrefixes).toEqual(['10.21.0.0/16']);
    expect(vnet(design, 'vnet-spoke2').addressPrefixes).toEqual(['10.22.0.0/16']);
    expect(vnet(design, 'vnet-spoke2').subnets[0]?.addressPrefixes).toEqual(['10.22.1.0/24']);
    expect(linkBetween(design, 'vnet-hub', 'vnet-spoke1')).toMatchObject({ name: 'peer-hub-to-vnet-spoke1', allowGatewayTransit: true });
    expect(linkBetween(design, 'vnet-hub', 'vnet-spoke2')).toMatchObject({ allowGatewayTransit: false });
    expect(linkBetween(design, 'vnet-spoke1', 'vnet-hub')).toMatchObject({ name: 'peer-vnet-spoke1-to-hub', useRemoteGateways: true, allowForwardedTraffic: true });
    expect(linkBetween(design, 'vnet-spoke2', 'vnet-hub')).toMatchObject({ allowForwardedTraffic: false });
  });

  it('reads gateway, firewall (first usable address), route table with child routes and associations', () => {
    const hub = vnet(design, 'vnet-hub');
    expect(hub.gateways).toEqual([expect.objectContaining({ name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw2AZ' })]);
    expect(hub.appliances).toEqual([expect.objectContaining({ name: 'afw-hub', privateIpAddress: '10.20.1.4', subnetName: 'AzureFirewallSubnet' })]);
    const rt = design.routeTables.find((r) => r.name === 'rt-spokes');
    expect(rt?.routes).toEqual([{ name: 'to-spokes-via-firewall', addressPrefix: '10.0.0.0/8', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.20.1.4' }]);
    expect(vnet(design, 'vnet-spoke1').subnets[0]?.routeTableId).toBe(rt?.id);
    expect(hub.tags).toEqual({ note: '[not an expression]' });
  });

  it('follows nested deployments: inner scope in another subscription, outer scope, child resources', () => {
    const r = importArmTemplate(JSON.parse(fixtureText('arm-hub-spoke.json')), { format: 'arm-template', skipped: [], notes: [] }, {
      parameters: new Map([['remoteSubscriptionId', '44444444-4444-4444-4444-444444444444']]),
    });
    if (!r.ok) throw new Error(r.error);
    const d = r.design;
    const remote = vnet(d, 'vnet-spoke-remote');
    expect(remote).toMatchObject({ subscriptionId: '44444444-4444-4444-4444-444444444444', resourceGroup: 'rg-spoke-remote', isPlaceholder: false });
    expect(linkBetween(d, 'vnet-hub', 'vnet-spoke-remote')).toBeDefined();
    // the nested child peering's remote is the outer hub id, passed as a parameter evaluated in the outer scope
    expect(linkBetween(d, 'vnet-spoke-remote', 'vnet-hub')).toMatchObject({ name: 'peer-remote-to-hub', useRemoteGateways: true });
    const shared = vnet(d, 'vnet-shared');
    expect(shared.resourceGroup).toBe('rg-deployment');
    expect(shared.subnets.map((s) => s.name)).toEqual(['snet-dns', 'snet-tools']);
  });
  it('never invents a parameter without a value: it is reported by name and what depends on it is skipped (issue 13 item 3)', () => {
    expect(report.skipped).toEqual(expect.arrayContaining([
      { what: "parameter 'remoteSubscriptionId'", where: 'parameters.remoteSubscriptionId', why: expect.stringContaining('no default value and no value was given') },
    ]));
    expect(design.vnets.some((v) => v.subscriptionId === 'remoteSubscriptionId')).toBe(false);
    expect(design.vnets.some((v) => v.name === 'vnet-spoke-remote' && !v.isPlaceholder)).toBe(false);
  });
  it('lists what it cannot evaluate with its location, and skips false conditions', () => {
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: 'resources[0].tags.gatewayPublicIp', why: expect.stringContaining('reference()') }),
        expect.objectContaining({ where: 'resources[12].properties.addressSpace', why: expect.stringContaining('reference()') }),
        expect.objectContaining({ where: 'resources[14].properties', why: expect.stringContaining('external template') }),
        expect.objectContaining({ where: 'resources[1]', what: expect.stringContaining('publicIPAddresses') }),
      ]),
    );
    expect(vnet(design, 'vnet-legacy').addressPrefixes).toEqual([]);
    expect(design.vnets.some((v) => v.name === 'vnet-test')).toBe(false);
  });
});

describe('ARM template import: edge cases', () => {
  const template = (resources: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources, ...extra });

  it('expands 501 spokes from one copy loop', () => {
    const { design } = load('arm-hub-over-peering-limit.json');
    expect(design.vnets).toHaveLength(502);
    expect(design.peerings.filter((l) => l.from === vnet(design, 'vnet-hub-big').id)).toHaveLength(501);
    expect(vnet(design, 'vnet-big-spoke501').addressPrefixes).toEqual(['10.101.244.0/24']);
  });

  it('property copy loops build inline subnets', () => {
    const r = importAny(
      template([
        {
          type: 'Microsoft.Network/virtualNetworks', name: 'v', location: 'westeurope',
          properties: {
            addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
            copy: [{ name: 'subnets', count: 3, input: { name: "[concat('snet-', copyIndex('subnets'))]", properties: { addressPrefix: "[format('10.0.{0}.0/24', copyIndex('subnets'))]" } } }],
          },
        },
      ]),
    );
    expect(r.ok && r.design.vnets[0]?.subnets.map((s) => [s.name, s.addressPrefixes[0]])).toEqual([
      ['snet-0', '10.0.0.0/24'], ['snet-1', '10.0.1.0/24'], ['snet-2', '10.0.2.0/24'],
    ]);
  });

  it('reports a copy count it cannot use and a parameter without a value', () => {
    const r = importAny(
      template(
        [{ type: 'Microsoft.Network/virtualNetworks', name: "[concat('v', copyIndex())]", copy: { name: 'l', count: "[parameters('n')]" }, properties: {} }],
        { parameters: { n: { type: 'int' } } },
      ),
    );
    expect(r.ok && r.design.vnets).toHaveLength(0);
    expect(r.report.skipped.map((s) => s.where)).toEqual(expect.arrayContaining(['parameters.n', 'resources[0].copy.count']));
  });

  it('keeps a peering whose parent VNet is not in the template on a placeholder (issue 13 item 1), and reports unparseable expressions', () => {
    const r = importAny(
      template([
        { type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', name: 'ghost/p', properties: { remoteVirtualNetwork: { id: "[resourceId('Microsoft.Network/virtualNetworks', 'x')]" } } },
        { type: 'Microsoft.Network/virtualNetworks', name: "[concat('v'", properties: {} },
        { type: 'Microsoft.Network/virtualNetworks', name: "[concat('v', ]", properties: {} },
      ]),
    );
    expect(r.ok).toBe(true);
    expect(r.report.skipped.map((s) => s.where)).toEqual(['resources[2].name']);
    const ghost = r.ok ? r.design.vnets.find((v) => v.name === 'ghost') : undefined;
    expect(ghost).toMatchObject({ isPlaceholder: true, resourceGroup: 'rg-deployment' });
    expect(r.ok && r.design.peerings.map((l) => [l.name, l.from === ghost?.id])).toEqual([['p', true]]);
  });
});
