import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { peerState } from './peerState';
import { design, link, peer, vnet } from '../../../test/builders';

const a = vnet('a', ['10.1.0.0/16']);
const b = vnet('b', ['10.2.0.0/16']);

describe('imported peering state', () => {
  it('Connected, FullyInSync links with the current remote space raise nothing', () => {
    const links = [link(a, b, {}, { peeringState: 'Connected', peeringSyncLevel: 'FullyInSync', remoteAddressPrefixes: ['10.2.0.0/16'] }), link(b, a)];
    expect(peerState(design([a, b], links))).toEqual([]);
  });

  it('PEER_DISCONNECTED, with a recreate fix adding the missing reverse link', () => {
    const d = design([a, b], [link(a, b, {}, { peeringState: 'Disconnected' })]);
    const [f] = peerState(d);
    expect(f).toMatchObject({ code: 'PEER_DISCONNECTED', severity: 'warning', vnets: ['a', 'b'], peerings: ['a->b'] });
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.peerings.map((l) => [l.from, l.to, l.peeringState])).toEqual([['a', 'b', undefined], ['b', 'a', undefined]]);
    expect(peerState(fixed)).toEqual([]);
  });

  it('PEER_NOT_IN_SYNC: sync level not FullyInSync, or remote space changed; the sync fix clears it', () => {
    const stale = design([a, b], [link(a, b, {}, { remoteAddressPrefixes: ['10.2.0.0/17'] }), link(b, a, {}, { peeringSyncLevel: 'LocalNotInSync' })]);
    const found = peerState(stale);
    expect(found.map((f) => [f.code, f.peerings[0]])).toEqual([['PEER_NOT_IN_SYNC', 'a->b'], ['PEER_NOT_IN_SYNC', 'b->a']]);
    expect(found[0]?.message).toContain('10.2.0.0/17');
    let fixed = stale;
    for (const f of found) fixed = applyFix(fixed, f.fixes![0]!);
    expect(peerState(fixed)).toEqual([]);
  });

  it('prefix spelling does not count as a change', () => {
    expect(peerState(design([a, b], [link(a, b, {}, { remoteAddressPrefixes: [' 10.2.0.0/16'] }), ...peer(b, a).slice(0, 1)]))).toEqual([]);
  });
});
