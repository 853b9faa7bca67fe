/**
 * Ctrl+C / Ctrl+V through the system clipboard, so VNets copied in one tab paste into another.
 *
 * Copy: the keydown is left to the browser, whose `copy` event puts the clipboard document on the
 * system clipboard (clipboardData: synchronous, no permission, works on plain http too). A browser that
 * fires no copy event gets `navigator.clipboard.writeText`; when that fails too, the in-app clipboard
 * still has the copy. Highlighted text outside the canvas is copied as text, as usual.
 *
 * Paste: the `paste` event's text is read (never `navigator.clipboard.readText`, so no permission
 * prompt). Our document is checked and pasted; a bad one shows a message and changes nothing; other
 * text is ignored (it was copied after our last copy), unless our last copy never reached the system
 * clipboard: then the in-app clipboard pastes. A browser that fires no paste event pastes the in-app
 * clipboard. Pastes into fields, and anything while a dialog is open, are the browser's own.
 */
import type { DesignerStore } from '../store/createDesignerStore';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ClipboardBridge {
  /** Ctrl+C outside fields: the copy event (or, without one, a fallback) does the copy. */
  keyCopy(): void;
  /** Ctrl+V outside fields: the paste event (or, without one, the in-app clipboard) does the paste. */
  keyPaste(): void;
  dispose(): void;
}

/** Highlighted page text the user may mean to copy: outside the canvas, which has the focus otherwise. */
function textSelected(doc: Document): boolean {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.toString().trim() === '') return false;
  return !doc.activeElement?.closest('.react-flow');
}

export function clipboardBridge(store: DesignerStore, win: Window = window): ClipboardBridge {
  let copyPending = false;
  let pastePending = false;
  /** our last copy did not reach the system clipboard: the in-app clipboard is newer than what is there */
  let systemMissesCopy = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (f: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      f();
    }, 0);
    timers.add(t);
  };
  const blocked = (target: EventTarget | null) => isTyping(target) || store.getState().ui.dialog !== null;

  const copy = (data: DataTransfer | null): boolean => {
    const s = store.getState();
    if (!s.actions.copy()) return false;
    const text = store.getState().ui.clipboardText ?? '';
    if (data) {
      data.setData('text/plain', text);
      systemMissesCopy = false;
      return true;
    }
    systemMissesCopy = true;
    const clip = win.navigator.clipboard as Clipboard | undefined;
    if (clip?.writeText) {
      clip.writeText(text).then(
        () => {
          if (store.getState().ui.clipboardText === text) systemMissesCopy = false;
        },
        () => undefined,
      );
    }
    return true;
  };

  const onCopy = (e: ClipboardEvent) => {
    if (blocked(e.target)) return;
    copyPending = false;
    if (textSelected(win.document)) return;
    if (copy(e.clipboardData)) e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent) => {
    if (blocked(e.target)) return;
    pastePending = false;
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const { actions } = store.getState();
    const outcome = actions.pasteText(text);
    if (outcome.status === 'pasted') systemMissesCopy = false;
    else if (outcome.status === 'refused') {
      actions.openDialog('message', { title: 'These copied items cannot be pasted', message: outcome.message });
    } else if (systemMissesCopy) actions.paste();
  };

  win.addEventListener('copy', onCopy);
  win.addEventListener('paste', onPaste);
  return {
    keyCopy: () => {
      copyPending = true;
      later(() => {
        if (!copyPending) return;
        copyPending = false;
        copy(null);
      });
    },
    keyPaste: () => {
      pastePending = true;
      later(() => {
        if (!pastePending) return;
        pastePending = false;
        store.getState().actions.paste();
      });
    },
    dispose: () => {
      win.removeEventListener('copy', onCopy);
      win.removeEventListener('paste', onPaste);
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
