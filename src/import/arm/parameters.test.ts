/** Issue 13 items 3 and 4: parameters from a file, never invented when missing; nullable parameters. */
import { describe, expect, it } from 'vitest';
import { fixtureText, vnetNamed as vnet } from '../../../test/fixtures/import/load';
import { validate } from '../../engine/validate';
import { importAny } from '..';
import { readArmParameters } from './parametersFile';

const template = fixtureText('arm-params-required.json');
const parameters = fixtureText('arm-params-required.parameters.json');

describe('an ARM template whose parameters have no value', () => {
  const r = importAny(template);
  if (!r.ok) throw new Error(r.error);

  it('reports each missing parameter by name and never uses its name as a value', () => {
    const missing = r.report.skipped.filter((s) => s.what.startsWith('parameter ')).map((s) => s.what);
    expect(missing).toEqual(["parameter 'vnetAddressPrefix'", "parameter 'subnetPrefix'", "parameter 'gatewaySubnetPrefix'", "parameter 'vnetName'", "parameter 'gatewayType'"]);
    const texts = JSON.stringify(r.design);
    for (const name of ['"vnetAddressPrefix"', '"subnetPrefix"', '"gatewayType"', '"vnetName"']) expect(texts).not.toContain(name);
  });

  it('keeps a VNet whose space is unknown as a placeholder, with its subnets and without a false finding', () => {
    const v = vnet(r.design, 'vnet-fixed');
    expect(v).toMatchObject({ isPlaceholder: true, addressPrefixes: [] });
    expect(v.subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([['Subnet1', []], ['GatewaySubnet', []]]);
    expect(r.report.notes.some((n) => n.startsWith("VNet 'vnet-fixed' (resources[0]): its address space depends on a value the input does not give"))).toBe(true);
    const codes = validate(r.design).filter((f) => f.vnets.includes(v.id)).map((f) => f.code);
    expect(codes).not.toContain('VNET_NO_ADDRESS_SPACE');
    expect(codes).not.toContain('CIDR_INVALID');
  });

  it('skips a resource whose name is a parameter without a value, and a gateway without its type, with reasons', () => {
    expect(r.design.vnets.map((v) => v.name)).toEqual(['vnet-fixed']);
    expect(r.report.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ where: 'resources[1].name', why: "parameter 'vnetName' has no value (give it with --parameters)" }),
      expect.objectContaining({ what: "gateway 'vgw'", why: 'gateway type "missing" is not a VPN or ExpressRoute gateway' }),
    ]));
  });
});

describe('the same template with its parameters file', () => {
  const r = importAny(template, { parameters, parametersSource: 'azuredeploy.parameters.json' });
  if (!r.ok) throw new Error(r.error);

  it('imports the exact network', () => {
    expect(r.design.vnets.map((v) => [v.name, v.addressPrefixes, v.isPlaceholder])).toEqual([
      ['vnet-fixed', ['10.20.0.0/16'], false],
      ['vnet-named', ['10.9.0.0/16'], false],
    ]);
    expect(vnet(r.design, 'vnet-fixed').subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([['Subnet1', ['10.20.1.0/24']], ['GatewaySubnet', ['10.20.0.0/27']]]);
    expect(vnet(r.design, 'vnet-fixed').gateways).toEqual([expect.objectContaining({ name: 'vgw', gatewayType: 'Vpn', sku: 'VpnGw1AZ' })]);
  });

  it('lists a Key Vault reference it cannot read', () => {
    expect(r.report.skipped).toEqual([
      { what: "parameter 'adminPassword'", where: 'azuredeploy.parameters.json: parameters.adminPassword', why: 'it reads a Key Vault secret, which an import cannot read' },
    ]);
  });
});

describe('parameters files', () => {
  it('accepts the bare parameters object and refuses a template or junk with a clear message', () => {
    const bare = readArmParameters('{"vnetName": {"value": "x"}}');
    expect(bare.ok && [...bare.value.values]).toEqual([['vnetName', 'x']]);
    const tpl = readArmParameters(template, 'main.json');
    expect(!tpl.ok && tpl.errors[0]).toBe('main.json is an ARM template, not a parameters file');
    const junk = importAny(template, { parameters: '{"parameters": ', parametersSource: 'p.json' });
    expect(!junk.ok && junk.error).toMatch(/^p\.json: not valid JSON/);
  });

  it('applies to templates only', () => {
    const r = importAny('[{"type": "Microsoft.Network/virtualNetworks", "name": "v", "addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}]', { parameters: '{"parameters": {}}' });
    expect(!r.ok && r.error).toMatch(/apply to an ARM template only/);
  });
});

describe('nullable parameters (Azure Verified Modules), existing VNets and extensionResourceId', () => {
  const r = importAny(fixtureText('arm-spoke-on-existing-hub.json'));
  if (!r.ok) throw new Error(r.error);

  it('reads a nullable parameter without a value as null (issue 13 item 4)', () => {
    expect(r.report.skipped).toEqual([]);
    expect(vnet(r.design, 'vnet-spoke-app')).toMatchObject({ addressPrefixes: ['10.60.0.0/16'], isPlaceholder: false });
    expect(vnet(r.design, 'vnet-spoke-app').subnets.map((s) => s.addressPrefixes)).toEqual([['10.60.1.0/24']]);
  });

  it("keeps the 'existing' hub as a placeholder with the subnet and peering the template adds to it (issue 13 item 1)", () => {
    const hub = vnet(r.design, 'vnet-hub');
    expect(hub).toMatchObject({ isPlaceholder: true, resourceGroup: 'rg-connectivity' });
    expect(hub.subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([['snet-shared-app', ['10.0.8.0/24']]]);
    const spoke = vnet(r.design, 'vnet-spoke-app');
    expect(r.design.peerings.map((l) => [l.name, l.from, l.to])).toEqual([
      ['peer-vnet-spoke-app-to-hub', spoke.id, hub.id],
      ['peer-hub-to-vnet-spoke-app', hub.id, spoke.id],
    ]);
    expect(r.design.peerings[0]).toMatchObject({ useRemoteGateways: true, allowForwardedTraffic: true });
  });
});
