/** Design downloads and file reading for the files, share and import dialogs. */
import { slugify } from '../../model/ids';
import type { Design } from '../../model/schema';
import { downloadText } from '../common/download';

export function designFileName(design: Design, ext = 'json'): string {
  return `${slugify(design.name || 'design')}.${ext}`;
}

export function downloadDesign(design: Design): void {
  downloadText(`${JSON.stringify(design, null, 2)}\n`, designFileName(design));
}

/** Files larger than this are refused before reading (the design loader's own cap is 40 MB). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

export async function readFileText(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is 40 MB` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `the browser could not read ${file.name}` };
  }
}
