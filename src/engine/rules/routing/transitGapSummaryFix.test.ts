import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrOverlaps } from '../../../model/cidr';
import { applyOps, type DesignOp } from '../../../model/ops';
import type { Design } from '../../../model/schema';
import { intent, link, onPrem, route, routeTable, subnet, vnet } from '../../../../test/builders';
import { hubWithSpokes, randomRoutingDesign, smallHub } from '../../../../test/generators';
import { applyFix } from '../../applyFix';
import { reachBetween } from '../../reach';
import { validate } from '../../validate';
import { transitGap } from './transitGap';
import { ROUTES_PER_TABLE } from './transitGapTables';

const summaryFix = (d: Design, hubId = 'hub') =>
  transitGap(d).find((f) => f.details?.['hubId'] === hubId)?.fixes?.find((x) => x.title.endsWith('with summary routes'));
const errorKeys = (d: Design) => validate(d).filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.vnets.join(',')}|${f.peerings.join(',')}`);
const edit = (d: Design, ...ops: DesignOp[]) => applyOps(d, ops);
const addVnet = (name: string, prefix: string): DesignOp => ({ op: 'addVnet', vnet: vnet(name, [prefix], { subnets: [subnet('snet-app', prefix, { id: `snet-${name}-app` })] }) });
const tableOf = (d: Design, vnetId: string) => d.routeTables.find((r) => r.id === d.vnets.find((v) => v.id === vnetId)?.subnets[0]?.routeTableId);
const routesOf = (d: Design, vnetId: string) => tableOf(d, vnetId)?.routes.map((r) => `${r.addressPrefix} ${r.nextHopType} ${r.nextHopIpAddress ?? ''}`.trim());

/** Applies the summary fix: the finding is gone, every spoke pair talks both ways, no new error. */
function fixedAndTalking(d: Design, spokes: string[]): Design {
  const fix = summaryFix(d);
  if (!fix) throw new Error('no summary fix offered');
  const after = applyFix(d, fix);
  expect(transitGap(after).filter((f) => f.details?.['hubId'] === 'hub')).toEqual([]);
  for (const a of spokes) for (const b of spokes) if (a !== b) expect(`${a}->${b}:${reachBetween(after, a, b)}`).toBe(`${a}->${b}:reach`);
  const before = new Set(errorKeys(d));
  expect(errorKeys(after).filter((k) => !before.has(k))).toEqual([]);
  return after;
}
const spokeIds = (n: number) => Array.from({ length: n }, (_, i) => `spoke-${i + 1}`);

describe('TRANSIT_GAP: route all spokes through the hub appliance with summary routes', () => {
  it('clears the finding of a 1,000-spoke hub with one route per spoke', () => {
    const d = hubWithSpokes(1000);
    const fix = summaryFix(d);
    expect(fix?.title).toBe("Route all 1,000 spokes of 'hub' through 'afw-hub' (10.0.1.4) with summary routes");
    if (!fix) return;
    const after = applyFix(d, fix);
    expect(transitGap(after)).toEqual([]);
    const before = new Set(errorKeys(d));
    expect(errorKeys(after).filter((k) => !before.has(k))).toEqual([]);
    // spokes 10.1.0.0/24 .. 10.4.231.0/24: one block (it holds the hub's 10.0.0.0/22, whose peering route is more specific)
    for (const s of ['spoke-1', 'spoke-500', 'spoke-1000']) expect(routesOf(after, s)).toEqual(['10.0.0.0/13 VirtualAppliance 10.0.1.4']);
    expect(Math.max(...after.routeTables.map((r) => r.routes.length))).toBe(1);
    for (const [a, b] of [['spoke-1', 'spoke-1000'], ['spoke-1000', 'spoke-1'], ['spoke-7', 'hub'], ['spoke-7', 'spoke-7']]) expect(reachBetween(after, a ?? '', b ?? '')).toBe('reach');
    expect(after.peerings.filter((l) => l.to === 'hub').every((l) => l.allowForwardedTraffic)).toBe(true);
  });

  it('keeps an on-premises range inside the naive supernet out of the summaries', () => {
    // the spokes span 10.1.0.0-10.1.5.255: the naive block 10.1.0.0/21 would hold the on-premises 10.1.6.0/24
    const d = edit(hubWithSpokes(6), { op: 'addOnPremises', onPremises: onPrem('onprem-dc', ['10.1.6.0/24'], 'gw-vgw-hub') });
    expect(reachBetween(d, 'spoke-2', 'onprem-dc')).toBe('reach');
    const after = fixedAndTalking(d, spokeIds(6));
    expect(routesOf(after, 'spoke-2')).toEqual(['10.1.0.0/22 VirtualAppliance 10.0.1.4', '10.1.4.0/23 VirtualAppliance 10.0.1.4']);
    expect(after.routeTables.flatMap((r) => r.routes).filter((r) => cidrOverlaps(r.addressPrefix, '10.1.6.0/24'))).toEqual([]);
    for (const s of spokeIds(6)) expect(reachBetween(after, s, 'onprem-dc')).toBe('reach');
  });

  it('keeps VNets that are not spokes of the hub out of the summaries (exact prefixes where nothing wider fits)', () => {
    // 'lone' (no peering) and 'other' (peered with the hub, isolated by intent from every spoke) sit between the spokes
    const isolated = spokeIds(6).map((s) => intent('other', s, 'isolated'));
    const d = edit(hubWithSpokes(6),
      addVnet('lone', '10.1.6.0/24'),
      addVnet('other', '10.1.2.0/25'),
      ...[link('hub', 'other'), link('other', 'hub', { allowForwardedTraffic: true })].map((l) => ({ op: 'addPeering' as const, link: l })),
      ...isolated.map((i) => ({ op: 'addIntent' as const, intent: i })));
    const moved = edit(d, { op: 'updateVnet', vnetId: 'spoke-3', patch: { addressPrefixes: ['10.1.2.128/25'] } },
      { op: 'updateSubnet', vnetId: 'spoke-3', subnetId: 'snet-spoke-3-app', patch: { addressPrefixes: ['10.1.2.128/26'] } });
    expect(summaryFix(moved)?.title).toBe("Route 6 spokes of 'hub' through 'afw-hub' (10.0.1.4) with summary routes");
    const after = fixedAndTalking(moved, spokeIds(6));
    expect(routesOf(after, 'spoke-1')).toEqual([
      '10.1.0.0/23 VirtualAppliance 10.0.1.4', '10.1.2.128/25 VirtualAppliance 10.0.1.4', '10.1.3.0/24 VirtualAppliance 10.0.1.4', '10.1.4.0/23 VirtualAppliance 10.0.1.4',
    ]);
    // spoke-3's own range needs no route there
    expect(routesOf(after, 'spoke-3')).toEqual(['10.1.0.0/23 VirtualAppliance 10.0.1.4', '10.1.3.0/24 VirtualAppliance 10.0.1.4', '10.1.4.0/23 VirtualAppliance 10.0.1.4']);
    for (const s of spokeIds(6)) {
      expect([reachBetween(after, s, 'other'), reachBetween(after, s, 'lone')]).toEqual(['none', 'none']);
    }
    expect(validate(after).filter((f) => f.code === 'INTENT_NOT_ISOLATED')).toEqual([]);
  });

  it('keeps two spokes under an isolated intent apart while routing them to every other spoke', () => {
    const d = edit(hubWithSpokes(4), { op: 'addIntent', intent: intent('spoke-1', 'spoke-2', 'isolated') });
    const fix = summaryFix(d);
    if (!fix) throw new Error('no summary fix offered');
    const after = applyFix(d, fix);
    expect(routesOf(after, 'spoke-1')).toEqual(['10.1.2.0/23 VirtualAppliance 10.0.1.4']);
    expect(routesOf(after, 'spoke-3')).toEqual(['10.1.0.0/22 VirtualAppliance 10.0.1.4']);
    expect([reachBetween(after, 'spoke-1', 'spoke-2'), reachBetween(after, 'spoke-2', 'spoke-1')]).toEqual(['none', 'none']);
    expect(transitGap(after)).toEqual([]);
    expect(validate(after).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('copies a shared table per spoke and points a route inside the summary that would win at the appliance', () => {
    const shared = routeTable('rt-shared', [route('net', '0.0.0.0/0', 'Internet'), route('block-4', '10.1.3.0/24', 'None')], { id: 'rt-shared' });
    const d = edit(hubWithSpokes(4), { op: 'addRouteTable', routeTable: shared },
      ...['spoke-1', 'spoke-2'].map((s): DesignOp => ({ op: 'updateSubnet', vnetId: s, subnetId: `snet-${s}-app`, patch: { routeTableId: 'rt-shared' } })));
    const after = fixedAndTalking(d, spokeIds(4));
    expect(after.routeTables.find((r) => r.id === 'rt-shared')).toEqual(shared);
    expect(tableOf(after, 'spoke-1')?.id).not.toBe(tableOf(after, 'spoke-2')?.id);
    expect(routesOf(after, 'spoke-1')).toEqual(['0.0.0.0/0 Internet', '10.1.3.0/24 VirtualAppliance 10.0.1.4', '10.1.0.0/22 VirtualAppliance 10.0.1.4']);
  });

  it('is not offered for two spokes, nor when a table would pass the routes limit', () => {
    expect(summaryFix(smallHub({ gateway: 'none' }))).toBeUndefined();
    // each spoke shrunk to the lower /25 of its /24, a VNet of another owner in the upper /25: only exact prefixes fit
    const crowded = (n: number) => {
      const d = hubWithSpokes(n);
      return edit(d, ...d.vnets.filter((v) => v.id !== 'hub').flatMap((v): DesignOp[] => {
        const base = (v.addressPrefixes[0] ?? '').replace(/\.0\/24$/, '');
        return [{ op: 'updateVnet', vnetId: v.id, patch: { addressPrefixes: [`${base}.0/25`] } }, addVnet(`x-${v.id}`, `${base}.128/25`)];
      }));
    };
    const fits = summaryFix(crowded(390));
    expect(fits?.title).toBe("Route all 390 spokes of 'hub' through 'afw-hub' (10.0.1.4) with summary routes");
    const tables = fits?.ops.flatMap((op) => (op.op === 'addRouteTable' ? [op.routeTable.routes.length] : [])) ?? [];
    expect([tables.length, Math.max(...tables)]).toEqual([390, 389]);
    const over = crowded(402);
    expect(summaryFix(over)).toBeUndefined();
    expect(transitGap(over)[0]?.fixes?.some((x) => x.title === "Route the 100 listed pairs through 'afw-hub' (10.0.1.4) in 'hub'")).toBe(true);
  });
});

describe('TRANSIT_GAP: summary route fix on random routing designs', () => {
  it('reduces the gap (clears it when routing all spokes), routes nothing outside the hub\'s star, stays within the routes limit, adds no error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const d = randomRoutingDesign(seed);
        const before = new Set(errorKeys(d));
        for (const f of transitGap(d)) {
          const hubId = String(f.details?.['hubId']);
          const fix = summaryFix(d, hubId);
          if (!fix) continue;
          const after = applyFix(d, fix);
          const left = transitGap(after).find((x) => x.details?.['hubId'] === hubId);
          expect(Number(left?.details?.['pairCount'] ?? 0), fix.title).toBeLessThan(Number(f.details?.['pairCount']));
          if (fix.title.startsWith('Route all ')) expect(left, fix.title).toBeUndefined();
          // forwarding is allowed per link, not per pair (see the route fix's test): INTENT_NOT_ISOLATED may rightly appear
          expect(errorKeys(after).filter((k) => !before.has(k) && !k.startsWith('INTENT_NOT_ISOLATED|')), fix.title).toEqual([]);
          expect(Math.max(0, ...after.routeTables.map((r) => r.routes.length))).toBeLessThanOrEqual(ROUTES_PER_TABLE);
          // no route it adds or points at the appliance overlaps an endpoint outside the hub's star (neither the hub
          // nor peered with it): those ranges are not the spokes' and must not be sent to the firewall
          const ip = /\((\S+)\) with summary routes$/.exec(fix.title)?.[1] ?? '';
          const toIp = (ds: Design) => ds.routeTables.flatMap((t) => t.routes.filter((r) => r.nextHopIpAddress === ip));
          const old = new Set(toIp(d).map((r) => `${r.name}|${r.addressPrefix}`));
          const added = toIp(after).filter((r) => !old.has(`${r.name}|${r.addressPrefix}`));
          expect(added.length, fix.title).toBeGreaterThan(0);
          const star = new Set([hubId, ...d.peerings.filter((l) => l.from === hubId || l.to === hubId).flatMap((l) => [l.from, l.to])]);
          const outside = [...d.vnets.filter((v) => !star.has(v.id)).flatMap((v) => v.addressPrefixes), ...d.onPremises.flatMap((o) => o.addressRanges)];
          for (const r of added) expect(outside.filter((o) => cidrOverlaps(o, r.addressPrefix)), `${fix.title}: ${r.addressPrefix}`).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
