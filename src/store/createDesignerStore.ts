/**
 * The designer's one store, made per app instance (tests get a fresh one; no zustand mocking): slices
 * `design` (the only undo-tracked part), `canvas` (React Flow nodes/edges), `selection` and `ui`.
 * Actions are thin: they build ops with the pure model and go through `commit`, which records history,
 * resyncs the canvas and autosaves. Findings are not stored: see derived.ts.
 */
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyOps, type DesignOp } from '../model/ops';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { linkIdsOfEdge, syncEdges, syncNodes, type DesignerNode } from './canvasSync';
import { copySelection, pasteOps } from './clipboard';
import { clipboardToText, parseClipboardText } from './clipboardText';
import { deleteOps, newOnPremOps, newVnetOps, peeringOps } from './factories';
import { emptyHistory, record, redo, undo, type History } from './history';
import { pairEdgeId } from './lookup';
import { browserStorage, loadSaved, save, type KeyValueStorage } from './persist';
import type { DesignerState, Selection, UiState } from './types';
import { applyFix } from '../engine/applyFix';

export type DesignerStore = StoreApi<DesignerState>;

export interface StoreOptions {
  /** start from this design instead of the autosave / sample */
  design?: Design;
  /** where autosave reads and writes; defaults to localStorage; `null` disables autosave */
  storage?: KeyValueStorage | null;
  now?: () => number;
  /** the undo history to start with (kept across a reload) */
  history?: History;
  /** show the first-start hint (default: when neither a design nor an autosave was given) */
  hint?: boolean;
  /** called with the design about to be replaced (New from template, a link opened over it, a restored version) */
  beforeReplace?: (design: Design, reason: string) => void;
}

const withSelected = <T extends { id: string; selected?: boolean }>(items: T[], ids: ReadonlySet<string>): T[] => {
  let changed = false;
  const out = items.map((n) => {
    const sel = ids.has(n.id);
    if (!!n.selected === sel) return n;
    changed = true;
    return { ...n, selected: sel };
  });
  return changed ? out : items;
};

