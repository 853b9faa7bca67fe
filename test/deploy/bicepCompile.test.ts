/**
 * Microsoft's Bicep compiler and linter over every Bicep export the tests can name: the golden scenarios,
 * the sample, every option combination of the topology templates, and random designs (bounded runs). Each
 * must compile with no error and no warning, and the ARM JSON it compiles to must declare the same
 * resources (type, name, sku, zones, tags, properties with ids blanked) as the ARM export of the same
 * design: the two exporters check each other. One `bicep build` and one `bicep lint` run for all of them
 * (see bicepCompiler.ts). Skips, saying so (test/tools.ts), when the Bicep CLI is missing.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { armTemplateObject } from '../../src/export/arm';
import { toBicepFiles } from '../../src/export/bicep';
import type { Design } from '../../src/model/schema';
import { sampleDesign } from '../../src/model/sample';
import { DEFAULT_HUB_SPOKE, DEFAULT_MESH, DEFAULT_MULTI_REGION, hubAndSpoke, mesh, multiRegionHubAndSpoke, type GatewayChoice } from '../../src/plan/templates';
import { designArb } from '../arbitraries';
import { randomRoutingDesign } from '../generators';
import { loadScenario, scenarioNames } from '../scenarios/scenarioFiles';
import { tool } from '../tools';
import { compileBicep, declaredResources, type Compiled } from './bicepCompiler';

const bicep = tool('bicep');

function designs(): Record<string, Design> {
  const out: Record<string, Design> = {};
  for (const n of scenarioNames()) out[`scenario ${n}`] = loadScenario(n);
  out['sample'] = sampleDesign();
  // every option combination of the hub-and-spoke template (3 gateways x 2^4 services x 2 subscription layouts)
  for (const gateway of ['none', 'Vpn', 'ExpressRoute'] as GatewayChoice[]) {
    for (const firewall of [false, true]) {
      for (const bastion of [false, true]) {
        for (const routeServer of [false, true]) {
          for (const spokeRouting of ['default-route', 'spoke-ranges'] as const) {
            if (!firewall && spokeRouting === 'spoke-ranges') continue; // spoke routing is only read with a firewall
            for (const spokeSubscriptions of ['hub', 'own'] as const) {
              const r = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, spokes: 2, services: { gateway, firewall, bastion, routeServer, spokeRouting }, spokeSubscriptions });
              if (!r.ok) throw new Error(r.errors.join("; "));
              out[`hub-spoke ${gateway} fw=${firewall} bastion=${bastion} rs=${routeServer} ${spokeRouting} subs=${spokeSubscriptions}`] = r.value;
            }
          }
        }
      }
    }
  }
  for (const subscriptions of ['shared', 'own'] as const) {
    for (const regions of [['westeurope'], ['westeurope', 'northeurope']]) {
      const r = mesh({ ...DEFAULT_MESH, subscriptions, regions });
      if (!r.ok) throw new Error(r.errors.join("; "));
      out[`mesh ${subscriptions} ${regions.join('+')}`] = r.value;
    }
  }
  for (const gateway of ['none', 'Vpn', 'ExpressRoute'] as GatewayChoice[]) {
    for (const spokeSubscriptions of ['hub', 'own'] as const) {
      const r = multiRegionHubAndSpoke({ ...DEFAULT_MULTI_REGION, services: { ...DEFAULT_MULTI_REGION.services, gateway }, spokeSubscriptions });
      if (!r.ok) throw new Error(r.errors.join("; "));
      out[`multi-region ${gateway} subs=${spokeSubscriptions}`] = r.value;
    }
  }
  for (let seed = 1; seed <= 20; seed++) out[`random routing design ${seed}`] = randomRoutingDesign(seed);
  // arbitrary designs: junk prefixes, Unicode names, empty fields (numRuns bounded, fixed seed). A name
  // with '/' cannot be deployed at all (it reads as a child resource's path): Bicep refuses it at compile
  // time (BCP169), so those designs are left out here.
  fc.sample(designArb, { numRuns: 40, seed: 11 })
    .filter((d) => !hasSlashName(d))
    .forEach((d, i) => (out[`arbitrary design ${i}`] = d));
  return out;
}

/** Whether any name the export writes as a resource name holds a '/'. */
function hasSlashName(d: Design): boolean {
  const names: string[] = [];
  for (const v of d.vnets) {
    names.push(v.name, v.resourceGroup);
    for (const s of v.subnets) names.push(s.name, s.networkSecurityGroup ?? '');
    for (const g of v.gateways) names.push(g.name);
    for (const r of v.routeServers) names.push(r.name);
    for (const a of v.appliances) names.push(a.name);
    for (const b of v.bastions) names.push(b.name);
  }
  for (const r of d.routeTables) names.push(r.name, r.resourceGroup, ...r.routes.map((x) => x.name));
  for (const o of d.onPremises) names.push(o.name);
  for (const l of d.peerings) names.push(l.name);
  return names.some((n) => n.includes('/'));
}

describe.skipIf(bicep === undefined)('Bicep exports pass the real Bicep compiler and linter, and match the ARM export', () => {
  const all = designs();
  let compiled: Record<string, Compiled> = {};
  beforeAll(() => {
    compiled = compileBicep(bicep as string, Object.fromEntries(Object.entries(all).map(([n, d]) => [n, toBicepFiles(d).files])));
  }, 600_000);

  for (const [name, design] of Object.entries(all)) {
    it(`${name}: no error, no warning; same resources as the ARM export`, () => {
      const c = compiled[name];
      expect(c).toBeDefined();
      // An arbitrary design may name two resources alike in one resource group (two subnets 'a' of a VNet):
      // Azure cannot hold both, and Bicep refuses the file (BCP121, and BCP104 on the module that uses it).
      // Only those errors are allowed there, and such a design is not compared; any other diagnostic fails.
      if (name.startsWith('arbitrary') && (c?.diagnostics ?? []).some((x) => / Error BCP121: /.test(x))) {
        expect((c?.diagnostics ?? []).filter((x) => !/ Error BCP(121|104): |: not compiled \(no /.test(x))).toEqual([]);
        return;
      }
      expect(c?.diagnostics).toEqual([]);
      const fromBicep = new Map<string, unknown>();
      for (const t of Object.values(c?.templates ?? {})) for (const [k, v] of declaredResources(t)) fromBicep.set(k, v);
      const fromArm = declaredResources(armTemplateObject(design));
      expect([...fromBicep.keys()].sort()).toEqual([...fromArm.keys()].sort());
      for (const [k, v] of fromArm) expect(fromBicep.get(k), k).toEqual(v);
    });
  }
});
