import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import { prefixLengthOf, suggestNextFree } from './nextFree';

describe('next free /N', () => {
  it('reads the prefix length from what was typed', () => {
    expect(prefixLengthOf('/24')).toBe(24);
    expect(prefixLengthOf('24')).toBe(24);
    expect(prefixLengthOf('10.1.0.0/16')).toBe(16);
    expect(prefixLengthOf('fd00::/64')).toBe(64);
    expect(prefixLengthOf('10.1.0.0')).toBeUndefined();
    expect(prefixLengthOf('abc')).toBeUndefined();
  });

  it('suggests a VNet prefix avoiding every VNet and on-premises range, in the pool in use first', () => {
    const d = sampleDesign();
    expect(suggestNextFree(d, { kind: 'vnet' }, 16)).toEqual({ ok: true, value: '10.3.0.0/16' });
    expect(suggestNextFree(d, { kind: 'vnet' }, 24)).toEqual({ ok: true, value: '10.0.4.0/24' });
    expect(suggestNextFree(d, { kind: 'vnet', pool: '192.168.0.0/16' }, 24)).toEqual({ ok: false, errors: ['No free /24 left in 192.168.0.0/16.'] });
    expect(suggestNextFree(d, { kind: 'vnet', pool: 'x' }, 24)).toEqual({ ok: false, errors: ['"x" is not a CIDR pool.'] });
  });

  it('suggests a subnet inside its VNet avoiding the other subnets, but not the one being edited', () => {
    const d = sampleDesign();
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub' }, 26)).toEqual({ ok: true, value: '10.0.0.64/26' });
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub' }, 23)).toEqual({ ok: true, value: '10.0.2.0/23' });
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub', subnetId: 'snet-hub-gw' }, 27)).toEqual({ ok: true, value: '10.0.0.0/27' });
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub' }, 22)).toEqual({ ok: false, errors: ['No free /22 left in vnet-hub (10.0.0.0/22).'] });
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub' }, 30).ok).toBe(false);
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'nope' }, 24)).toEqual({ ok: false, errors: ['Unknown VNet.'] });
    expect(suggestNextFree(d, { kind: 'subnet', vnetId: 'vnet-hub' }, Number.NaN).ok).toBe(false);
  });
});
