/**
 * The sweep-based overlap rule against a brute-force oracle written from the spec's definitions:
 * every pair of VNets with an overlapping prefix is reported exactly once, as PEER_ADDRESS_OVERLAP when
 * linked in either direction, PEER_NEIGHBOR_OVERLAP when both are linked to a common VNet, else ADDRESS_OVERLAP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrOverlaps } from '../../model/cidr';
import { vnetOverlap } from './vnetOverlap';
import { design, link, vnet } from '../../../test/builders';

const prefixArb = fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 12, max: 16 })).map(([block, len]) => {
  const size = 2 ** (32 - len);
  const start = 10 * 2 ** 24 + Math.floor((block * 2 ** 16) / size) * size;
  return `${[24, 16, 8, 0].map((s) => Math.floor(start / 2 ** s) % 256).join('.')}/${len}`;
});

const designArb = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    prefixes: fc.array(fc.array(prefixArb, { minLength: 1, maxLength: 2 }), { minLength: n, maxLength: n }),
    links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12 }),
  }),
);

describe('vnetOverlap against a brute-force oracle', () => {
  it('classifies every overlapping pair exactly once', () => {
    fc.assert(
      fc.property(designArb, ({ prefixes, links }) => {
        const vnets = prefixes.map((p, i) => vnet(`v${i}`, p));
        const peerings = links.filter(([a, b]) => a !== b).map(([a, b], i) => link(`v${a}`, `v${b}`, {}, { id: `l${i}` }));
        const linked = (a: string, b: string) => peerings.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
        const expected: string[] = [];
        for (let i = 0; i < vnets.length; i++) {
          for (let j = i + 1; j < vnets.length; j++) {
            const [a, b] = [vnets[i]!, vnets[j]!];
            if (!a.addressPrefixes.some((x) => b.addressPrefixes.some((y) => cidrOverlaps(x, y)))) continue;
            const common = vnets.some((h) => h !== a && h !== b && linked(h.id, a.id) && linked(h.id, b.id));
            const code = linked(a.id, b.id) ? 'PEER_ADDRESS_OVERLAP' : common ? 'PEER_NEIGHBOR_OVERLAP' : 'ADDRESS_OVERLAP';
            expected.push(`${code} ${[a.id, b.id].sort().join(',')}`);
          }
        }
        const actual = vnetOverlap(design(vnets, peerings)).map((f) => `${f.code} ${f.vnets.join(',')}`);
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
