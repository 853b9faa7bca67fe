import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDesign } from '../model/sample';
import { bootDesigner } from '../store/boot';
import { listDesigns, saveDesign } from '../store/designDb';
import { freshDb } from '../store/testDb';
import { AppErrorBoundary } from './AppErrorBoundary';
import { StoreProvider, useDesigner } from './StoreProvider';

/** Stands in for any panel whose drawing throws on one design. */
function Fragile() {
  const name = useDesigner((s) => s.design.name);
  if (name === 'Broken') throw new RangeError('Maximum call stack size exceeded');
  return <p>Showing {name}</p>;
}

afterEach(() => vi.restoreAllMocks());

async function setup() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const db = freshDb();
  await saveDesign(db, 'good', { ...sampleDesign(), name: 'Good one' }, { baseRev: 0, now: 1 });
  await saveDesign(db, 'broken', { ...sampleDesign(), name: 'Broken' }, { baseRev: 0, now: 2 });
  const { store } = await bootDesigner({ db, tab: { getItem: () => null, setItem: () => {} }, legacy: { getItem: () => null } });
  render(<StoreProvider store={store}><AppErrorBoundary store={store}><Fragile /></AppErrorBoundary></StoreProvider>);
  return { db, store };
}

describe('the top error boundary', () => {
  it('shows the recovery screen instead of a blank page, with the other designs; opening one brings the app back', async () => {
    const { store } = await setup();
    expect(store.getState().design.name).toBe('Broken');
    const recovery = screen.getByRole('main', { name: 'This design could not be shown' });
    expect(recovery.textContent).toContain('Maximum call stack size exceeded');
    const others = await within(recovery).findByRole('list', { name: 'Your other designs' });
    expect(within(others).getAllByRole('listitem').map((li) => li.textContent?.split('3 VNets')[0])).toEqual(['Good one']);
    await userEvent.click(within(others).getByRole('button', { name: 'Open Good one' }));
    await waitFor(() => expect(screen.getByText('Showing Good one')).toBeTruthy());
  });

  it('starts a new design (a new entry; the broken one stays stored)', async () => {
    const { db } = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'Start a new design' }));
    await waitFor(() => expect(screen.getByText('Showing Untitled design')).toBeTruthy());
    await waitFor(async () => expect((await listDesigns(db)).map((e) => e.name).sort()).toEqual(['Broken', 'Good one', 'Untitled design']));
  });
});
