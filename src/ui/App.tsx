import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import './files/files.css';
import { useEffect, useState } from 'react';
import { StoreProvider } from './StoreProvider';
import { Shell } from './Shell';
import { AppErrorBoundary } from './AppErrorBoundary';
import { bootDesigner, type Booted } from '../store/boot';
import type { DesignerStore } from '../store/createDesignerStore';

/** One boot per page: React's StrictMode runs effects twice, and two sessions would both listen and save. */
let booting: Promise<Booted> | undefined;

/**
 * The app: with a store given (tests) it shows it at once; otherwise it opens the browser's designs
 * first (IndexedDB is asynchronous), showing a loading line meanwhile. The error boundary sits inside
 * the store, so whatever breaks while drawing a design, the user still reaches the other designs.
 */
export function App({ store }: { store?: DesignerStore }) {
  const [booted, setBooted] = useState<Booted | undefined>(store ? { store } : undefined);
  useEffect(() => {
    if (booted) return;
    let live = true;
    booting ??= bootDesigner();
    void booting.then((b) => {
      if (!live) return;
      if (b.problem) b.store.getState().actions.openDialog('message', { title: 'Your last design cannot be opened', message: b.problem });
      setBooted(b);
    });
    return () => {
      live = false;
    };
  }, [booted]);
  if (!booted) return <p className="app-loading" role="status">Opening your designs…</p>;
  return (
    <StoreProvider store={booted.store}>
      <AppErrorBoundary store={booted.store}>
        <Shell />
      </AppErrorBoundary>
    </StoreProvider>
  );
}
