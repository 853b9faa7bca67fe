import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/schema';
import { peer } from '../../../test/builders';
import { hubMesh, hubWithSpokes, randomRoutingDesign, smallHub, unpeeredVnets } from '../../../test/generators';
import { ROUTING_RULES } from '../rules/routing';
import { analyseReachability, explainReach, reachBetween, reachCell } from './index';
import type { ReachStatus } from './types';

const endpoints = (d: Design) => [...d.vnets.map((v) => v.id), ...d.onPremises.map((o) => o.id)];

function allPairs(d: Design): Record<string, ReachStatus> {
  const out: Record<string, ReachStatus> = {};
  for (const a of endpoints(d)) for (const b of endpoints(d)) out[`${a} -> ${b}`] = reachBetween(d, a, b);
  return out;
}

/** Fisher-Yates with a seeded index stream, so fast-check can shrink the permutation seed. */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('analyseReachability', () => {
  it('renders a matrix of VNets and on-premises networks, both directions', () => {
    const d = smallHub({ gateway: 'Vpn' });
    const { matrix } = analyseReachability(d);
    expect(matrix.nodes.map((n) => `${n.kind}:${n.name}`)).toEqual(['vnet:hub', 'vnet:spoke-a', 'vnet:spoke-b', 'onprem:onprem-hq']);
    const cell = (a: number, b: number) => reachCell(matrix, a, b);
    expect([0, 1, 2, 3].map((j) => cell(1, j))).toEqual(['reach', 'reach', 'none', 'reach']);
    expect([0, 1, 2, 3].map((j) => cell(3, j))).toEqual(['reach', 'reach', 'reach', 'reach']);
    // the two spokes share one source class: one row string serves both
    expect(matrix.rowClass[1]).toBe(matrix.rowClass[2]);
    expect(analyseReachability(d)).toBe(analyseReachability(d));
  });

  it('reports partial when only some subnets of the source get through', () => {
    const d = smallHub({ viaFirewall: 'both', gateway: 'none' });
    const spokeA = d.vnets[1];
    if (!spokeA) throw new Error('fixture');
    spokeA.subnets.push({ id: 'snet-a-db', name: 'snet-db', addressPrefixes: ['10.1.2.0/24'] });
    expect(reachBetween(d, 'spoke-a', 'spoke-b')).toBe('partial');
    expect(explainReach(d, 'spoke-a', 'spoke-b')?.paths.map((p) => [p.sourceSubnet, p.delivered])).toEqual([['snet-app', true], ['snet-db', false]]);
  });

  it('compresses 1,000 identical spokes into one source class', () => {
    const d = hubWithSpokes(1000, { viaFirewall: true });
    const { matrix } = analyseReachability(d);
    expect(matrix.rows).toHaveLength(2);
    expect(reachCell(matrix, 1, 1000)).toBe('reach');
    expect(reachBetween(d, 'spoke-17', 'spoke-998')).toBe('reach');
    expect(reachBetween(hubWithSpokes(1000), 'spoke-17', 'spoke-998')).toBe('none');
  });

  it('multi-hop mesh: spoke to spoke across hubs through both firewalls, both ways', () => {
    const d = hubMesh(3, 2, { viaFirewall: true });
    for (const [a, b] of [['spoke-1-1', 'spoke-3-2'], ['spoke-3-2', 'spoke-1-1'], ['hub-1', 'spoke-2-1']] as const) {
      expect(reachBetween(d, a, b)).toBe('reach');
    }
    const path = explainReach(d, 'spoke-1-1', 'spoke-3-2')?.paths[0];
    expect(path?.hops.map((h) => `${h.vnetName}/${h.subnet}`)).toEqual(['spoke-1-1/snet-app', 'hub-1/AzureFirewallSubnet', 'hub-3/AzureFirewallSubnet']);
  });

  it('overlapping VNets are walked on their own (the source prefix captures the packet)', () => {
    const d = unpeeredVnets(200, 7);
    const { matrix } = analyseReachability(d);
    expect(matrix.rows).toHaveLength(1);
    expect(endpoints(d).every((a) => reachBetween(d, a, 'vnet-1') === (a === 'vnet-1' ? 'reach' : 'none'))).toBe(true);
    // peer two overlapping VNets: the overrides, not the shared row, answer for them
    const [a, b] = (() => {
      for (const [i, x] of d.vnets.entries()) for (const y of d.vnets.slice(i + 1)) if (x.addressPrefixes[0] === y.addressPrefixes[0]) return [x.id, y.id];
      for (const [i, x] of d.vnets.entries()) for (const y of d.vnets.slice(i + 1)) if (x.addressPrefixes[0]?.slice(0, 8) === y.addressPrefixes[0]?.slice(0, 8)) return [x.id, y.id];
      return ['vnet-1', 'vnet-2'];
    })();
    const peered = { ...d, peerings: [...d.peerings, ...peer(a ?? '', b ?? '')] };
    const m2 = analyseReachability(peered).matrix;
    const ids = m2.nodes.map((n) => n.id);
    for (let i = 0; i < ids.length; i += 7) {
      for (let j = 0; j < ids.length; j += 5) expect(reachCell(m2, i, j)).toBe(reachBetween(peered, ids[i] ?? '', ids[j] ?? ''));
    }
    const ia = ids.indexOf(a ?? '');
    const ib = ids.indexOf(b ?? '');
    expect(reachCell(m2, ia, ib)).toBe(reachBetween(peered, a ?? '', b ?? ''));
    expect(reachCell(m2, ia, ib)).toBe(explainReach(peered, a ?? '', b ?? '')?.status);
  });

  it('class results equal the concrete walk of every pair (random designs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const d = randomRoutingDesign(seed);
        for (const a of endpoints(d)) {
          for (const b of endpoints(d)) {
            expect({ pair: `${a} -> ${b}`, status: reachBetween(d, a, b) }).toEqual({ pair: `${a} -> ${b}`, status: explainReach(d, a, b)?.status });
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of VNets, links, subnets, route tables and on-premises networks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2 ** 31 }), (seed, perm) => {
        const d = randomRoutingDesign(seed);
        const shuffled: Design = {
          ...d,
          vnets: shuffle(d.vnets, perm).map((v, i) => ({ ...v, subnets: shuffle(v.subnets, perm + i) })),
          peerings: shuffle(d.peerings, perm + 1),
          routeTables: shuffle(d.routeTables, perm + 2),
          onPremises: shuffle(d.onPremises, perm + 3),
        };
        expect(allPairs(shuffled)).toEqual(allPairs(d));
        const codes = (x: Design) => ROUTING_RULES.flatMap((r) => r(x)).map((f) => `${f.code}|${f.vnets.join(',')}|${String(f.details?.pairCount ?? '')}`).sort();
        expect(codes(shuffled)).toEqual(codes(d));
      }),
      { numRuns: 100 },
    );
  });
});
