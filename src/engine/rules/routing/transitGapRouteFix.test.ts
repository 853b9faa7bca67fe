import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, type DesignOp } from '../../../model/ops';
import type { Design } from '../../../model/schema';
import { firewall, nva, route, routeTable } from '../../../../test/builders';
import { randomRoutingDesign, smallHub } from '../../../../test/generators';
import { applyFix } from '../../applyFix';
import { reachBetween } from '../../reach';
import { validate } from '../../validate';
import { transitGap } from './transitGap';

const routeFix = (d: Design) => transitGap(d)[0]?.fixes?.find((x) => x.title.startsWith('Route'));
/** Errors by code and objects (an error may keep its objects but change its message, e.g. a new drop reason). */
const errorKeys = (d: Design) => validate(d).filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.vnets.join(',')}|${f.peerings.join(',')}`);
const base = () => smallHub({ gateway: 'none' });
const edit = (d: Design, ...ops: DesignOp[]) => applyOps(d, ops);
const updateVnet = (vnetId: string, patch: Extract<DesignOp, { op: 'updateVnet' }>['patch']): DesignOp => ({ op: 'updateVnet', vnetId, patch });

/** Applies the routing fix and checks that the spokes then talk, with no new error. */
function fixedAndTalking(d: Design): Design {
  const fix = routeFix(d);
  if (!fix) throw new Error('no routing fix offered');
  const after = applyFix(d, fix);
  expect([reachBetween(after, 'spoke-a', 'spoke-b'), reachBetween(after, 'spoke-b', 'spoke-a')]).toEqual(['reach', 'reach']);
  expect(transitGap(after)).toEqual([]);
  const before = new Set(errorKeys(d));
  expect(errorKeys(after).filter((k) => !before.has(k))).toEqual([]);
  return after;
}

describe('TRANSIT_GAP: route through the hub appliance', () => {
  it('copies a route table the spokes share, so neither sends its own range to the firewall', () => {
    const shared = routeTable('rt-spokes', [route('default', '0.0.0.0/0', 'Internet')], { id: 'rt-spokes' });
    const d = edit(base(),
      { op: 'addRouteTable', routeTable: shared },
      { op: 'updateSubnet', vnetId: 'spoke-a', subnetId: 'snet-spoke-a-app', patch: { routeTableId: 'rt-spokes' } },
      { op: 'updateSubnet', vnetId: 'spoke-b', subnetId: 'snet-spoke-b-app', patch: { routeTableId: 'rt-spokes' } });
    const after = fixedAndTalking(d);
    expect(after.routeTables.find((r) => r.id === 'rt-spokes')).toEqual(shared);
    const tableOf = (v: string) => after.routeTables.find((r) => r.id === after.vnets.find((x) => x.id === v)?.subnets[0]?.routeTableId);
    expect(tableOf('spoke-a')?.routes.map((r) => `${r.addressPrefix} ${r.nextHopType}`)).toEqual(['0.0.0.0/0 Internet', '10.2.0.0/16 VirtualAppliance']);
    expect(tableOf('spoke-b')?.routes.map((r) => `${r.addressPrefix} ${r.nextHopType}`)).toEqual(['0.0.0.0/0 Internet', '10.1.0.0/16 VirtualAppliance']);
  });

  it('writes route prefixes without host bits, and points an existing route for the same range at the appliance', () => {
    const d = edit(base(),
      updateVnet('spoke-b', { addressPrefixes: ['10.2.0.1/16'] }),
      { op: 'addRouteTable', routeTable: routeTable('rt-a', [route('block-b', '10.2.0.0/16', 'None')], { id: 'rt-a' }) },
      { op: 'updateSubnet', vnetId: 'spoke-a', subnetId: 'snet-spoke-a-app', patch: { routeTableId: 'rt-a' } });
    const after = fixedAndTalking(d);
    expect(after.routeTables.find((r) => r.id === 'rt-a')?.routes).toEqual([
      { name: 'block-b', addressPrefix: '10.2.0.0/16', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.1.4' },
    ]);
    expect(after.routeTables.flatMap((r) => r.routes.map((x) => x.addressPrefix))).not.toContain('10.2.0.1/16');
  });

  it('uses another hub appliance when a spoke has its own appliance at the firewall IP', () => {
    const d = edit(base(),
      updateVnet('spoke-a', { appliances: [nva('10.0.1.4', 'snet-app', { id: 'nva-a' })] }),
      updateVnet('hub', { appliances: [firewall('10.0.1.4', { id: 'fw-hub', name: 'afw-hub' }), nva('10.0.2.4', 'snet-nva', { id: 'nva-hub', name: 'nva-hub' })] }));
    expect(routeFix(d)?.title).toBe("Route the pair through 'nva-hub' (10.0.2.4) in 'hub'");
    fixedAndTalking(d);
  });

  it('is not offered when no route in the spokes can connect the pair', () => {
    const ownIp = edit(base(), updateVnet('spoke-a', { appliances: [nva('10.0.1.4', 'snet-app', { id: 'nva-a' })] }));
    const noRange = edit(base(), updateVnet('spoke-b', { addressPrefixes: ['not a prefix'] }));
    const overlap = edit(base(), updateVnet('spoke-b', { addressPrefixes: ['10.1.0.0/16'] }));
    // the firewall's own subnet drops spoke-b's range: only the hub's routing could change that
    const fwDrops = edit(base(),
      { op: 'addRouteTable', routeTable: routeTable('rt-fw', [route('drop-b', '10.2.0.0/16', 'None')], { id: 'rt-fw' }) },
      { op: 'updateSubnet', vnetId: 'hub', subnetId: 'snet-hub-fw', patch: { routeTableId: 'rt-fw' } });
    const noWorkload = edit(base(), { op: 'updateSubnet', vnetId: 'spoke-b', subnetId: 'snet-spoke-b-app', patch: { name: 'GatewaySubnet' } });
    for (const [name, d] of Object.entries({ ownIp, noRange, overlap, fwDrops, noWorkload })) {
      expect(transitGap(d)[0]?.code, name).toBe('TRANSIT_GAP');
      expect(routeFix(d)?.title, name).toBeUndefined();
    }
  });
});

describe('TRANSIT_GAP: route fix on random routing designs', () => {
  it('connects every pair it names: the hub has at least that many fewer unreachable pairs, and no new error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const d = randomRoutingDesign(seed);
        const before = new Set(errorKeys(d));
        for (const f of transitGap(d)) {
          const fix = f.fixes?.find((x) => x.title.startsWith('Route'));
          if (!fix) continue;
          const named = /^Route the (\d+) listed pairs/.exec(fix.title)?.[1] ?? '1';
          const after = applyFix(d, fix);
          const left = transitGap(after).find((x) => x.details?.['hubId'] === f.details?.['hubId']);
          expect(Number(left?.details?.['pairCount'] ?? 0), fix.title).toBeLessThanOrEqual(Number(f.details?.['pairCount']) - Number(named));
          // forwarding is allowed per link, not per pair: letting the hub's appliance into B may rightly let in
          // a source whose isolation from B relied on that flag; INTENT_NOT_ISOLATED reports it
          const added = errorKeys(after).filter((k) => !before.has(k) && !k.startsWith('INTENT_NOT_ISOLATED|'));
          expect(added, fix.title).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
