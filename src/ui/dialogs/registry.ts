/**
 * Every dialog the dialog host can show, by id, each loaded on demand (its code, and what it imports,
 * stays out of the initial bundle). Add a dialog by adding an entry here and opening it with
 * `actions.openDialog('<id>')`; a toolbar button for it goes into toolbar/items.ts.
 *
 * A dialog component receives `onClose` and the props given to openDialog.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DialogState } from '../../store/types';

export interface DialogProps {
  onClose: () => void;
  props?: DialogState['props'];
}

type Loader = () => Promise<{ default: ComponentType<DialogProps> }>;

const loaders: Record<string, Loader> = {
  export: () => import('../export/ExportDialog'),
  reachability: () => import('../reach/ReachDialog'),
  shortcuts: () => import('../help/ShortcutsDialog'),
  templates: () => import('../plan/TemplateDialog'),
  'address-plan': () => import('../plan/AddressPlanDialog'),
  cost: () => import('../plan/CostDialog'),
  // share, open/import, templates, address plan, cost: registered by their features (issues 5 and 6)
};

const components = new Map<string, LazyExoticComponent<ComponentType<DialogProps>>>();

export function registerDialog(id: string, load: Loader): void {
  loaders[id] = load;
  components.delete(id);
}

export function hasDialog(id: string): boolean {
  return id in loaders;
}

export function dialogComponent(id: string): LazyExoticComponent<ComponentType<DialogProps>> | undefined {
  const load = loaders[id];
  if (!load) return undefined;
  let c = components.get(id);
  if (!c) components.set(id, (c = lazy(load)));
  return c;
}
