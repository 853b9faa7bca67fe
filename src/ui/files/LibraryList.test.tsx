import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleDesign } from '../../model/sample';
import { createDesignerStore } from '../../store/createDesignerStore';
import { hubAndSpokes } from '../../../test/share-links/designs';
import { StoreProvider } from '../StoreProvider';
import { listDesigns, saveDesign } from './library';
import { LibraryList } from './LibraryList';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

function setup() {
  saveDesign(localStorage, hubAndSpokes(2), undefined, 1000);
  const store = createDesignerStore({ design: sampleDesign(), storage: null });
  const onOpened = vi.fn();
  render(<StoreProvider store={store}><LibraryList onOpened={onOpened} onError={(m) => { throw new Error(m); }} /></StoreProvider>);
  return { store, onOpened, list: screen.getByRole('list', { name: 'Designs in this browser' }) };
}

describe('designs kept in this browser', () => {
  it('lists the current design (kept automatically) and the stored ones; opening one keeps the current', async () => {
    const { store, onOpened, list } = setup();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.split('·')[0]?.trim())).toEqual([
      'Sample hub and spoke3 VNets', 'Hub and 2 spokes3 VNets',
    ]);
    await userEvent.click(within(list).getByRole('button', { name: 'Open Hub and 2 spokes' }));
    expect(store.getState().design).toEqual(hubAndSpokes(2));
    expect(onOpened).toHaveBeenCalled();
    expect(listDesigns(localStorage).map((e) => e.name).sort()).toEqual(['Hub and 2 spokes', 'Sample hub and spoke']);
  });

  it('renames (the open design too), duplicates and deletes', async () => {
    const { store, list } = setup();
    await userEvent.click(within(list).getByRole('button', { name: 'Rename Sample hub and spoke' }));
    const input = within(list).getByRole('textbox', { name: 'New name for Sample hub and spoke' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Production{Enter}');
    expect(store.getState().design.name).toBe('Production');
    await userEvent.click(within(list).getByRole('button', { name: 'Duplicate Hub and 2 spokes' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(within(list).getByRole('button', { name: 'Delete Hub and 2 spokes' }));
    expect(listDesigns(localStorage).map((e) => e.name).sort()).toEqual(['Hub and 2 spokes (copy)', 'Production']);
    // The design being edited cannot be deleted from under the user.
    expect((within(list).getByRole('button', { name: 'Delete Production' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('switching designs', () => {
  it('starts a fresh undo history, so undo never pulls the previous design into the new one', async () => {
    const { store, list } = setup();
    store.getState().actions.commit([{ op: 'setDesignName', name: 'Edited' }]);
    expect(store.getState().history.past.length).toBe(1);
    await userEvent.click(within(list).getByRole('button', { name: 'Open Hub and 2 spokes' }));
    expect(store.getState().history.past).toEqual([]);
    store.getState().actions.undo();
    expect(store.getState().design).toEqual(hubAndSpokes(2));
    expect(listDesigns(localStorage).map((e) => e.name).sort()).toEqual(['Edited', 'Hub and 2 spokes']);
  });
});
