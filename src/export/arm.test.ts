/**
 * ARM template limits (reference 5.8): at most 800 resources per template. A 1,000-spoke hub puts ~2,000
 * resources in one resource group's network stage and 1,000 links in each link stage, so those stages are
 * split into several nested deployments that wait for each other.
 */
import { describe, expect, it } from 'vitest';
import { hubMesh, hubWithSpokes } from '../../test/generators';
import { validateArmTemplate } from '../../test/schema-checks/armSchema';
import { hasSharedSchemas } from '../../test/schema-checks/shared';
import { MAX_TEMPLATE_RESOURCES, armTemplateObject, toArmTemplate } from './arm';
import type { JsonObject } from './armResources';
import { packUnits, stageUnitSizes } from './stages';
import { planFor } from './plan';
import { design, erGateway, firewall, nva, route, routeTable, subnet, vnet, vpnGateway } from '../../test/builders';

interface Deployment {
  name: string;
  dependsOn?: string[];
  properties: { template: { resources: JsonObject[] } };
}

/** The template as plain data, read back from its text (what Azure receives). */
function deployments(template: JsonObject): Deployment[] {
  return (JSON.parse(JSON.stringify(template)) as { resources: Deployment[] }).resources;
}

/** `[resourceId(..., 'Microsoft.Resources/deployments', 'name')]` -> name */
const deploymentNameOf = (id: string): string => /'([^']*)'\)\]$/.exec(id)?.[1] ?? id;

/** The id a resource's siblings use in `dependsOn` (inner-scope `resourceId('type', names...)`). */
function idOf(r: JsonObject): string {
  const type = String(r['type']).replace(/^Microsoft\.Network\//, '');
  const name = String(r['name']);
  const child = /^\[format\('\{0\}\/\{1\}', (.*)\)\]$/.exec(name);
  return `[resourceId('Microsoft.Network/${type}', ${child ? child[1] : `'${name}'`})]`;
}

describe('ARM: stages bigger than the template limit', () => {
  const design = hubWithSpokes(1000, { viaFirewall: true });
  const template = armTemplateObject(design);
  const all = deployments(template);

  it('keeps every template at or under 800 resources, top level included', () => {
    expect(all.length).toBeLessThanOrEqual(MAX_TEMPLATE_RESOURCES);
    for (const d of all) expect(d.properties.template.resources.length, d.name).toBeLessThanOrEqual(MAX_TEMPLATE_RESOURCES);
    // the split happened: the network stage alone has more than 2,000 resources
    expect(all.filter((d) => d.name.startsWith('network-')).length).toBeGreaterThan(2);
  });

  it('deploys every resource exactly once', () => {
    const resources = all.flatMap((d) => d.properties.template.resources.filter((r) => r['type'] !== 'Microsoft.Resources/resourceGroups'));
    const vnets = resources.filter((r) => r['type'] === 'Microsoft.Network/virtualNetworks');
    const links = resources.filter((r) => r['type'] === 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings');
    expect(vnets).toHaveLength(1001);
    expect(links).toHaveLength(2000);
    expect(new Set(resources.map((r) => `${String(r['type'])}|${String(r['name'])}`)).size).toBe(resources.length);
  });

  it('names in a dependsOn only resources of the same template', () => {
    for (const d of all) {
      const ids = new Set(d.properties.template.resources.map(idOf));
      for (const r of d.properties.template.resources) {
        const deps = r['dependsOn'];
        if (Array.isArray(deps)) for (const dep of deps) expect(ids.has(String(dep)), `${d.name}: ${String(dep)}`).toBe(true);
      }
    }
  });

  it('chains the parts of a stage and keeps the order between stages', () => {
    const order = new Map(all.map((d, i) => [d.name, i]));
    const byName = new Map(all.map((d) => [d.name, d]));
    for (const d of all) {
      for (const id of d.dependsOn ?? []) {
        const target = deploymentNameOf(id);
        expect(order.has(target), `${d.name} waits for ${target}`).toBe(true);
        expect(order.get(target) ?? Infinity).toBeLessThan(order.get(d.name) ?? -1);
      }
      const part = /^(.*)-(\d+)$/.exec(d.name);
      if (part && byName.has(`${part[1]}${Number(part[2]) > 2 ? `-${Number(part[2]) - 1}` : ''}`)) {
        const previous = `${part[1]}${Number(part[2]) > 2 ? `-${Number(part[2]) - 1}` : ''}`;
        expect((d.dependsOn ?? []).map(deploymentNameOf)).toContain(previous);
      }
    }
    // links that use the remote gateway wait for every part of the network and peering stages
    const remote = all.filter((d) => d.name.startsWith('remote-gw-'));
    const waited = new Set(remote.flatMap((d) => (d.dependsOn ?? []).map(deploymentNameOf)));
    for (const d of all) if (d.name.startsWith('network-') || d.name.startsWith('peering-')) expect(waited.has(d.name), d.name).toBe(true);
  });

  it('prints the same template as text', () => {
    expect(toArmTemplate(design)).toBe(`${JSON.stringify(template, null, 2)}\n`);
  });

  it.skipIf(!hasSharedSchemas)('still validates against the ARM schemas, unknown properties rejected', () => {
    expect(validateArmTemplate(JSON.parse(JSON.stringify(armTemplateObject(hubMesh(2, 450, { viaFirewall: true })))))).toEqual([]);
    expect(validateArmTemplate(JSON.parse(JSON.stringify(template)))).toEqual([]);
  });
});

describe('ARM: NSGs and subnets in different parts', () => {
  // 900 spokes, every third with an NSG of its own. The 300 NSGs come first, so the first part holds
  // them and the first VNets; the other VNets land in later parts, away from their NSGs.
  const design = hubWithSpokes(900);
  design.vnets.forEach((v, i) => {
    const sn = v.subnets[0];
    if (v.name !== 'hub' && sn && i % 3 === 0) sn.networkSecurityGroup = `nsg-${v.name}`;
  });
  const all = deployments(armTemplateObject(design)).filter((d) => d.name.startsWith('network-'));
  const partOf = new Map<string, string>();
  for (const d of all) for (const r of d.properties.template.resources) partOf.set(idOf(r), d.name);

  it('waits for an NSG of its own template and leaves out one deployed by an earlier part', () => {
    expect(all.length).toBeGreaterThan(2);
    let same = 0;
    let elsewhere = 0;
    for (const d of all) {
      for (const r of d.properties.template.resources) {
        if (r['type'] !== 'Microsoft.Network/virtualNetworks/subnets') continue;
        const nsg = /'(nsg-[^']*)'/.exec(JSON.stringify(r['properties']))?.[1];
        if (nsg === undefined) continue;
        const nsgId = `[resourceId('Microsoft.Network/networkSecurityGroups', '${nsg}')]`;
        const deps = (r['dependsOn'] ?? []) as string[];
        for (const dep of deps) expect(partOf.get(dep), `${d.name}: ${dep}`).toBe(d.name);
        if (partOf.get(nsgId) === d.name) {
          same++;
          expect(deps, `${String(r['name'])} waits for its NSG`).toContain(nsgId);
        } else {
          elsewhere++;
          // the subnet's deployment waits for the NSG's (parts are chained)
          expect(all.findIndex((x) => x.name === partOf.get(nsgId))).toBeLessThan(all.indexOf(d));
        }
      }
    }
    expect(same).toBeGreaterThan(0);
    expect(elsewhere).toBeGreaterThan(0);
  });
});

