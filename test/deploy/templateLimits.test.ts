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
import { MAX_TEMPLATE_BYTES, MAX_TEMPLATE_PARAMETERS, MAX_TEMPLATE_RESOURCES } from '../../src/export/stages';
import { parseBicep } from '../schema-checks/bicepParse';
import { hubWithSpokes, spokesInOwnSubscriptions } from '../generators';

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
      // every parameter the root's own expressions read is declared (nested templates read their own)
      const rootOnly = JSON.stringify(root.resources.map((r) => ({ ...r, properties: { ...(r as unknown as { properties: Obj }).properties, template: undefined } })));
      const declaredParams = Object.keys((JSON.parse(text) as { parameters: Obj }).parameters);
      for (const m of rootOnly.matchAll(/parameters\('([^']+)'\)/g)) expect(declaredParams, `${name}: ${m[1] ?? ''}`).toContain(m[1]);
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

describe('Bicep: every main file and module within the limits, whatever the design size', () => {
  it('2,000 spokes in 2,000 resource groups and subscriptions: several main files, deployed in order', () => {
    const { files } = toBicepFiles(spokesInOwnSubscriptions(2000));
    const mains = Object.keys(files).filter((f) => /^main(-\d+)?\.bicep$/.test(f));
    expect(mains.length).toBeGreaterThan(1);
    expect(Object.keys(files).slice(0, mains.length)).toEqual(mains.map((_, i) => (i === 0 ? 'main.bicep' : `main-${i + 1}.bicep`)));
    const declared = new Set<string>();
    let modules = 0;
    mains.forEach((main, i) => {
      const statements = parseBicep(files[main] as string);
      const own = statements.filter((s) => s.keyword === 'module');
      modules += own.length;
      expect(own.length, main).toBeLessThanOrEqual(MAX_TEMPLATE_RESOURCES);
      expect(statements.filter((s) => s.keyword === 'param').length, main).toBeLessThanOrEqual(MAX_TEMPLATE_PARAMETERS);
      expect(files[main]).toContain(`part ${i + 1} of ${mains.length}`);
      const names = new Set(own.map((s) => s.name));
      for (const m of own) {
        declared.add(m.name);
        // dependsOn names only modules of the same file
        const deps = /dependsOn: \[\n([^\]]*)\]/.exec((files[main] as string).slice((files[main] as string).indexOf(`module ${m.name} `)))?.[1] ?? '';
        for (const d of deps.split('\n').map((x) => x.trim()).filter(Boolean)) expect(names.has(d), `${main}: ${m.name} waits for ${d}`).toBe(true);
      }
    });
    expect(declared.size).toBe(modules);
    for (const [file, text] of Object.entries(files)) {
      if (!file.startsWith('modules/')) continue;
      const statements = parseBicep(text);
      expect(statements.filter((s) => s.keyword === 'resource' && !s.existing).length, file).toBeLessThanOrEqual(MAX_TEMPLATE_RESOURCES);
      expect(statements.filter((s) => s.keyword === 'param').length, file).toBeLessThanOrEqual(MAX_TEMPLATE_PARAMETERS);
    }
  });
});
