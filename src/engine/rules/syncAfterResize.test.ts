import { describe, expect, it } from 'vitest';
import { syncAfterResize } from './syncAfterResize';
import { design, peer, vnet } from '../../../test/builders';

describe('SYNC_AFTER_RESIZE', () => {
  const b = vnet('b', ['10.2.0.0/16']);

  it('fires for a peered VNet whose space changed since import', () => {
    const a = vnet('a', ['10.1.0.0/16', '10.9.0.0/16'], { importedAddressPrefixes: ['10.1.0.0/16'] });
    const [f] = syncAfterResize(design([a, b], peer(a, b)));
    expect(f).toMatchObject({ code: 'SYNC_AFTER_RESIZE', severity: 'info', vnets: ['a', 'b'], peerings: ['a->b', 'b->a'] });
  });

  it('does not fire when unchanged or not peered', () => {
    const same = vnet('a', ['10.1.0.0/16'], { importedAddressPrefixes: ['10.1.0.0/16'] });
    expect(syncAfterResize(design([same, b], peer(same, b)))).toEqual([]);
    const resized = vnet('a', ['10.1.0.0/15'], { importedAddressPrefixes: ['10.1.0.0/16'] });
    expect(syncAfterResize(design([resized, b]))).toEqual([]);
  });
});