describe('ARM: resources counted before they are written', () => {
  it('counts what a VNet deploys as the template writes it (gateways, firewalls, Route Servers, Bastions)', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], {
      subnets: ['GatewaySubnet', 'AzureFirewallSubnet', 'AzureFirewallManagementSubnet', 'RouteServerSubnet', 'AzureBastionSubnet', 'apps'].map((n, i) =>
        subnet(n, `10.0.${i}.0/26`, n === 'apps' ? { networkSecurityGroup: 'nsg-apps' } : {}),
      ),
      gateways: [vpnGateway('vpn', { activeActive: true }), erGateway('er')],
      appliances: [firewall('10.0.1.4', { name: 'fw-basic', sku: 'Basic' }), firewall('10.0.1.5', { name: 'fw-std' }), nva('10.0.5.4', 'apps', { name: 'nva' })],
      routeServers: [{ id: 'rs', name: 'rs' }],
      bastions: [{ id: 'b', name: 'bastion', sku: 'Standard' }],
    });
    const d = design([hub, vnet('spoke', ['10.1.0.0/16'], { subnets: [subnet('a', '10.1.0.0/24'), subnet('b', '10.1.1.0/24')] })]);
    const network = deployments(armTemplateObject(d)).find((x) => x.name.startsWith('network-'));
    const group = planFor(d).groups[0];
    expect(group).toBeDefined();
    if (!network || !group) return;
    const sizes = stageUnitSizes(group, 'network');
    // one NSG, then the hub (itself, 6 subnets, 3 + 2 gateway resources, 4 + 3 firewall resources, 3 for
    // the Route Server, 2 for the Bastion) and the spoke (itself and 2 subnets)
    expect(sizes).toEqual([1, 24, 3]);
    expect(network.properties.template.resources).toHaveLength(28);
  });
});

describe('ARM: route tables written one after another', () => {
  it('gives each table its own routes, none included, when some share them', () => {
    const fw = route('to-fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4');
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [routeTable('a', []), routeTable('b', [fw]), routeTable('c', [{ ...fw }]), routeTable('d', []), routeTable('e', [route('to-fw', '0.0.0.0/0', 'None')])],
    });
    const routing = deployments(armTemplateObject(d)).find((x) => x.name.startsWith('routing-'));
    const routes = (routing?.properties.template.resources ?? []).map((r) => JSON.stringify((r['properties'] as JsonObject)['routes']));
    const toFw = JSON.stringify([{ name: 'to-fw', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.1.4' } }]);
    expect(routes).toEqual(['[]', toFw, toFw, '[]', JSON.stringify([{ name: 'to-fw', properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'None' } }])]);
  });
});

describe('packUnits', () => {
  it('leaves a stage that fits alone', () => {
    expect(packUnits([2, 3], 5)).toEqual([0]);
    expect(packUnits([], 5)).toEqual([0]);
  });

  it('never splits a unit: a part starts where the next unit would not fit', () => {
    expect(packUnits([2, 2, 2], 4)).toEqual([0, 2]);
    expect(packUnits([1, 1, 1, 1, 1], 2)).toEqual([0, 2, 4]);
  });

  it('gives an oversized unit a part of its own', () => {
    expect(packUnits([1, 5, 1], 3)).toEqual([0, 1, 2]);
  });
});
