import { describe, expect, it } from 'vitest';
import { dnsAcrossPeering } from './dnsAcrossPeering';
import { design, hubAndSpokes, link, peer, vnet } from '../../../test/builders';

describe('DNS_ACROSS_PEERING', () => {
  it('one info finding for a hub and its spokes on Azure DNS', () => {
    const found = dnsAcrossPeering(hubAndSpokes(30));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'DNS_ACROSS_PEERING', severity: 'info', details: { count: 31 } });
    expect(found[0]?.message).toContain('and 26 more');
  });

  it('does not fire with custom DNS, or across a one-way link', () => {
    const a = vnet('a', ['10.1.0.0/16'], { dnsServers: ['10.0.0.4'] });
    const b = vnet('b', ['10.2.0.0/16']);
    expect(dnsAcrossPeering(design([a, b], peer(a, b)))).toEqual([]);
    expect(dnsAcrossPeering(design([vnet('a', ['10.1.0.0/16']), b], [link('a', 'b')]))).toEqual([]);
  });
});
