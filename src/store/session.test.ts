import { afterEach, describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { bootDesigner } from './boot';
import { listVersions, loadDesign, migrateLocalStorage, saveDesign } from './designDb';
import { sessionOf, TAB_KEY } from './session';
import { freshDb, fullDb } from './testDb';
import { hasOwnWork } from './work';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

let clock = 1_000_000;
const now = () => (clock += 1000);
const opened: { close: () => void }[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

async function boot(db = freshDb(), tab = memory(), legacy = memory()) {
  const booted = await bootDesigner({ db, tab, legacy, now });
  const session = sessionOf(booted.store);
  if (!session) throw new Error('no session');
  opened.push({ close: () => session.dispose() });
  return { ...booted, session, db, tab };
}

const addVnet = (b: { store: { getState: () => { actions: { addVnet: () => string } } } }) => b.store.getState().actions.addVnet();
const names = async (b: Awaited<ReturnType<typeof boot>>) => (await b.session.list()).map((e) => e.name).sort();

describe('design session (IndexedDB)', () => {
  it('starts on the sample without storing it; the first change stores it and a reload of the tab reopens it with its undo history', async () => {
    const first = await boot();
    expect(first.store.getState().ui.hint).toBe(true);
    expect(await first.session.list()).toEqual([]);
    addVnet(first);
    first.store.getState().actions.renameDesign('Mine');
    await first.session.flush();
    expect(first.store.getState().ui.save).toEqual({ status: 'saved' });
    expect(await names(first)).toEqual(['Mine']);

    const again = await boot(first.db, first.tab);
    expect(again.store.getState().design).toEqual(first.store.getState().design);
    expect(again.store.getState().history.past).toHaveLength(2);
    again.store.getState().actions.undo();
    again.store.getState().actions.undo();
    expect(again.store.getState().design).toEqual(sampleDesign());
  });

  it('a reload of a tab that only showed the untouched sample opens the sample again, with no problem to report', async () => {
    const first = await boot();
    const again = await boot(first.db, first.tab);
    expect(again.problem).toBeUndefined();
    expect(again.store.getState().design).toEqual(sampleDesign());
  });

  it('New makes a new entry and leaves the old one as it was', async () => {
    const b = await boot();
    b.store.getState().actions.renameDesign('Old one');
    await b.session.create({ ...sampleDesign(), name: 'Brand new', vnets: [], peerings: [] });
    expect(await names(b)).toEqual(['Brand new', 'Old one']);
    const old = (await b.session.list()).find((e) => e.name === 'Old one');
    expect(old?.vnets).toBe(3);
  });

  it('a Replace keeps a snapshot of the replaced design in its history', async () => {
    const b = await boot();
    b.store.getState().actions.renameDesign('Before');
    b.store.getState().actions.replaceDesign({ ...sampleDesign(), name: 'Template', vnets: [], peerings: [], onPremises: [], routeTables: [], intents: [], layout: { positions: {} } });
    await b.session.flush();
    const versions = await b.session.versions();
    const snap = versions.find((v) => v.reason === 'Before Replace');
    expect(snap?.design.name).toBe('Before');
    expect(versions[0]?.design.name).toBe('Template');
  });

  it('two tabs on one design: the stale one is told, writes nothing, and can load the latest or save a copy', async () => {
    const a = await boot();
    a.store.getState().actions.renameDesign('Shared');
    await a.session.flush();
    const b = await boot(a.db, memory()); // a second tab: no tab memory, opens the last saved design
    expect(b.session.id()).toBe(a.session.id());

    a.store.getState().actions.renameDesign('Changed in A');
    await a.session.flush();
    await expect.poll(() => b.store.getState().ui.save.status).toBe('conflict');
    addVnet(b);
    await b.session.flush();
    expect(b.session.hasUnsavedChanges()).toBe(true);
    const stored = await loadDesign(a.db, a.session.id());
    expect(stored.ok && stored.design.name).toBe('Changed in A');
    expect(stored.ok && stored.design.vnets).toHaveLength(3);

    await b.session.saveAsCopy();
    expect(b.session.id()).not.toBe(a.session.id());
    expect(b.store.getState().ui.save.status).toBe('saved');
    // The copy is tab B's work: its own name, its own VNet.
    expect(await names(b)).toEqual(['Changed in A', 'Shared (copy)']);

    const c = await boot(a.db, memory());
    expect(await c.session.open(a.session.id())).toEqual({ ok: true });
    a.store.getState().actions.renameDesign('Third');
    await a.session.flush();
    await expect.poll(() => c.store.getState().ui.save.status).toBe('conflict');
    await c.session.reloadLatest();
    expect(c.store.getState().design.name).toBe('Third');
    expect(c.store.getState().ui.save.status).toBe('saved');
  });

  it('the database refuses a save based on an old revision, even without the broadcast', async () => {
    const db = freshDb();
    const d = sampleDesign();
    expect(await saveDesign(db, 'x', d, { baseRev: 0, now: 1 })).toEqual({ status: 'saved', rev: 1 });
    expect(await saveDesign(db, 'x', d, { baseRev: 1, now: 2 })).toEqual({ status: 'saved', rev: 2 });
    expect(await saveDesign(db, 'x', { ...d, name: 'stale' }, { baseRev: 1, now: 3 })).toEqual({ status: 'conflict', rev: 2 });
    const stored = await loadDesign(db, 'x');
    expect(stored.ok && stored.design.name).toBe(d.name);
  });

  it('storage full: the failure is reported, the change stays unsaved, and the next change once there is room stores everything', async () => {
    const real = freshDb();
    const db = fullDb(real);
    const b = await boot(db);
    addVnet(b);
    await b.session.flush();
    expect(b.store.getState().ui.save).toEqual({ status: 'failed', message: 'the browser storage is full' });
    expect(b.session.hasUnsavedChanges()).toBe(true);
    // Switching away now would drop the unsaved change from memory too: refused, with the reason.
    const refused = await b.session.create({ ...sampleDesign(), name: 'Other' });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('are not stored (the browser storage is full)') });
    expect(b.store.getState().design.vnets).toHaveLength(4);
    db.isFull = false;
    addVnet(b);
    await b.session.flush();
    expect(b.session.hasUnsavedChanges()).toBe(false);
    const stored = await loadDesign(real, b.session.id());
    expect(stored.ok && stored.design.vnets).toHaveLength(5);
  });

  it('brings in the designs older versions kept in localStorage, once, and opens the one being edited', async () => {
    const legacy = memory();
    const kept: Design = { ...sampleDesign(), name: 'From the old library' };
    legacy.setItem('vnet-designer:library', JSON.stringify([{ id: 'd1', name: kept.name, savedAt: 5, vnets: 3 }, { id: 'bad', name: 'x', savedAt: 1, vnets: 0 }]));
    legacy.setItem('vnet-designer:library:d1', JSON.stringify(kept));
    legacy.setItem('vnet-designer:library:bad', '{"version": 1, "__proto__": {}}');
    legacy.setItem('vnet-designer:design', JSON.stringify({ ...sampleDesign(), name: 'Old autosave' }));
    const b = await boot(freshDb(), memory(), legacy);
    expect(b.store.getState().design.name).toBe('Old autosave');
    expect(await names(b)).toEqual(['From the old library', 'Old autosave']);
    expect((await listVersions(b.db, 'd1'))[0]?.reason).toBe('Kept from an older version');
    expect(await migrateLocalStorage(b.db, legacy, 9)).toBeUndefined();
    expect(await b.session.list()).toHaveLength(2);
  });

  it('remembers the design of this tab', async () => {
    const b = await boot();
    addVnet(b);
    await b.session.flush();
    expect(b.tab.data.get(TAB_KEY)).toBe(b.session.id());
  });

  it('reports a damaged stored design instead of opening it, and starts on the sample', async () => {
    const db = freshDb();
    await db.use('readwrite', (s) => {
      s.put({ rev: 1, design: { version: 1, vnets: 'nope' } }, 'design:dx');
      s.put('dx', 'last-opened');
    });
    const b = await boot(db);
    expect(b.problem).toMatch(/^the stored design is damaged/);
    expect(b.store.getState().design).toEqual(sampleDesign());
  });
});

describe('whether the editor holds work', () => {
  it('is judged from the editor: the untouched sample or an empty canvas holds none; an edit or a loaded design does', async () => {
    const b = await boot();
    expect(hasOwnWork(b.store.getState())).toBe(false);
    addVnet(b);
    expect(hasOwnWork(b.store.getState())).toBe(true);
    expect(hasOwnWork({ design: { ...sampleDesign(), name: 'Loaded' }, history: { past: [], future: [] } })).toBe(true);
  });
});
