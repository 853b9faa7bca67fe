import { describe, expect, it } from 'vitest';
import { hubWithSpokes, smallHub } from '../../../../test/generators';
import { applyFix } from '../../applyFix';
import { routeForwardingDisabled } from './routeForwardingDisabled';

describe('ROUTE_FORWARDING_DISABLED', () => {
  it('is raised once per forwarding VNet where the walk hits a refusing link', () => {
    const d = smallHub({ gateway: 'none', viaFirewall: 'both', forwarded: false });
    const found = routeForwardingDisabled(d);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.peerings).toEqual(['spoke-a->hub', 'spoke-b->hub']);
    expect(found[0]?.vnets).toEqual(['hub', 'spoke-a', 'spoke-b']);
    expect(found[0]?.message).toContain("Traffic forwarded through 'hub' is dropped entering 2 VNets whose link to 'hub' has allowForwardedTraffic off");
    const fixed = applyFix(d, found[0]?.fixes?.[0] ?? { title: '', ops: [] });
    expect(routeForwardingDisabled(fixed)).toEqual([]);
  });

  it('names the one link when only one spoke refuses', () => {
    const base = smallHub({ gateway: 'none', viaFirewall: 'both' });
    const d = { ...base, peerings: base.peerings.map((l) => (l.id === 'spoke-b->hub' ? { ...l, allowForwardedTraffic: false } : l)) };
    expect(routeForwardingDisabled(d).map((f) => f.message)).toEqual([
      "Traffic forwarded through 'hub' is dropped entering 'spoke-b': its link 'peer-spoke-b-to-hub' to 'hub' has allowForwardedTraffic off.",
    ]);
  });

  it('is not raised when nothing is forwarded, even with the flag off', () => {
    expect(routeForwardingDisabled(smallHub({ gateway: 'none', forwarded: false }))).toEqual([]);
    expect(routeForwardingDisabled(hubWithSpokes(20, { viaFirewall: true }))).toEqual([]);
  });
});
