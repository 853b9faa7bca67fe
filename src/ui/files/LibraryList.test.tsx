import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleDesign } from '../../model/sample';
import { bootDesigner } from '../../store/boot';
import { listDesigns, saveDesign } from '../../store/designDb';
import { sessionOf } from '../../store/session';
import { freshDb } from '../../store/testDb';
import { hubAndSpokes } from '../../../test/share-links/designs';
import { StoreProvider } from '../StoreProvider';
import { LibraryList } from './LibraryList';

const tab = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

afterEach(() => vi.restoreAllMocks());

async function setup() {
  const db = freshDb();
  await saveDesign(db, 'other', hubAndSpokes(2), { baseRev: 0, now: 1000 });
  await saveDesign(db, 'mine', sampleDesign(), { baseRev: 0, now: 2000 });
  const { store } = await bootDesigner({ db, tab: tab(), legacy: { getItem: () => null } });
  const onOpened = vi.fn();
  render(<StoreProvider store={store}><LibraryList onOpened={onOpened} onError={(m) => { throw new Error(m); }} /></StoreProvider>);
  const list = await screen.findByRole('list', { name: 'Designs in this browser' });
  return { store, db, onOpened, list };
}

describe('designs kept in this browser', () => {
  it('lists the stored designs, newest first; opening one keeps the current one as it was', async () => {
    const { store, db, onOpened, list } = await setup();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.split('·')[0]?.trim())).toEqual([
      'Sample hub and spoke3 VNets', 'Hub and 2 spokes3 VNets',
    ]);
    store.getState().actions.renameDesign('Edited');
    await userEvent.click(within(list).getByRole('button', { name: 'Open Hub and 2 spokes' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(store.getState().design).toEqual(hubAndSpokes(2));
    expect((await listDesigns(db)).map((e) => e.name).sort()).toEqual(['Edited', 'Hub and 2 spokes']);
    // A fresh undo history: undo never pulls the previous design into this one.
    expect(store.getState().history.past).toEqual([]);
  });

  it('renames (the open design too), duplicates and deletes; the open design cannot be deleted', async () => {
    const { store, db, list } = await setup();
    await userEvent.click(within(list).getByRole('button', { name: 'Rename Sample hub and spoke' }));
    const input = within(list).getByRole('textbox', { name: 'New name for Sample hub and spoke' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Production{Enter}');
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Open Production' })).toBeTruthy());
    expect(store.getState().design.name).toBe('Production');
    await userEvent.click(within(list).getByRole('button', { name: 'Duplicate Hub and 2 spokes' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(within(list).getByRole('button', { name: 'Delete Hub and 2 spokes' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect((await listDesigns(db)).map((e) => e.name).sort()).toEqual(['Hub and 2 spokes (copy)', 'Production']);
    expect((within(list).getByRole('button', { name: 'Delete Production' }) as HTMLButtonElement).disabled).toBe(true);
    expect(sessionOf(store)?.id()).toBe('mine');
  });
});
