import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_TEXT_LENGTH, formatSchemaErrors, parseDesign, parseDesignText } from './parse';
import { sampleDesign } from './sample';

describe('parseDesign', () => {
  it('accepts the sample design unchanged', () => {
    const d = sampleDesign();
    const r = parseDesign(JSON.parse(JSON.stringify(d)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(d);
  });

  it('fills defaults for a minimal hand-written file', () => {
    const r = parseDesign({
      version: 1,
      vnets: [{ id: 'a', name: 'vnet-a', subscriptionId: 's', resourceGroup: 'rg', location: 'westeurope', addressPrefixes: ['10.0.0.0/16'] }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.peerings).toEqual([]);
    expect(r.value.vnets[0]?.subnets).toEqual([]);
    expect(r.value.layout.positions).toEqual({});
  });

  it('names the path of a wrong value', () => {
    const r = parseDesign({ version: 1, vnets: [{ id: 'a', name: 3 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatSchemaErrors(r.errors)).toContain('vnets[0].name');
  });

  it('refuses non-objects, missing and future versions with a reason', () => {
    for (const [input, text] of [
      [null, 'JSON object'],
      [[], 'JSON object'],
      ['x', 'JSON object'],
      [{}, 'missing "version"'],
      [{ version: 99 }, 'newer'],
      [{ version: '1' }, 'whole number'],
    ] as const) {
      const r = parseDesign(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(formatSchemaErrors(r.errors)).toContain(text);
    }
  });

  it('refuses __proto__ keys anywhere, and absurd nesting', () => {
    const polluted = JSON.parse('{"version":1,"layout":{"positions":{"__proto__":{"x":1,"y":2}}}}');
    const r = parseDesign(polluted);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('layout.positions.__proto__');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    const r2 = parseDesign({ version: 1, vnets: deep });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]?.message).toContain('nested deeper');
  });

  it('refuses dangling references and duplicate ids', () => {
    const d = sampleDesign();
    const bad = { ...d, peerings: [...d.peerings, { ...d.peerings[0]!, id: 'x', to: 'nope' }] };
    const r = parseDesign(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatSchemaErrors(r.errors)).toContain('peerings[4].to: unknown VNet "nope"');
    const dup = { ...d, vnets: [...d.vnets, d.vnets[0]!] };
    const r2 = parseDesign(dup);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(formatSchemaErrors(r2.errors)).toContain('already used');
  });
});

describe('parseDesignText', () => {
  it('explains truncated JSON and oversized input in one line', () => {
    const r = parseDesignText('{"version": 1, "vnets": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/^not valid JSON/);
    const big = parseDesignText(' '.repeat(MAX_DESIGN_TEXT_LENGTH + 1));
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.errors[0]?.message).toContain('limit');
  });
});
