/** Hands the app's one store down the tree; components select small slices (never the whole state). */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createDesignerStore, type DesignerStore, type StoreOptions } from '../store/createDesignerStore';
import type { DesignerActions, DesignerState } from '../store/types';

const StoreContext = createContext<DesignerStore | null>(null);

export function StoreProvider({ store, options, children }: { store?: DesignerStore; options?: StoreOptions; children: ReactNode }) {
  const [value] = useState(() => store ?? createDesignerStore(options));
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): DesignerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi outside <StoreProvider>');
  return store;
}

export function useDesigner<T>(selector: (s: DesignerState) => T): T {
  return useStore(useStoreApi(), selector);
}

export function useActions(): DesignerActions {
  return useStore(useStoreApi(), (s) => s.actions);
}
