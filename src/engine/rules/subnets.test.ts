import { describe, expect, it } from 'vitest';
import { subnets } from './subnets';
import { design, subnet, vnet } from '../../../test/builders';

const codes = (...s: ReturnType<typeof subnet>[]) => subnets(design([vnet('v', ['10.0.0.0/16', 'fd00::/48'], { subnets: s })])).map((f) => f.code);

describe('subnets', () => {
  it('well-formed subnets raise nothing', () => {
    expect(codes(subnet('a', '10.0.0.0/24'), subnet('b', ['10.0.1.0/24', 'fd00::/64']), subnet('c', '10.0.2.0/29'))).toEqual([]);
  });

  it('SUBNET_OUTSIDE_VNET', () => {
    const found = subnets(design([vnet('v', ['10.0.0.0/16'], { subnets: [subnet('a', '10.1.0.0/24')] })]));
    expect(found.map((f) => f.code)).toEqual(['SUBNET_OUTSIDE_VNET']);
    expect(found[0]?.message).toContain("'a' (10.1.0.0/24)");
    expect(found[0]?.message).toContain("VNet 'v' (10.0.0.0/16)");
  });

  it('SUBNET_OVERLAP: one finding per overlapping pair', () => {
    expect(codes(subnet('a', '10.0.0.0/23'), subnet('b', '10.0.1.0/24'), subnet('c', '10.0.2.0/24'))).toEqual(['SUBNET_OVERLAP']);
  });

  it('SUBNET_SIZE: IPv4 beyond /29, IPv6 not /64', () => {
    expect(codes(subnet('a', '10.0.0.0/30'))).toEqual(['SUBNET_SIZE']);
    expect(codes(subnet('a', 'fd00::/56'))).toEqual(['SUBNET_SIZE']);
  });
});
