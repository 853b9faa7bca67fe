import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleDesign } from '../../model/sample';
import { templateProblems } from './invariants';
import { mesh } from './mesh';
import { DEFAULT_MESH, type MeshOptions } from './options';
import { unexpectedFindings, unreachablePairs } from './testSupport';

describe('mesh template', () => {
  it('peers every VNet with every other in both directions', () => {
    const r = mesh({ ...DEFAULT_MESH, count: 5 });
    if (!r.ok) throw new Error(r.errors.join());
    const d = r.value;
    expect(d.peerings).toHaveLength(20);
    for (const a of d.vnets) {
      for (const b of d.vnets) {
        if (a !== b) expect(d.peerings.filter((p) => p.from === a.id && p.to === b.id)).toHaveLength(1);
      }
    }
    expect(d.vnets.map((v) => v.addressPrefixes[0])).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24', '10.0.4.0/24']);
    expect(unexpectedFindings(d, false)).toEqual([]);
  });

  it('spreads VNets over regions in contiguous runs', () => {
    const r = mesh({ ...DEFAULT_MESH, count: 6, regions: ['westeurope', 'East US'] });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.value.vnets.map((v) => v.location)).toEqual(['westeurope', 'westeurope', 'westeurope', 'eastus', 'eastus', 'eastus']);
  });

  it('across a range of inputs: structurally sound and without error or warning findings', () => {
    const arb = fc.record({
      pool: fc.constantFrom('10.0.0.0/12', '192.168.0.0/16', '172.20.0.0/14'),
      count: fc.integer({ min: 2, max: 16 }),
      prefixLength: fc.integer({ min: 20, max: 28 }),
      regions: fc.subarray(['westeurope', 'northeurope', 'eastus', 'japaneast', 'brazilsouth'], { minLength: 1 }),
      subnetsPerVnet: fc.integer({ min: 1, max: 3 }),
      subscriptions: fc.constantFrom('shared', 'own') as fc.Arbitrary<MeshOptions['subscriptions']>,
    });
    fc.assert(
      fc.property(arb, (o) => {
        const r = mesh(o);
        if (!r.ok) {
          expect(r.errors[0]).toMatch(/cannot hold \d+ subnets/);
          return;
        }
        expect(templateProblems(r.value)).toEqual([]);
        expect(unexpectedFindings(r.value, false)).toEqual([]);
        expect(r.value.peerings).toHaveLength(o.count * (o.count - 1));
        expect(unreachablePairs(r.value)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a pool too small, or too many VNets, gives a clear message', () => {
    expect(mesh({ ...DEFAULT_MESH, pool: '192.168.0.0/24', count: 4, prefixLength: 25 })).toEqual({
      ok: false,
      errors: ['The pool 192.168.0.0/24 is too small: 4 /25 VNets need 512 addresses, the pool has 256 free. Choose a larger pool or fewer or smaller VNets.'],
    });
    const many = mesh({ ...DEFAULT_MESH, count: 101 });
    expect(many.ok ? '' : many.errors[0]).toBe('The number of VNets must be a whole number from 2 to 100.');
    const none = mesh({ ...DEFAULT_MESH, regions: [] });
    expect(none.ok ? '' : none.errors[0]).toBe('Choose at least one region.');
  });

  it('added to an existing design avoids the existing ranges', () => {
    const existing = sampleDesign();
    const r = mesh({ ...DEFAULT_MESH, pool: '10.0.0.0/8', count: 3, prefixLength: 16 }, existing);
    if (!r.ok) throw new Error(r.errors.join());
    expect(templateProblems(r.value)).toEqual([]);
    // 10.0/16 (hub 10.0.0.0/22), 10.1/16 and 10.2/16 are taken by the sample
    expect(r.value.vnets.slice(existing.vnets.length).map((v) => v.addressPrefixes[0])).toEqual(['10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16']);
  });
});
