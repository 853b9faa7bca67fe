import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleDesign } from '../model/sample';
import { detectFormat, importAny } from '.';

describe('importAny', () => {
  it('loads the project design format through parseDesign', () => {
    const r = importAny(JSON.stringify(sampleDesign()));
    expect(r.ok && r.report.format).toBe('design');
    expect(r.ok && r.design.vnets.map((v) => v.id)).toEqual(sampleDesign().vnets.map((v) => v.id));
  });

  it('detects each format', () => {
    expect(detectFormat({ version: 1 })).toBe('design');
    expect(detectFormat({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', resources: [] })).toBe('arm-template');
    expect(detectFormat([{ type: 'Microsoft.Network/virtualNetworks', addressSpace: {} }])).toBe('azure-cli');
    expect(detectFormat({ data: [{ type: 'microsoft.network/virtualnetworks', properties: {} }] })).toBe('azure-rest');
    expect(detectFormat('text')).toBe('unknown');
  });

  it.each([
    ['garbage', 'hello world', /not valid JSON/],
    ['truncated JSON', '{"version": 1, "vnets": [', /not valid JSON/],
    ['empty input', '   ', /empty/],
    ['an unknown shape', '{"hello": 1}', /not a recognised format/],
    ['a parameters file', '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}', /parameters file/],
    ['a __proto__ key', '[{"type": "Microsoft.Network/virtualNetworks", "name": "v", "__proto__": {"polluted": true}}]', /__proto__/],
    ['a constructor key in a design', '{"version": 1, "vnets": [], "constructor": {}}', /constructor/],
    ['100,000 nested arrays', `${'['.repeat(100000)}${']'.repeat(100000)}`, /nested deeper/],
    ['a design of the wrong version', '{"version": 99}', /newer/],
  ])('refuses %s with a one-line reason', (_what, text, reason) => {
    const r = importAny(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(reason);
      expect(r.error).not.toContain('\n');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses text over the size limit before parsing it', () => {
    const r = importAny(`[${' '.repeat(41 * 1024 * 1024)}]`);
    expect(!r.ok && r.error).toMatch(/MB; the limit is 40 MB/);
  });

  it('never throws, whatever JSON it is given', () => {
    const azureish = fc.record({
      type: fc.constantFrom('Microsoft.Network/virtualNetworks', 'Microsoft.Network/routeTables', 'Microsoft.Network/azureFirewalls', 'Microsoft.Network/virtualNetworkGateways'),
      name: fc.oneof(fc.string(), fc.integer()),
      id: fc.oneof(fc.string(), fc.constant('/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v')),
      properties: fc.jsonValue({ maxDepth: 4 }),
      addressSpace: fc.jsonValue({ maxDepth: 2 }),
      subnets: fc.jsonValue({ maxDepth: 3 }),
      virtualNetworkPeerings: fc.jsonValue({ maxDepth: 3 }),
    }, { requiredKeys: ['type'] });
    const armish = fc.record({
      $schema: fc.constant('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'),
      parameters: fc.jsonValue({ maxDepth: 3 }),
      variables: fc.jsonValue({ maxDepth: 3 }),
      resources: fc.array(fc.record({ type: fc.constantFrom('Microsoft.Network/virtualNetworks', 'Microsoft.Resources/deployments', 'subnets'), name: fc.string(), properties: fc.jsonValue({ maxDepth: 4 }), copy: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['type'] })),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.array(azureish), armish), (value) => {
        const r = importAny(JSON.stringify(value) ?? 'null');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