export function createDesignerStore(options: StoreOptions = {}): DesignerStore {
  const storage = options.storage === null ? undefined : (options.storage ?? browserStorage());
  const now = options.now ?? (() => Date.now());
  const saved = options.design ? undefined : loadSaved(storage);
  const initial = options.design ?? saved ?? sampleDesign();
  const ui: UiState = {
    dialog: null,
    theme: 'system',
    groupBy: 'none',
    hint: options.hint ?? (!options.design && !saved),
    saveFailed: false,
    save: { status: 'saved' },
    clipboard: null,
    clipboardText: null,
    pasteCount: 0,
    fitRequest: 0,
  };

  const store = createStore<DesignerState>()((set, get) => {
    /** Puts a new design in place: history, canvas resync, selection pruned to what still exists. */
    const setDesign = (next: Design, mergeKey?: string) => {
      const s = get();
      if (next === s.design) return;
      const history = record(s.history, s.design, mergeKey, now());
      set(resync(s, next, { history }));
    };
    const resync = (s: DesignerState, design: Design, extra: Partial<DesignerState>): Partial<DesignerState> => {
      const exists = new Set([...design.vnets.map((v) => v.id), ...design.onPremises.map((o) => o.id)]);
      const nodesSel = s.selection.nodes.filter((id) => exists.has(id));
      const edges = syncEdges(s.edges, design, new Set(s.selection.edges));
      const edgeIds = new Set(edges.map((e) => e.id));
      const selection: Selection = { nodes: nodesSel, edges: s.selection.edges.filter((id) => edgeIds.has(id)) };
      const keep = selection.nodes.length === s.selection.nodes.length && selection.edges.length === s.selection.edges.length;
      return {
        design,
        nodes: syncNodes(s.nodes, design, new Set(selection.nodes)),
        edges: keep ? edges : syncEdges(edges, design, new Set(selection.edges)),
        selection: keep ? s.selection : selection,
        ...extra,
      };
    };
    const commit = (ops: readonly DesignOp[], mergeKey?: string) => {
      if (ops.length > 0) setDesign(applyOps(get().design, ops), mergeKey);
    };
    const select = (sel: Partial<Selection>) => {
      const s = get();
      const selection: Selection = { nodes: sel.nodes ?? s.selection.nodes, edges: sel.edges ?? s.selection.edges };
      set({
        selection,
        nodes: withSelected(s.nodes, new Set(selection.nodes)),
        edges: withSelected(s.edges, new Set(selection.edges)),
        highlight: null,
      });
    };
    const setUi = (patch: Partial<UiState>) => set({ ui: { ...get().ui, ...patch } });
    const paste = () => {
      const s = get();
      if (!s.ui.clipboard) return;
      const count = s.ui.pasteCount + 1;
      const { ops, ids } = pasteOps(s.design, s.ui.clipboard, 40 * count);
      commit(ops);
      setUi({ pasteCount: count });
      select({ nodes: ids, edges: [] });
    };
    /** Asks the canvas to fit the view; not for an empty canvas (fitting nothing zooms to the maximum). */
    const requestFit = () => {
      if (get().nodes.length > 0) setUi({ fitRequest: get().ui.fitRequest + 1 });
    };
    /** The first grid slot (rows of 4 under the existing nodes' top-left) that no node occupies. */
    const freeSlot = () => {
      const nodes = get().nodes;
      // A loop, not Math.min(...all): thousands of nodes must not meet the argument limit.
      let x0 = nodes.length ? Infinity : 0;
      let y0 = nodes.length ? Infinity : 0;
      for (const n of nodes) {
        x0 = Math.min(x0, n.position.x);
        y0 = Math.min(y0, n.position.y);
      }
      const taken = (x: number, y: number) => nodes.some((n) => Math.abs(n.position.x - x) < 230 && Math.abs(n.position.y - y) < 150);
      for (let i = 0; ; i++) {
        const p = { x: x0 + (i % 4) * 280, y: y0 + Math.floor(i / 4) * 180 };
        if (!taken(p.x, p.y)) return p;
      }
    };

    return {
      design: initial,
      history: options.history ?? emptyHistory(),
      nodes: syncNodes([], initial, new Set()),
      edges: syncEdges([], initial, new Set()),
      selection: { nodes: [], edges: [] },
      highlight: null,
      ui,
      actions: {
        commit,
        replaceDesign: (design, reason = 'Before Replace') => {
          if (design !== get().design) options.beforeReplace?.(get().design, reason);
          setDesign(design);
          requestFit();
        },
        openDesign: (design, history) => {
          set(resync(get(), design, { history: history ?? emptyHistory() }));
          requestFit();
        },
        renameDesign: (name) => setDesign({ ...get().design, name }, 'design.name'),
        applyFix: (fix) => setDesign(applyFix(get().design, fix)),
        undo: () => {
          const s = get();
          const r = undo(s.history, s.design);
          if (r) set(resync(s, r.design, { history: r.history }));
        },
        redo: () => {
          const s = get();
          const r = redo(s.history, s.design);
          if (r) set(resync(s, r.design, { history: r.history }));
        },
        onNodesChange: (changes) => {
          const s = get();
          const selects = changes.filter((c): c is Extract<NodeChange<DesignerNode>, { type: 'select' }> => c.type === 'select');
          const rest = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
          let nodes = rest.length > 0 ? applyNodeChanges(rest, s.nodes) : s.nodes;
          let selection = s.selection;
          if (selects.length > 0) {
            const ids = new Set(s.selection.nodes);
            for (const c of selects) {
              if (c.selected) ids.add(c.id);
              else ids.delete(c.id);
            }
            selection = { ...s.selection, nodes: [...ids] };
            nodes = withSelected(nodes, ids);
          }
          set(selection === s.selection ? { nodes } : { nodes, selection, highlight: null });
        },
        onEdgesChange: (changes) => {
          const s = get();
          const ids = new Set(s.selection.edges);
          let touched = false;
          for (const c of changes) {
            if (c.type !== 'select') continue;
            touched = true;
            if (c.selected) ids.add(c.id);
            else ids.delete(c.id);
          }
          if (touched) set({ selection: { ...s.selection, edges: [...ids] }, edges: withSelected(s.edges, ids), highlight: null });
        },
        commitDrag: (moved) => {
          const s = get();
          const ops: DesignOp[] = [];
          for (const n of moved ?? s.nodes) {
            const p = s.design.layout.positions[n.id];
            if (!p || p.x !== n.position.x || p.y !== n.position.y) {
              ops.push({ op: 'setPosition', id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } });
            }
          }
          commit(ops);
        },
        connect: (fromId, toId) => commit(peeringOps(get().design, fromId, toId)),
        select,
        selectAll: () => select({ nodes: get().nodes.map((n) => n.id), edges: [] }),
        clearSelection: () => select({ nodes: [], edges: [] }),
        selectFinding: (f) => {
          const design = get().design;
          const edgeIds = new Set<string>();
          for (const id of f.peerings) {
            const l = design.peerings.find((p) => p.id === id);
            if (l && l.from !== l.to) edgeIds.add(pairEdgeId(l.from, l.to));
          }
          select({ nodes: f.vnets, edges: [...edgeIds] });
          set({ highlight: { nodes: f.vnets, edges: [...edgeIds] } });
        },
        deleteSelection: () => {
          const s = get();
          const linkIds = s.selection.edges.flatMap((e) => linkIdsOfEdge(s.design, e));
          const onPremConns = s.selection.edges.filter((e) => e.startsWith('conn-')).map((e) => e.slice(5));
          const ops = deleteOps(s.design, s.selection.nodes, linkIds);
          for (const id of onPremConns) {
            if (!s.selection.nodes.includes(id)) ops.push({ op: 'updateOnPremises', onPremisesId: id, patch: { gatewayId: undefined } });
          }
          commit(ops);
        },
        copy: () => {
          const s = get();
          const clip = copySelection(s.design, s.selection.nodes);
          if (clip) setUi({ clipboard: clip, clipboardText: clipboardToText(clip), pasteCount: 0 });
          return clip !== undefined;
        },
        paste,
        pasteText: (text) => {
          if (text === get().ui.clipboardText) {
            paste();
            return { status: 'pasted' };
          }
          const read = parseClipboardText(text);
          if (read.kind === 'foreign') return { status: 'foreign' };
          if (read.kind === 'refused') return { status: 'refused', message: read.message };
          setUi({ clipboard: read.clipboard, clipboardText: text, pasteCount: 0 });
          paste();
          return { status: 'pasted' };
        },
        duplicate: () => {
          const s = get();
          const clip = copySelection(s.design, s.selection.nodes);
          if (!clip) return;
          const { ops, ids } = pasteOps(s.design, clip, 40);
          commit(ops);
          select({ nodes: ids, edges: [] });
        },
        nudge: (dx, dy) => {
          const s = get();
          const ops: DesignOp[] = s.nodes
            .filter((n) => s.selection.nodes.includes(n.id))
            .map((n) => ({ op: 'setPosition', id: n.id, position: { x: n.position.x + dx, y: n.position.y + dy } }));
          commit(ops, 'nudge');
        },
        addVnet: (position) => {
          const { ops, id } = newVnetOps(get().design, position ?? freeSlot());
          commit(ops);
          select({ nodes: [id], edges: [] });
          return id;
        },
        addOnPremises: (position) => {
          const { ops, id } = newOnPremOps(get().design, position ?? freeSlot());
          commit(ops);
          select({ nodes: [id], edges: [] });
          return id;
        },
        applyLayout: (positions) => {
          commit(Object.entries(positions).map(([id, position]) => ({ op: 'setPosition', id, position })));
          requestFit();
        },
        openDialog: (id, props) => setUi({ dialog: props ? { id, props } : { id } }),
        closeDialog: () => setUi({ dialog: null }),
        setTheme: (theme) => setUi({ theme }),
        setGroupBy: (groupBy) => setUi({ groupBy }),
        dismissHint: () => setUi({ hint: false }),
        requestFit,
      },
    };
  });

  // Autosave, applied once here: every design change (including undo/redo) is written through.
  if (storage) {
    store.subscribe((s, prev) => {
      if (s.design === prev.design) return;
      const ok = save(storage, s.design);
      if (ok === s.ui.saveFailed) store.setState({ ui: { ...s.ui, saveFailed: !ok } });
    });
  }
  return store;
}
