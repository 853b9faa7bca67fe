import { describe, expect, it } from 'vitest';
import { intent } from '../../../../test/builders';
import { smallHub } from '../../../../test/generators';
import { intentNotIsolated } from './intentNotIsolated';

describe('INTENT_NOT_ISOLATED', () => {
  it('is raised when a path exists, naming it', () => {
    const d = { ...smallHub({ gateway: 'none', viaFirewall: 'both' }), intents: [intent('spoke-a', 'spoke-b', 'isolated')] };
    const found = intentNotIsolated(d);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toBe(
      "'spoke-a' and 'spoke-b' must be isolated, but spoke-a → spoke-b: delivered to 10.2.0.0/16 (spoke-a/snet-app → hub/AzureFirewallSubnet → spoke-b)",
    );
  });

  it('is raised for a one-way path (only spoke-a routes through the firewall)', () => {
    const d = { ...smallHub({ gateway: 'none', viaFirewall: 'a' }), intents: [intent('spoke-b', 'spoke-a', 'isolated')] };
    expect(intentNotIsolated(d)[0]?.details).toMatchObject({ forward: 'none', reverse: 'reach' });
  });

  it('is not raised for isolated spokes, or for an intent naming something missing', () => {
    const d = { ...smallHub({ gateway: 'none' }), intents: [intent('spoke-a', 'spoke-b', 'isolated'), intent('spoke-a', 'ghost', 'isolated')] };
    expect(intentNotIsolated(d)).toEqual([]);
  });
});
