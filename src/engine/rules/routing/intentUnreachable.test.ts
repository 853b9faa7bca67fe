import { describe, expect, it } from 'vitest';
import { intent } from '../../../../test/builders';
import { smallHub } from '../../../../test/generators';
import { intentUnreachable } from './intentUnreachable';

describe('INTENT_UNREACHABLE', () => {
  it('is raised when a required pair cannot talk, naming the hop where it breaks', () => {
    const d = { ...smallHub({ gateway: 'none' }), intents: [intent('spoke-a', 'spoke-b', 'reach')] };
    const found = intentUnreachable(d);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.vnets).toEqual(['spoke-a', 'spoke-b']);
    expect(found[0]?.message).toBe(
      "'spoke-a' must reach 'spoke-b', but spoke-a → spoke-b: spoke-a/snet-app has no route for 10.2.0.0/16 (peering is not transitive; hub is not a router without an appliance and a route)",
    );
  });

  it('names the reverse direction when only the way back breaks (forwarded traffic refused)', () => {
    const d = { ...smallHub({ gateway: 'none', viaFirewall: 'both' }), intents: [intent('spoke-a', 'hub', 'reach')] };
    expect(intentUnreachable(d)).toEqual([]);
    const base = smallHub({ gateway: 'none', viaFirewall: 'both' });
    const oneSide = { ...base, peerings: base.peerings.map((l) => (l.id === 'spoke-a->hub' ? { ...l, allowForwardedTraffic: false } : l)), intents: [intent('spoke-a', 'spoke-b', 'reach')] };
    const found = intentUnreachable(oneSide);
    expect(found[0]?.details).toMatchObject({ forward: 'reach', reverse: 'none' });
    expect(found[0]?.message).toContain("spoke-b → spoke-a: dropped at hub/AzureFirewallSubnet: the packet was forwarded and spoke-a's link peer-spoke-a-to-hub to hub has allowForwardedTraffic off");
  });

  it('is not raised when the pair talks both ways, also for on-premises endpoints', () => {
    const d = { ...smallHub({ gateway: 'Vpn', viaFirewall: 'both' }), intents: [intent('spoke-a', 'spoke-b', 'reach'), intent('spoke-b', 'onprem-hq', 'reach')] };
    expect(intentUnreachable(d)).toEqual([]);
  });
});
