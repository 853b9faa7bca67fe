import { describe, expect, it } from 'vitest';
import { applyOp } from '../../model/ops';
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

describe('SYNC_AFTER_RESIZE for designs edited in the tool (issue 11, defect 10)', () => {
  it('fires after an operation grows a peered VNet that was never imported, and stops when the space is put back', () => {
    const a = vnet('a', ['10.1.0.0/16']);
    const b = vnet('b', ['10.2.0.0/16']);
    const d = design([a, b], peer(a, b));
    expect(syncAfterResize(d)).toEqual([]);
    const grown = applyOp(d, { op: 'updateVnet', vnetId: 'a', patch: { addressPrefixes: ['10.1.0.0/16', '10.9.0.0/16'] } });
    const [f] = syncAfterResize(grown);
    expect(f).toMatchObject({ code: 'SYNC_AFTER_RESIZE', vnets: ['a', 'b'], peerings: ['a->b', 'b->a'] });
    expect(f?.message).toBe("The address space of 'a' changed from 10.1.0.0/16 to 10.1.0.0/16, 10.9.0.0/16: sync every peering link to it after deployment.");
    const back = applyOp(grown, { op: 'updateVnet', vnetId: 'a', patch: { addressPrefixes: ['10.1.0.0/16'] } });
    expect(syncAfterResize(back)).toEqual([]);
  });
});
