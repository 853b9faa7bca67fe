import { describe, expect, it } from 'vitest';
import { vnetPrefixes } from './vnetPrefixes';
import { design, vnet } from '../../../test/builders';

const run = (prefixes: string[], extra = {}) => vnetPrefixes(design([vnet('v', prefixes, extra)]));
const codes = (prefixes: string[], extra = {}) => run(prefixes, extra).map((f) => f.code);

describe('VNet address space', () => {
  it('a private /16 with an IPv6 /48 raises nothing', () => {
    expect(codes(['10.1.0.0/16', 'fd00:1::/48'])).toEqual([]);
    expect(codes(['100.64.0.0/16'])).toEqual([]);
  });

  it('VNET_NO_ADDRESS_SPACE: empty or IPv6 only, not for a placeholder', () => {
    expect(codes([])).toEqual(['VNET_NO_ADDRESS_SPACE']);
    expect(codes(['fd00::/48'])).toEqual(['VNET_NO_ADDRESS_SPACE']);
    expect(run(['fd00::/48'])[0]?.message).toContain('only IPv6');
    expect(codes([], { isPlaceholder: true })).toEqual([]);
  });

  it('VNET_PREFIX_RESERVED: overlaps a range Azure refuses (and is not also called public)', () => {
    expect(codes(['169.254.0.0/24'])).toEqual(['VNET_PREFIX_RESERVED']);
    expect(codes(['168.63.128.0/23'])).toEqual(['VNET_PREFIX_RESERVED']);
    expect(run(['127.0.0.0/16'])[0]).toMatchObject({ severity: 'error', details: { reserved: '127.0.0.0/8' } });
  });

  it('VNET_PREFIX_TOO_SMALL: IPv4 longer than /29, IPv6 longer than /64', () => {
    expect(codes(['10.0.0.0/30'])).toEqual(['VNET_PREFIX_TOO_SMALL']);
    expect(codes(['10.0.0.0/29'])).toEqual([]);
    expect(codes(['10.0.0.0/16', 'fd00::/80'])).toEqual(['VNET_PREFIX_TOO_SMALL']);
  });

  it('VNET_PREFIX_TOO_LARGE: shorter than /8 (warning)', () => {
    const found = run(['10.0.0.0/7']);
    expect(found.map((f) => f.code)).toContain('VNET_PREFIX_TOO_LARGE');
    expect(found.find((f) => f.code === 'VNET_PREFIX_TOO_LARGE')?.severity).toBe('warning');
    expect(codes(['10.0.0.0/8'])).toEqual([]);
  });

  it('VNET_PREFIX_SELF_OVERLAP: two prefixes of one VNet overlap', () => {
    const found = run(['10.0.0.0/16', '10.1.0.0/16', '10.0.4.0/24']);
    expect(found.map((f) => f.code)).toEqual(['VNET_PREFIX_SELF_OVERLAP']);
    expect(found[0]?.message).toContain('10.0.0.0/16');
    expect(found[0]?.message).toContain('10.0.4.0/24');
  });

  it('VNET_PREFIX_PUBLIC: outside RFC 1918 and RFC 6598', () => {
    expect(codes(['20.1.0.0/16'])).toEqual(['VNET_PREFIX_PUBLIC']);
    expect(codes(['172.32.0.0/16'])).toEqual(['VNET_PREFIX_PUBLIC']);
    expect(codes(['172.31.0.0/16', '192.168.1.0/24'])).toEqual([]);
  });
});
