import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleDesign } from '../../model/sample';
import { encodeShare } from '../../share/share';
import { createDesignerStore, type DesignerStore } from '../../store/createDesignerStore';
import { bootDesigner } from '../../store/boot';
import { listDesigns, listVersions } from '../../store/designDb';
import { sessionOf } from '../../store/session';
import { freshDb } from '../../store/testDb';
import { hubAndSpokes } from '../../../test/share-links/designs';
import azCliText from '../../../test/fixtures/import/az-cli-hub-spoke.json?raw';
import { StoreProvider } from '../StoreProvider';
import ImportDialog from '../importer/ImportDialog';
import OpenLinkDialog from './OpenLinkDialog';
import ShareDialog from './ShareDialog';
import { openFragment } from './useShareLinkOpener';

const noop = () => {};
const inStore = (store: DesignerStore, ui: React.ReactNode) => render(<StoreProvider store={store}>{ui}</StoreProvider>);

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('Share dialog', () => {
  it('shows the link and its length, without a warning for a small design', () => {
    inStore(createDesignerStore({ design: sampleDesign(), storage: null }), <ShareDialog onClose={noop} />);
    const link = (screen.getByRole('textbox', { name: 'Link' }) as HTMLTextAreaElement).value;
    expect(link).toMatch(/#d=2\./);
    expect(screen.getByText(new RegExp(`^${link.length} characters`))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns past 2,000 characters and offers the design file', () => {
    inStore(createDesignerStore({ design: hubAndSpokes(200), storage: null }), <ShareDialog onClose={noop} />);
    expect(screen.getByRole('alert').textContent).toMatch(/longer than 2,000 characters/);
    expect(screen.getByRole('button', { name: /Download hub-and-200-spokes\.json/ })).toBeTruthy();
  });
});

describe('opening a link', () => {
  it('opens directly when the editor holds no work of the user (the untouched sample), and clears the fragment', async () => {
    const store = createDesignerStore({ storage: null });
    window.history.replaceState(null, '', `/#${encodeShare(hubAndSpokes(3))}`);
    await openFragment(store, window.location.hash);
    expect(store.getState().design).toEqual(hubAndSpokes(3));
    expect(window.location.hash).toBe('');
  });

  it('asks when the editor holds work, even with nothing stored, and a corrupted link changes nothing', async () => {
    const store = createDesignerStore({ storage: null });
    store.getState().actions.addVnet();
    const before = store.getState().design;
    await openFragment(store, `#${encodeShare(hubAndSpokes(3))}`);
    expect(store.getState().ui.dialog?.id).toBe('open-link');
    expect(store.getState().design).toBe(before);
    await openFragment(store, '#d=1.AAAAAAAA');
    expect(store.getState().ui.dialog?.id).toBe('open-link');
    expect(store.getState().design).toBe(before);
  });

  it('the dialog explains a damaged link and keeps the design', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    inStore(store, <OpenLinkDialog onClose={noop} props={{ fragment: 'd=7.AAAA' }} />);
    expect(screen.getByRole('alert').textContent).toMatch(/^This link uses share format 7, newer than this app/);
    expect(store.getState().design).toEqual(sampleDesign());
  });

  it('"Open as a separate design" keeps the current design in the Designs list, with a snapshot in its history', async () => {
    const db = freshDb();
    const { store } = await bootDesigner({ db, tab: { getItem: () => null, setItem: noop }, legacy: { getItem: () => null } });
    store.getState().actions.renameDesign('Mine');
    const mine = sessionOf(store)?.id() ?? '';
    inStore(store, <OpenLinkDialog onClose={noop} props={{ fragment: encodeShare(hubAndSpokes(2)) }} />);
    await userEvent.click(screen.getByRole('button', { name: /Open as a separate design/ }));
    await waitFor(() => expect(store.getState().design).toEqual(hubAndSpokes(2)));
    await sessionOf(store)?.flush();
    expect((await listDesigns(db)).map((e) => e.name).sort()).toEqual(['Hub and 2 spokes', 'Mine']);
    expect((await listVersions(db, mine)).map((v) => v.reason)).toContain('Before opening a link');
  });
});

describe('Import dialog', () => {
  it('imports a pasted az CLI estate, lays it out and shows the report and findings', async () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    inStore(store, <ImportDialog onClose={noop} />);
    const box = screen.getByRole('textbox', { name: 'JSON to import' });
    await userEvent.click(box);
    await userEvent.paste(azCliText);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy());
    const design = store.getState().design;
    expect(design.vnets).toHaveLength(8);
    expect(Object.keys(design.layout.positions)).toHaveLength(8);
    expect(screen.getByLabelText('Findings by severity').textContent).toMatch(/\d+ errors\d+ warnings/);
    expect(screen.getByRole('list', { name: 'Import notes' }).textContent).toContain('vnet-partner');
  });

  it('refuses what it does not recognise, leaving the design as it was', async () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    inStore(store, <ImportDialog onClose={noop} />);
    await userEvent.click(screen.getByRole('textbox', { name: 'JSON to import' }));
    await userEvent.paste('{"hello": 1}');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not a recognised format'));
    expect(store.getState().design).toEqual(sampleDesign());
  });
});
