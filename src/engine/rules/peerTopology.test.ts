import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { peerTopology } from './peerTopology';
import { design, link, peer, vnet, vpnGateway } from '../../../test/builders';

const a = vnet('a', ['10.1.0.0/16']);
const b = vnet('b', ['10.2.0.0/16']);
const codes = (d: ReturnType<typeof design>) => peerTopology(d).map((f) => f.code);

describe('peering topology', () => {
  it('a two-way peering raises nothing', () => {
    expect(codes(design([a, b], peer(a, b)))).toEqual([]);
  });

  it('PEER_SELF, with a fix removing the link', () => {
    const d = design([a], [link(a, a)]);
    const [f] = peerTopology(d);
    expect(f).toMatchObject({ code: 'PEER_SELF', severity: 'error', vnets: ['a'], peerings: ['a->a'] });
    expect(peerTopology(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });

  it('PEER_DUPLICATE: two links a -> b; the fix keeps the first', () => {
    const d = design([a, b], [...peer(a, b), link(a, b, {}, { id: 'dup', name: 'dup' })]);
    const [f] = peerTopology(d);
    expect(f).toMatchObject({ code: 'PEER_DUPLICATE', vnets: ['a', 'b'], peerings: ['a->b', 'dup'] });
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.peerings.map((l) => l.id)).toEqual(['a->b', 'b->a']);
  });

  it('PEER_ONE_WAY: the fix creates the reverse link with transit mirrored', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway()] });
    const d = design([hub, a], [link(a, hub, { useRemoteGateways: true, allowForwardedTraffic: true })]);
    const [f] = peerTopology(d);
    expect(f).toMatchObject({ code: 'PEER_ONE_WAY', severity: 'warning', vnets: ['a', 'hub'], peerings: ['a->hub'] });
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.peerings[1]).toMatchObject({ from: 'hub', to: 'a', name: 'peer-hub-to-a', allowGatewayTransit: true, allowForwardedTraffic: true, useRemoteGateways: false });
    expect(peerTopology(fixed)).toEqual([]);
  });

  it('no PEER_ONE_WAY toward a classic VNet: only the ARM side has a link (reference 1.12)', () => {
    expect(codes(design([a, vnet('classic', ['10.9.0.0/16'], { isClassic: true })], [link(a, 'classic')]))).toEqual([]);
  });

  it('PEER_LIMIT: more than 500 links on one VNet', () => {
    const spokes = Array.from({ length: 501 }, (_, i) => vnet(`s${i}`, [`10.${1 + (i >> 8)}.${i & 255}.0/24`]));
    const hub = vnet('hub', ['10.0.0.0/16']);
    const over = design([hub, ...spokes], spokes.flatMap((s) => peer(hub, s)));
    expect(codes(over)).toEqual(['PEER_LIMIT']);
    const at = design([hub, ...spokes.slice(1)], spokes.slice(1).flatMap((s) => peer(hub, s)));
    expect(codes(at)).toEqual([]);
  });
});
