import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { peerAccess } from './peerAccess';
import { design, peer, vnet } from '../../../test/builders';

describe('PEER_ACCESS_BLOCKED', () => {
  const a = vnet('a', ['10.1.0.0/16']);
  const b = vnet('b', ['10.2.0.0/16']);

  it('fires on the link with allowVirtualNetworkAccess false; the fix turns it on', () => {
    const d = design([a, b], peer(a, b, { allowVirtualNetworkAccess: false }, {}));
    const found = peerAccess(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', peerings: ['a->b'], vnets: ['a', 'b'] });
    expect(peerAccess(applyFix(d, found[0]!.fixes![0]!))).toEqual([]);
  });

  it('does not fire with access allowed', () => {
    expect(peerAccess(design([a, b], peer(a, b)))).toEqual([]);
  });
});
