import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import {
  currentId, deleteDesign, duplicateDesign, listDesigns, loadDesign, renameDesign, saveDesign, setCurrentId, type LibraryStorage,
} from './library';

function memoryStorage(): LibraryStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('design library in the browser', () => {
  it('saves, lists (newest first), loads, renames, duplicates and deletes designs', () => {
    const s = memoryStorage();
    const a = saveDesign(s, sampleDesign(), undefined, 1000);
    const b = saveDesign(s, { ...sampleDesign(), name: 'Second', vnets: [] , peerings: [], onPremises: [], layout: { positions: {} } }, undefined, 2000);
    expect(a && b).toBeTruthy();
    expect(listDesigns(s).map((e) => [e.name, e.vnets])).toEqual([['Second', 0], ['Sample hub and spoke', 3]]);
    const loaded = loadDesign(s, a!);
    expect(loaded).toEqual({ ok: true, design: sampleDesign() });
    expect(renameDesign(s, a!, 'Renamed', 3000)).toBe(true);
    expect(listDesigns(s)[0]?.name).toBe('Renamed');
    const c = duplicateDesign(s, a!, 4000);
    expect(listDesigns(s)[0]).toMatchObject({ id: c, name: 'Renamed (copy)', vnets: 3 });
    deleteDesign(s, a!);
    expect(listDesigns(s).map((e) => e.name)).toEqual(['Renamed (copy)', 'Second']);
    expect(loadDesign(s, a!)).toEqual({ ok: false, message: 'this design is no longer stored in the browser' });
  });

  it('refuses a damaged stored design through parseDesign and tolerates a damaged index', () => {
    const s = memoryStorage();
    const id = saveDesign(s, sampleDesign(), undefined, 1)!;
    s.data.set(`vnet-designer:library:${id}`, '{"version": 1, "__proto__": {}}');
    expect(loadDesign(s, id)).toMatchObject({ ok: false });
    s.data.set('vnet-designer:library', '{not json');
    expect(listDesigns(s)).toEqual([]);
  });

  it('remembers which design is being edited', () => {
    const s = memoryStorage();
    expect(currentId(s)).toBeUndefined();
    setCurrentId(s, 'd1');
    expect(currentId(s)).toBe('d1');
  });

  it('reports a full storage instead of throwing', () => {
    const s = memoryStorage();
    s.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveDesign(s, sampleDesign())).toBeUndefined();
  });
});
