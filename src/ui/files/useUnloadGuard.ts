/**
 * Asks before the page is closed or reloaded while a change is not stored (a write under way, refused
 * because storage is full, or held back by a conflict with another tab). The browser shows its own
 * wording; the toolbar already says what is wrong.
 */
import { useEffect } from 'react';
import { sessionOf } from '../../store/session';
import { useStoreApi } from '../StoreProvider';

export function useUnloadGuard(): void {
  const store = useStoreApi();
  useEffect(() => {
    const session = sessionOf(store);
    if (!session) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!session.hasUnsavedChanges()) return;
      e.preventDefault();
      // Older Chromium versions still need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
