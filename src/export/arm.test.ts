/**
 * ARM template limits (reference 5.8): at most 800 resources per template. A 1,000-spoke hub puts ~2,000
 * resources in one resource group's network stage and 1,000 links in each link stage, so those stages are
 * split into several nested deployments that wait for each other.
 */
import { describe, expect, it } from 'vitest';
import { hubMesh, hubWithSpokes } from '../../test/generators';
import { validateArmTemplate } from '../../test/schema-checks/armSchema';
import { hasSharedSchemas } from '../../test/schema-checks/shared';
import { MAX_TEMPLATE_RESOURCES, armTemplateObject, splitUnits, toArmTemplate } from './arm';
import type { ArmUnit, JsonObject } from './armResources';

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

describe('splitUnits', () => {
  const unit = (n: number, id?: string, dependsOn?: string[]): ArmUnit => ({
    ...(id === undefined ? {} : { id }),
    resources: Array.from({ length: n }, (_, i): JsonObject => (i === 0 && dependsOn ? { name: `${id ?? 'u'}${i}`, dependsOn } : { name: `${id ?? 'u'}${i}` })),
  });

  it('leaves a stage that fits alone', () => {
    const units = [unit(2, 'a'), unit(3, 'b', ['a'])];
    expect(splitUnits(units, 5)).toEqual([units.flatMap((u) => u.resources)]);
  });

  it('never splits a unit and drops dependsOn entries that name an earlier part', () => {
    const parts = splitUnits([unit(2, 'a'), unit(2, 'b', ['a']), unit(2, 'c', ['b', 'a'])], 4);
    expect(parts.map((p) => p.map((r) => r['name']))).toEqual([
      ['a0', 'a1', 'b0', 'b1'],
      ['c0', 'c1'],
    ]);
    expect(parts[0]?.[2]?.['dependsOn']).toEqual(['a']);
    expect(parts[1]?.[0]).toEqual({ name: 'c0' });
  });

  it('gives an oversized unit a part of its own', () => {
    expect(splitUnits([unit(1, 'a'), unit(5, 'b'), unit(1, 'c')], 3).map((p) => p.length)).toEqual([1, 5, 1]);
  });
});
