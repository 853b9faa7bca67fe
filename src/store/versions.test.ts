import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import { addVersion, SAVE_LIMIT, SNAPSHOT_LIMIT, summarizeChange, type Version } from './versions';

const v = (n: number, reason?: string): Version => ({ at: n, summary: `s${n}`, design: { n }, ...(reason ? { reason } : {}) });

describe('design versions', () => {
  it('summarises what changed in one line', () => {
    const a = sampleDesign();
    const [first, second] = a.vnets;
    const b = {
      ...a,
      name: 'Renamed',
      vnets: [...a.vnets.slice(1), { ...first!, id: 'vnet-x', name: 'x' }, { ...first!, id: 'vnet-y', name: 'y' }].map((x) =>
        x.id === second!.id ? { ...x, location: 'westus' } : x),
      peerings: a.peerings.slice(1),
    };
    expect(summarizeChange(a, b)).toBe('+2 VNets, −1 VNet, 1 VNet changed, −1 peering, renamed');
    expect(summarizeChange(a, a)).toBe('no change');
    expect(summarizeChange(a, { ...a, layout: { positions: {} } })).toBe('moved on the canvas');
    expect(summarizeChange(undefined, a)).toBe(`3 VNets, ${a.peerings.length} peerings`);
  });

  it('keeps distinct saves only, newest first, and never lets edits push out the snapshots', () => {
    let list: Version[] = [];
    list = addVersion(list, v(1));
    list = addVersion(list, { ...v(2), design: { n: 1 } });
    expect(list.map((x) => x.at)).toEqual([1]);
    list = addVersion(list, v(3, 'Before Replace'));
    for (let i = 10; i < 10 + SAVE_LIMIT + 5; i++) list = addVersion(list, v(i));
    expect(list.filter((x) => !x.reason)).toHaveLength(SAVE_LIMIT);
    expect(list.filter((x) => x.reason).map((x) => x.at)).toEqual([3]);
    for (let i = 100; i < 100 + SNAPSHOT_LIMIT + 3; i++) list = addVersion(list, v(i, 'Before import'));
    expect(list.filter((x) => x.reason)).toHaveLength(SNAPSHOT_LIMIT);
    expect(list[0]?.at).toBe(100 + SNAPSHOT_LIMIT + 2);
  });
});
