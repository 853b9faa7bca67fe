import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../model/ops';
import { peer, route, routeTable } from '../../../../test/builders';
import { hubMesh, smallHub } from '../../../../test/generators';
import { routeAsymmetric } from './routeAsymmetric';

/** spoke-a and spoke-b peered directly; spoke-a alone sends spoke-b's range through the hub firewall. */
function oneSidedFirewall() {
  return applyOps(smallHub({ gateway: 'none' }), [
    ...peer('spoke-a', 'spoke-b').map((link) => ({ op: 'addPeering' as const, link })),
    { op: 'addRouteTable', routeTable: routeTable('rt-a', [route('b-via-fw', '10.2.0.0/16', 'VirtualAppliance', '10.0.1.4')], { id: 'rt-a' }) },
    { op: 'updateSubnet', vnetId: 'spoke-a', subnetId: 'snet-spoke-a-app', patch: { routeTableId: 'rt-a' } },
  ]);
}

describe('ROUTE_ASYMMETRIC', () => {
  it('is raised when only one spoke routes through the firewall', () => {
    const found = routeAsymmetric(oneSidedFirewall());
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.vnets).toEqual(['spoke-a', 'spoke-b']);
    expect(found[0]?.message).toBe("'spoke-a' reaches 'spoke-b' through 'afw-hub', but 'spoke-b' answers directly: a stateful firewall drops such flows.");
  });

  it('is not raised when both directions cross the same forwarders', () => {
    const symmetric = applyOps(oneSidedFirewall(), [
      { op: 'addRouteTable', routeTable: routeTable('rt-b', [route('a-via-fw', '10.1.0.0/16', 'VirtualAppliance', '10.0.1.4')], { id: 'rt-b' }) },
      { op: 'updateSubnet', vnetId: 'spoke-b', subnetId: 'snet-spoke-b-app', patch: { routeTableId: 'rt-b' } },
    ]);
    expect(routeAsymmetric(symmetric)).toEqual([]);
    expect(routeAsymmetric(hubMesh(4, 5, { viaFirewall: true }))).toEqual([]);
  });

  it('groups the pairs of two source classes into one finding', () => {
    // the mesh without the exact-hub routes: hub traffic returns directly, spoke traffic crossed both firewalls
    const d = hubMesh(2, 3, { viaFirewall: true });
    const loose = { ...d, routeTables: d.routeTables.map((rt) => ({ ...rt, routes: rt.routes.filter((r) => !r.name.startsWith('to-hub-')) })) };
    const found = routeAsymmetric(loose);
    expect(found.length).toBeGreaterThan(0);
    const total = found.reduce((n, f) => n + Number(f.details?.pairCount ?? 0), 0);
    // hub-1's workloads <-> hub-2's 3 spokes, and the reverse: 6 pairs in 2 findings
    expect(total).toBe(6);
    expect(found).toHaveLength(2);
  });
});
