/**
 * Drag-and-drop of a design file (or an Azure export) onto the canvas. Listens on the window so a file
 * dropped anywhere never makes the browser navigate away from the app; only drops on the canvas open.
 * The toolbar's own drags (new VNet) carry no files and are left alone.
 */
import { useEffect, useState } from 'react';
import { useStoreApi } from '../StoreProvider';
import { openDesignFile } from './openFile';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
const onCanvas = (e: DragEvent) => e.target instanceof Element && e.target.closest('.canvas-area') !== null;

export function useFileDrop(): boolean {
  const store = useStoreApi();
  const [isOver, setOver] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const ok = onCanvas(e);
      if (e.dataTransfer) e.dataTransfer.dropEffect = ok ? 'copy' : 'none';
      setOver(ok);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file || !onCanvas(e)) return;
      void openDesignFile(store, file).then((r) => {
        if (!r.ok) store.getState().actions.openDialog('message', { title: 'This file cannot be opened', message: r.message });
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [store]);
  return isOver;
}
