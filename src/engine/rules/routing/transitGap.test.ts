import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../model/ops';
import type { Design } from '../../../model/schema';
import { intent, link, peer, subnet, vnet } from '../../../../test/builders';
import { hubWithSpokes, randomRoutingDesign, smallHub } from '../../../../test/generators';
import { applyFix } from '../../applyFix';
import { reachBetween } from '../../reach';
import { validate } from '../../validate';
import { transitGap } from './transitGap';

const errorKeys = (d: Design) => validate(d).filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.vnets.join(',')}`);

describe('TRANSIT_GAP', () => {
  it('one finding per hub listing the unreachable spoke pairs', () => {
    const d = hubWithSpokes(4);
    const found = transitGap(d);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f?.severity).toBe('warning');
    expect(f?.details).toMatchObject({ hub: 'hub', pairCount: 6, listedPairs: 6 });
    expect(f?.details?.pairs).toBe('spoke-1 <-> spoke-2; spoke-1 <-> spoke-3; spoke-1 <-> spoke-4; spoke-2 <-> spoke-3; spoke-2 <-> spoke-4; spoke-3 <-> spoke-4');
    expect(f?.vnets).toEqual(['hub', 'spoke-1', 'spoke-2', 'spoke-3', 'spoke-4']);
    expect(String(f?.details?.example)).toContain('has no route for 10.1.1.0/24 (peering is not transitive; hub is not a router');
    expect(f?.fixes?.map((x) => x.title)).toEqual([
      "Peer 'spoke-1' and 'spoke-2' directly",
      "Route the 6 listed pairs through 'afw-hub' (10.0.1.4) in 'hub'",
      "Route all 4 spokes of 'hub' through 'afw-hub' (10.0.1.4) with summary routes",
      'Mark the 6 listed pairs as intentionally isolated',
    ]);
  });

  it('is not raised when spokes route through the hub firewall, or with fewer than two peers', () => {
    expect(transitGap(hubWithSpokes(4, { viaFirewall: true }))).toEqual([]);
    expect(transitGap(hubWithSpokes(1))).toEqual([]);
  });

  it('leaves out directly peered pairs and pairs under an isolated intent', () => {
    const d = hubWithSpokes(3);
    const peered = applyOps(d, peer('spoke-1', 'spoke-2').map((link) => ({ op: 'addPeering' as const, link })));
    expect(transitGap(peered)[0]?.details).toMatchObject({ pairCount: 2, pairs: 'spoke-1 <-> spoke-3; spoke-2 <-> spoke-3' });
    const isolated = { ...d, intents: [intent('spoke-3', 'spoke-1', 'isolated'), intent('spoke-2', 'spoke-3', 'isolated')] };
    expect(transitGap(isolated)[0]?.details).toMatchObject({ pairCount: 1, pairs: 'spoke-1 <-> spoke-2' });
    const all = { ...isolated, intents: [...isolated.intents, intent('spoke-1', 'spoke-2', 'isolated')] };
    expect(transitGap(all)).toEqual([]);
  });

  it('caps the list at 100 pairs but counts all 499,500 pairs of a 1,000-spoke hub', () => {
    const found = transitGap(hubWithSpokes(1000));
    expect(found).toHaveLength(1);
    expect(found[0]?.details).toMatchObject({ pairCount: 499_500, listedPairs: 100 });
    expect(found[0]?.vnets).toHaveLength(1001);
  });

  it('the "route through the hub appliance" fix makes the pairs reachable and adds no error', () => {
    for (const d of [smallHub({ gateway: 'none' }), smallHub({ gateway: 'none', forwarded: false }), hubWithSpokes(5)]) {
      const f = transitGap(d)[0];
      const fix = f?.fixes?.find((x) => x.title.startsWith('Route'));
      if (!fix) throw new Error('no routing fix');
      const after = applyFix(d, fix);
      const spokes = d.vnets.filter((v) => v.id !== 'hub').map((v) => v.id);
      for (const a of spokes) for (const b of spokes) expect(`${a}->${b}:${reachBetween(after, a, b)}`).toBe(`${a}->${b}:reach`);
      expect(transitGap(after)).toEqual([]);
      const before = new Set(errorKeys(d));
      expect(errorKeys(after).filter((k) => !before.has(k))).toEqual([]);
    }
  });

  it('the fix extends an existing route table and leaves a shared table free of own-range routes', () => {
    const d = smallHub({ gateway: 'none', viaFirewall: 'a' });
    const dropAll = applyOps(d, [{ op: 'updateRouteTable', routeTableId: 'rt-spoke-a', patch: { routes: [{ name: 'default', addressPrefix: '0.0.0.0/0', nextHopType: 'Internet' }] } }]);
    const fix = transitGap(dropAll)[0]?.fixes?.find((x) => x.title.startsWith('Route'));
    if (!fix) throw new Error('no routing fix');
    const after = applyFix(dropAll, fix);
    expect(after.routeTables.find((r) => r.id === 'rt-spoke-a')?.routes.map((r) => `${r.name} ${r.addressPrefix} ${r.nextHopType}`)).toEqual([
      'default 0.0.0.0/0 Internet',
      'to-spoke-b 10.2.0.0/16 VirtualAppliance',
    ]);
    expect(reachBetween(after, 'spoke-a', 'spoke-b')).toBe('reach');
    expect(reachBetween(after, 'spoke-b', 'spoke-a')).toBe('reach');
  });

  it('the peer-directly and mark-isolated fixes remove the finding', () => {
    const d = smallHub({ gateway: 'none' });
    const [peerFix, , isolateFix] = transitGap(d)[0]?.fixes ?? [];
    if (!peerFix || !isolateFix) throw new Error('fixes missing');
    const peered = applyFix(d, peerFix);
    expect(reachBetween(peered, 'spoke-a', 'spoke-b')).toBe('reach');
    expect(transitGap(peered)).toEqual([]);
    const isolated = applyFix(d, isolateFix);
    expect(isolated.intents.map((i) => [i.from, i.to, i.expect])).toEqual([['spoke-a', 'spoke-b', 'isolated']]);
    expect(validate(isolated).some((f) => f.code === 'TRANSIT_GAP' || f.code === 'INTENT_NOT_ISOLATED')).toBe(false);
  });

  it('offers to mark isolated only the pairs with no traffic either way (an isolated intent would fail on the others)', () => {
    // spoke-a routes 10.0.0.0/8 to the firewall, so it reaches spoke-b and spoke-c; spoke-b and spoke-c reach nothing
    const base = smallHub({ gateway: 'none', viaFirewall: 'a' });
    expect(transitGap(base)[0]?.fixes?.map((x) => x.title)).toEqual([
      "Peer 'spoke-a' and 'spoke-b' directly",
      "Route the pair through 'afw-hub' (10.0.1.4) in 'hub'",
    ]);
    const d = applyOps(base, [
      { op: 'addVnet', vnet: vnet('spoke-c', ['10.3.0.0/16'], { subnets: [subnet('snet-app', '10.3.1.0/24', { id: 'snet-spoke-c-app' })] }) },
      ...[link('hub', 'spoke-c', { allowForwardedTraffic: true }), link('spoke-c', 'hub', { allowForwardedTraffic: true })].map((l) => ({ op: 'addPeering' as const, link: l })),
    ]);
    const f = transitGap(d)[0];
    expect(f?.details?.pairCount).toBe(3);
    const mark = f?.fixes?.find((x) => x.title.startsWith('Mark'));
    expect(mark?.title).toBe('Mark the listed pair with no traffic either way as intentionally isolated');
    if (!mark) throw new Error('no isolate fix');
    const after = applyFix(d, mark);
    expect(after.intents.map((i) => [i.from, i.to, i.expect])).toEqual([['spoke-b', 'spoke-c', 'isolated']]);
    expect(transitGap(after)[0]?.details?.pairCount).toBe(2);
    expect(errorKeys(after).filter((k) => !errorKeys(d).includes(k))).toEqual([]);
  });

  it('does not offer a direct peering that Azure would refuse: spoke-b overlaps a VNet already peered with spoke-a', () => {
    const d = applyOps(smallHub({ gateway: 'none' }), [
      { op: 'addVnet', vnet: vnet('other', ['10.2.0.0/16']) },
      ...peer('spoke-a', 'other').map((l) => ({ op: 'addPeering' as const, link: l })),
    ]);
    const f = transitGap(d).find((x) => x.details?.['hubId'] === 'hub');
    expect(f?.details?.pairs).toBe('spoke-a <-> spoke-b');
    // no routing fix either: a route for spoke-b's range in spoke-a would also take the traffic for 'other'
    expect(f?.fixes?.map((x) => x.title)).toEqual(['Mark the pair as intentionally isolated']);
  });

  it('counts exactly the pairs a brute-force check over every pair finds (random designs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const d = randomRoutingDesign(seed);
        const has = (a: string, b: string) => d.peerings.some((l) => l.from === a && l.to === b);
        const linked = (a: string, b: string) => has(a, b) || has(b, a);
        const isolated = (a: string, b: string) => d.intents.some((i) => i.expect === 'isolated' && ((i.from === a && i.to === b) || (i.from === b && i.to === a)));
        const expected: Record<string, number> = {};
        for (const hub of d.vnets) {
          const peers = d.vnets.filter((v) => v.id !== hub.id && has(hub.id, v.id) && has(v.id, hub.id)).map((v) => v.id);
          let count = 0;
          for (let i = 0; i < peers.length; i++) {
            for (let j = i + 1; j < peers.length; j++) {
              const a = peers[i] ?? '';
              const b = peers[j] ?? '';
              const talk = reachBetween(d, a, b) === 'reach' && reachBetween(d, b, a) === 'reach';
              if (!linked(a, b) && !isolated(a, b) && !talk) count++;
            }
          }
          if (count > 0) expected[hub.name] = count;
        }
        const actual = Object.fromEntries(transitGap(d).map((f) => [String(f.details?.hub), Number(f.details?.pairCount)]));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
