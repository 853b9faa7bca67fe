import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Finding, Fix } from '../engine/types';
import type { DesignOp } from '../model/ops';
import type { Design, Position } from '../model/schema';
import type { DesignerEdge, DesignerNode } from './canvasSync';
import type { Clipboard } from './clipboard';
import type { History } from './history';

export type Theme = 'system' | 'light' | 'dark';
export type GroupBy = 'none' | 'region' | 'subscription';

/** A dialog open in the dialog host: `id` names an entry of the UI's dialog registry. */
export interface DialogState {
  id: string;
  props?: Record<string, string | number | boolean>;
}

export interface Selection {
  /** node ids: VNet and on-premises ids */
  nodes: string[];
  /** edge ids: `peer-<a>--<b>` for a VNet pair, `conn-<onprem>` for an on-premises connection */
  edges: string[];
}

/** Where the design being edited stands with the browser's storage (session.ts). */
export interface SaveState {
  /** saved; being saved; refused (message says why); held back because another tab saved this design since */
  status: 'saved' | 'saving' | 'failed' | 'conflict';
  message?: string;
}

export interface UiState {
  dialog: DialogState | null;
  theme: Theme;
  groupBy: GroupBy;
  /** the first-start hint is visible */
  hint: boolean;
  /** the last autosave failed (quota or disabled storage) */
  saveFailed: boolean;
  /** the design session's save state (designs kept in IndexedDB; session.ts) */
  save: SaveState;
  clipboard: Clipboard | null;
  /** the clipboard as the text document put on the system clipboard (clipboardText.ts) */
  clipboardText: string | null;
  /** how many times the clipboard was pasted (each paste is offset a bit more) */
  pasteCount: number;
  /** bumped to ask the canvas to fit the view (after New, import, auto layout) */
  fitRequest: number;
}

export type PasteOutcome = { status: 'pasted' } | { status: 'foreign' } | { status: 'refused'; message: string };

export interface DesignerActions {
  /** Applies ops as one undo step; same mergeKey within a short time merges into the previous step. */
  commit(ops: readonly DesignOp[], mergeKey?: string): void;
  /** Replaces the whole design (new, import, template) as one undo step. */
  replaceDesign(design: Design, reason?: string): void;
  /** Switches to another document (Designs list, a link opened separately): fresh undo history, so undo never carries one design into another's slot. */
  openDesign(design: Design, history?: History): void;
  renameDesign(name: string): void;
  applyFix(fix: Fix): void;
  undo(): void;
  redo(): void;
  onNodesChange(changes: NodeChange<DesignerNode>[]): void;
  onEdgesChange(changes: EdgeChange<DesignerEdge>[]): void;
  /**
   * Commits the positions of moved nodes to the design (one undo step per drag): the given nodes (the
   * canvas hands over the dragged ones on drag stop), else the canvas slice's nodes.
   */
  commitDrag(moved?: readonly { id: string; position: Position }[]): void;
  connect(fromId: string, toId: string): void;
  select(selection: Partial<Selection>): void;
  selectAll(): void;
  clearSelection(): void;
  selectFinding(finding: Finding): void;
  deleteSelection(): void;
  /** Copies the selected VNets and on-premises networks; false when none is selected. */
  copy(): boolean;
  paste(): void;
  /**
   * Pastes text from the system clipboard: the clipboard's own text pastes as `paste()` does, another
   * clipboard document (another tab or design) is checked and pasted (one undo step); other text is
   * 'foreign' and changes nothing, a bad document is 'refused' with a message and changes nothing.
   */
  pasteText(text: string): PasteOutcome;
  duplicate(): void;
  nudge(dx: number, dy: number): void;
  addVnet(position?: Position): string;
  addOnPremises(position?: Position): string;
  applyLayout(positions: Record<string, Position>): void;
  openDialog(id: string, props?: DialogState['props']): void;
  closeDialog(): void;
  setTheme(theme: Theme): void;
  setGroupBy(groupBy: GroupBy): void;
  dismissHint(): void;
  requestFit(): void;
}

export interface DesignerState {
  design: Design;
  history: History;
  nodes: DesignerNode[];
  edges: DesignerEdge[];
  selection: Selection;
  /** what a clicked finding points at: drawn with an outline on the canvas */
  highlight: { nodes: string[]; edges: string[] } | null;
  ui: UiState;
  actions: DesignerActions;
}
