import { describe, expect, it } from 'vitest';
import { smallHub } from '../../../../test/generators';
import { onpremOverlap } from './onpremOverlap';

const withSite = (range: string, transit: boolean) => {
  const d = smallHub({ gateway: 'Vpn', transit });
  return { ...d, onPremises: [{ id: 'onprem-hq', name: 'onprem-hq', addressRanges: [range], gatewayId: 'gw-hub' }] };
};

describe('ONPREM_OVERLAP', () => {
  it('is an error when the VNet reaches on-premises through a gateway', () => {
    const found = onpremOverlap(withSite('10.1.128.0/17', true));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.vnets).toEqual(['spoke-a']);
    expect(found[0]?.message).toBe(
      "On-premises range 10.1.128.0/17 of 'onprem-hq' overlaps 'spoke-a' (10.1.0.0/16), which reaches on-premises through gateway 'vgw-hub' of 'hub'.",
    );
  });

  it('is a warning when the VNet has no gateway path', () => {
    const found = onpremOverlap(withSite('10.1.128.0/17', false));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.details).toMatchObject({ gatewayPath: false });
  });

  it('covers the hub that owns the gateway, and is not raised without an overlap', () => {
    expect(onpremOverlap(withSite('10.0.0.0/8', false)).map((f) => [f.vnets[0], f.severity])).toEqual([
      ['hub', 'error'], ['spoke-a', 'warning'], ['spoke-b', 'warning'],
    ]);
    expect(onpremOverlap(withSite('192.168.0.0/16', true))).toEqual([]);
  });
});
