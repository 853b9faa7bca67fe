/**
 * Opens the design in the page's `#d=…` fragment, on load and whenever the fragment changes. When the
 * editor holds no work of the user's (the untouched sample or an empty canvas, nothing to undo: judged
 * from the editor, not from storage, which may not have caught up), or when the link holds the design
 * already shown, it opens directly; otherwise the open-link dialog asks. A link that cannot be decoded shows
 * its message in that dialog, and the current design stays. The fragment is then removed from the
 * address bar, so a reload shows the (autosaved) design instead of asking again.
 */
import { useEffect } from 'react';
import { findShareFragment } from '../../share/fragment';
import { sessionOf } from '../../store/session';
import { hasOwnWork } from '../../store/work';
import type { DesignerStore } from '../../store/createDesignerStore';
import { useStoreApi } from '../StoreProvider';

function clearFragment(): void {
  try {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  } catch {
    window.location.hash = '';
  }
}

/** Resolves once the link is opened, refused (message dialog) or waiting for the user's choice. */
export async function openFragment(store: DesignerStore, hash: string): Promise<void> {
  const fragment = findShareFragment(hash);
  if (fragment === undefined) return;
  clearFragment();
  const text = `d=${fragment}`;
  // The codec (and its inflate) loads only when a page is opened from a link.
  const { decodeShare } = await import('../../share/share');
  const decoded = decodeShare(text);
  const state = store.getState();
  const { actions, design } = state;
  if (!decoded.ok) {
    actions.openDialog('open-link', { fragment: text });
    return;
  }
  const isSame = JSON.stringify(decoded.value) === JSON.stringify(design);
  if (isSame) return;
  if (!hasOwnWork(state)) {
    // Nothing to keep: the link becomes a design of its own (a new entry), with a fresh history.
    const session = sessionOf(store);
    if (session) {
      const r = await session.create(decoded.value);
      if (!r.ok) return actions.openDialog('message', { title: 'The link was not opened', message: r.message });
    } else {
      actions.openDesign(decoded.value);
    }
    actions.requestFit();
    actions.dismissHint();
    return;
  }
  actions.openDialog('open-link', { fragment: text });
}

export function useShareLinkOpener(): void {
  const store = useStoreApi();
  useEffect(() => {
    void openFragment(store, window.location.hash);
    const onHash = () => void openFragment(store, window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);
}
