import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { vnetOverlap } from './vnetOverlap';
import { design, link, nva, peer, subnet, vnet } from '../../../test/builders';

const codes = (d: ReturnType<typeof design>) => vnetOverlap(d).map((f) => f.code);

describe('VNet overlap', () => {
  const hub = vnet('hub', ['10.0.0.0/16']);

  it('disjoint VNets raise nothing, peered or not', () => {
    expect(codes(design([hub, vnet('a', ['10.1.0.0/16']), vnet('b', ['10.2.0.0/16'])], [...peer('hub', 'a'), ...peer('hub', 'b')]))).toEqual([]);
  });

  it('PEER_ADDRESS_OVERLAP: two peered VNets overlap; a one-way link counts as peered (reference 1.1)', () => {
    const d = design([hub, vnet('a', ['10.0.128.0/17'])], [link('a', 'hub')]);
    const [f] = vnetOverlap(d);
    expect(f).toMatchObject({ code: 'PEER_ADDRESS_OVERLAP', severity: 'error', vnets: ['a', 'hub'], peerings: ['a->hub'] });
    expect(f?.message).toContain("'hub' (10.0.0.0/16)");
    expect(f?.message).toContain('10.0.128.0/17');
  });

  it('PEER_NEIGHBOR_OVERLAP: two spokes of one hub overlap, not peered to each other (reference 1.2)', () => {
    const d = design([hub, vnet('a', ['10.1.0.0/16']), vnet('b', ['10.1.4.0/24'])], [...peer('hub', 'a'), link('hub', 'b')]);
    const [f] = vnetOverlap(d);
    expect(f).toMatchObject({ code: 'PEER_NEIGHBOR_OVERLAP', severity: 'error', vnets: ['a', 'b'], details: { commonPeers: 'hub' } });
    expect(f?.peerings).toEqual(['a->hub', 'hub->a', 'hub->b']);
  });

  it('ADDRESS_OVERLAP: overlapping VNets with no peering and no common neighbour (also two hops apart)', () => {
    const d = design(
      [hub, vnet('a', ['10.1.0.0/16']), vnet('b', ['10.2.0.0/16']), vnet('c', ['10.1.0.0/16'])],
      [...peer('a', 'hub'), ...peer('hub', 'b'), ...peer('b', 'c')],
    );
    const [f] = vnetOverlap(d);
    expect(f).toMatchObject({ code: 'ADDRESS_OVERLAP', severity: 'warning', vnets: ['a', 'c'], peerings: [] });
  });

  it('IPv6 prefixes overlap too', () => {
    expect(codes(design([vnet('a', ['10.1.0.0/16', 'fd00::/48']), vnet('b', ['10.2.0.0/16', 'fd00:0:0:1::/64'])]))).toEqual(['ADDRESS_OVERLAP']);
  });

  it('the move fix handles IPv6 prefixes and subnets', () => {
    const a = vnet('a', ['10.1.0.0/16', 'fd00:1::/48']);
    const b = vnet('b', ['10.2.0.0/16', 'fd00:1::/56'], { subnets: [subnet('app', ['10.2.0.0/24', 'fd00:1:0:5::/64'])] });
    const d = design([a, b]);
    const fix = vnetOverlap(d)[0]?.fixes?.[0];
    expect(fix?.title).toBe("Move 'b' from fd00:1::/56 to fd00::/56");
    const moved = applyFix(d, fix!).vnets[1];
    expect(moved?.addressPrefixes).toEqual(['10.2.0.0/16', 'fd00::/56']);
    expect(moved?.subnets[0]?.addressPrefixes).toEqual(['10.2.0.0/24', 'fd00:0:0:5::/64']);
  });

  it('one finding per VNet pair, listing every overlapping prefix pair', () => {
    const d = design([vnet('a', ['10.1.0.0/16', '10.2.0.0/16']), vnet('b', ['10.1.1.0/24', '10.2.1.0/24'])]);
    const found = vnetOverlap(d);
    expect(found).toHaveLength(1);
    expect(found[0]?.details?.overlaps).toBe('10.1.0.0/16 / 10.1.1.0/24; 10.2.0.0/16 / 10.2.1.0/24');
  });

  it('the move fix puts the VNet in the next free block of its size, shifting subnets and appliances', () => {
    const spoke = vnet('b', ['10.1.0.0/16'], {
      subnets: [subnet('app', '10.1.4.0/24')],
      appliances: [nva('10.1.4.4', 'app')],
    });
    const d = design([hub, vnet('a', ['10.1.0.0/16']), spoke], [...peer('hub', 'a'), ...peer('hub', 'b')]);
    const [f] = vnetOverlap(d);
    expect(f?.fixes?.map((x) => x.title)).toEqual(["Move 'b' from 10.1.0.0/16 to 10.2.0.0/16", "Move 'a' from 10.1.0.0/16 to 10.2.0.0/16"]);
    const fixed = applyFix(d, f!.fixes![0]!);
    const moved = fixed.vnets.find((v) => v.id === 'b');
    expect(moved?.addressPrefixes).toEqual(['10.2.0.0/16']);
    expect(moved?.subnets[0]?.addressPrefixes).toEqual(['10.2.4.0/24']);
    expect(moved?.appliances[0]?.privateIpAddress).toBe('10.2.4.4');
    expect(vnetOverlap(fixed)).toEqual([]);
  });

  it('the move fix falls back to another private pool when the enclosing one is full', () => {
    const d = design([vnet('a', ['192.168.0.0/16']), vnet('b', ['192.168.0.0/17'])]);
    const titles = vnetOverlap(d)[0]?.fixes?.map((x) => x.title);
    expect(titles).toEqual(["Move 'b' from 192.168.0.0/17 to 10.0.0.0/17", "Move 'a' from 192.168.0.0/16 to 10.0.0.0/16"]);
  });
});
