/**
 * Keyboard shortcuts on the whole page (not while typing in a field): Delete, Ctrl+Z / Ctrl+Shift+Z /
 * Ctrl+Y, Ctrl+C/V/D, Ctrl+A, arrows to nudge (Shift: 50px), ? for the list, Escape to deselect.
 */
import { useEffect } from 'react';
import { clipboardBridge, isTyping } from './clipboardBridge';
import { useStoreApi } from './StoreProvider';

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Delete / Backspace', action: 'Delete the selected VNets, networks and peerings' },
  { keys: 'Ctrl+Z', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Ctrl+C / Ctrl+V', action: 'Copy / paste the selected VNets and on-premises networks (with the peerings between them), also into another tab or design' },
  { keys: 'Ctrl+D', action: 'Duplicate the selected VNets and on-premises networks' },
  { keys: 'Ctrl+A', action: 'Select everything on the canvas' },
  { keys: 'Arrow keys', action: 'Nudge the selection by 10px (Shift: 50px)' },
  { keys: 'Shift+drag', action: 'Select with a box; Shift+click adds to the selection' },
  { keys: 'Drag from a node’s right dot', action: 'Peer two VNets (or connect an on-premises network)' },
  { keys: 'Escape', action: 'Clear the selection, close a dialog' },
  { keys: '?', action: 'Show this list' },
];

export function useShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const clipboard = clipboardBridge(store);
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (isTyping(e.target) || (s.ui.dialog && e.key !== 'Escape')) return;
      const a = s.actions;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) a.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) a.redo();
      // Copy and paste go through the browser's copy/paste events (the system clipboard): no preventDefault.
      else if (mod && key === 'c' && !e.shiftKey) {
        clipboard.keyCopy();
        handled = false;
      } else if (mod && key === 'v' && !e.shiftKey) {
        clipboard.keyPaste();
        handled = false;
      }
      else if (mod && key === 'd') a.duplicate();
      else if (mod && key === 'a') a.selectAll();
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) a.deleteSelection();
      else if (!mod && e.key === '?') a.openDialog('shortcuts');
      else if (e.key === 'Escape') {
        if (s.ui.dialog) a.closeDialog();
        else a.clearSelection();
      } else if (!mod && e.key.startsWith('Arrow') && s.selection.nodes.length > 0) {
        const step = e.shiftKey ? 50 : 10;
        const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
        if (d) a.nudge(d[0] ?? 0, d[1] ?? 0);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      clipboard.dispose();
    };
  }, [store]);
}
