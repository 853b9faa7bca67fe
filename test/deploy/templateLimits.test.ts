/**
 * ARM's template limits hold for every template the ARM and Bicep exports write, whatever the design's
 * size: 800 resources, 256 parameters, 64 outputs and 4 MB per template, root and nested alike (Microsoft,
 * "Template limits": https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#template-limits).
 * Designs: 2,000 spokes each in its own resource group and subscription (2,001 subscription parameters,
 * ~8,000 deployments, 24 MB of template text), and the 1,000-spoke hub in one resource group.
 */
import { describe, expect, it } from 'vitest';
import { toArmTemplateFiles } from '../../src/export/arm';
import { toBicepFiles } from '../../src/export/bicep';
import type { Design } from '../../src/model/schema';
import { MAX_TEMPLATE_BYTES, MAX_TEMPLATE_PARAMETERS, MAX_TEMPLATE_RESOURCES } from '../../src/export/stages';
import { parseBicep } from '../schema-checks/bicepParse';
import { hubWithSpokes } from '../generators';

/** The hub-and-spoke generator's spokes, each moved to its own resource group and subscription. */
export function spokesInOwnSubscriptions(n: number): Design {
  const d = hubWithSpokes(n, { viaFirewall: true });
  const subscriptions = [...d.subscriptions];
  const resourceGroups = [...d.resourceGroups];
  const home = new Map<string, { sub: string; rg: string }>();
  d.vnets.forEach((v, i) => {
    if (v.name === 'hub') return;
    const sub = `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`;
    v.subscriptionId = sub;
    v.resourceGroup = `rg-${v.name}`;
    home.set(v.id, { sub, rg: v.resourceGroup });
    subscriptions.push({ id: sub, name: `sub-${v.name}`, tenantId: '', cloud: 'AzureCloud' });
    resourceGroups.push({ subscriptionId: sub, name: v.resourceGroup, location: 'westeurope' });
  });
  for (const rt of d.routeTables) {
    const owner = d.vnets.find((v) => v.subnets.some((s) => s.routeTableId === rt.id));
    const h = owner ? home.get(owner.id) : undefined;
    if (h) {
      rt.subscriptionId = h.sub;
      rt.resourceGroup = h.rg;
    }
  }
  return { ...d, subscriptions, resourceGroups };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every template in a template (itself and each nested one), with where it is. */
function templates(t: unknown, at: string, out: { at: string; t: Obj }[] = []): { at: string; t: Obj }[] {
  if (!isObj(t)) return out;
  out.push({ at, t });
  for (const r of Array.isArray(t['resources']) ? t['resources'] : []) {
    if (isObj(r) && isObj(r['properties'])) templates(r['properties']['template'], `${at} > ${String(r['name'])}`, out);
  }
  return out;
}

function expectWithinLimits(file: string, text: string): number {
  expect(Buffer.byteLength(text, 'utf8'), `${file}: bytes`).toBeLessThanOrEqual(MAX_TEMPLATE_BYTES);
  let deployments = 0;
  for (const { at, t } of templates(JSON.parse(text), file)) {
    const resources = Array.isArray(t['resources']) ? t['resources'] : [];
    expect(resources.length, `${at}: resources`).toBeLessThanOrEqual(MAX_TEMPLATE_RESOURCES);
    expect(Object.keys(isObj(t['parameters']) ? t['parameters'] : {}).length, `${at}: parameters`).toBeLessThanOrEqual(MAX_TEMPLATE_PARAMETERS);
    expect(Object.keys(isObj(t['outputs']) ? t['outputs'] : {}).length, `${at}: outputs`).toBeLessThanOrEqual(64);
    deployments += resources.filter((r) => isObj(r) && r['type'] === 'Microsoft.Resources/deployments').length;
  }
  return deployments;
}

describe('ARM: every template within every limit, whatever the design size', () => {
  it('2,000 spokes in 2,000 resource groups and subscriptions: several roots, each within the limits, every resource once', () => {
    const d = spokesInOwnSubscriptions(2000);
    const { files } = toArmTemplateFiles(d);
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(1);
    expect(names[0]).toBe('azuredeploy.json');
    expect(names[1]).toBe('azuredeploy-2.json');
    const seen = new Set<string>();
    names.forEach((name, i) => {
      const text = files[name] as string;
      expectWithinLimits(name, text);
      const root = JSON.parse(text) as { metadata: { description: string[] }; resources: { name: string; dependsOn?: string[] }[] };
      // the header says the order
      expect(root.metadata.description.join('\n')).toContain(`part ${i + 1} of ${names.length}`);
      const own = new Set(root.resources.map((r) => r.name));
      for (const r of root.resources) {
        expect(seen.has(r.name), r.name).toBe(false);
        seen.add(r.name);
        // a dependsOn names only deployments of the same root (earlier roots are deployed before)
        for (const dep of r.dependsOn ?? []) expect(own.has(/'([^']*)'\)\]$/.exec(dep)?.[1] ?? ''), `${name}: ${r.name} waits for ${dep}`).toBe(true);
      }
    });
    const vnets = names.reduce((n, f) => n + ((files[f] as string).match(/"type": "Microsoft\.Network\/virtualNetworks",/g)?.length ?? 0), 0);
    expect(vnets).toBe(2001);
  });

  it('the 1,000-spoke hub in one resource group stays one root template', () => {
    const { files } = toArmTemplateFiles(hubWithSpokes(1000, { viaFirewall: true }));
    expect(Object.keys(files)).toEqual(['azuredeploy.json']);
    expectWithinLimits('azuredeploy.json', files['azuredeploy.json'] as string);
  });
});
