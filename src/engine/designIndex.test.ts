import { describe, expect, it } from 'vitest';
import { designIndex } from './designIndex';
import { design, link, peer, vnet, vpnGateway } from '../../test/builders';

describe('designIndex', () => {
  const d = design(
    [vnet('hub', ['10.0.0.0/16', 'fd00::/48', 'bad'], { gateways: [vpnGateway()] }), vnet('a', ['10.1.0.0/16']), vnet('b', ['10.2.0.0/16'])],
    [...peer('hub', 'a'), link('hub', 'b')],
  );
  const ix = designIndex(d);

  it('is memoised per design object', () => {
    expect(designIndex(d)).toBe(ix);
    expect(designIndex({ ...d })).not.toBe(ix);
  });

  it('finds links, reverses and connected links', () => {
    expect(ix.link('hub', 'a')?.id).toBe('hub->a');
    expect(ix.reverse(ix.link('hub', 'a')!)?.id).toBe('a->hub');
    expect(ix.reverse(ix.link('hub', 'b')!)).toBeUndefined();
    expect(ix.connectedLinks.map((l) => l.id)).toEqual(['a->hub', 'hub->a']);
    expect([...ix.connectedPeersOf('hub')]).toEqual(['a']);
  });

  it('counts a one-way link as peered (Azure overlap checks, reference 1.1/1.2)', () => {
    expect([...ix.peersOf('hub')].sort()).toEqual(['a', 'b']);
    expect(ix.arePeered('b', 'hub')).toBe(true);
    expect(ix.arePeered('a', 'b')).toBe(false);
  });

  it('parses prefixes and leaves invalid ones out', () => {
    expect(ix.prefixesOf('hub').map((p) => p.text)).toEqual(['10.0.0.0/16', 'fd00::/48']);
    expect(ix.ipv4PrefixesOf('hub').map((p) => p.text)).toEqual(['10.0.0.0/16']);
    expect(ix.hasGateway('hub')).toBe(true);
    expect(ix.hasGateway('a')).toBe(false);
  });
});
