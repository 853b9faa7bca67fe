/** Design downloads and file reading for the files, share and import dialogs. */
import { slugify } from '../../model/ids';
import { MAX_DESIGN_TEXT_LENGTH } from '../../model/parse';
import type { Design } from '../../model/schema';
import { downloadText } from '../common/download';

export function designFileName(design: Design, ext = 'json'): string {
  return `${slugify(design.name || 'design')}.${ext}`;
}

export function downloadDesign(design: Design): void {
  downloadText(`${JSON.stringify(design, null, 2)}\n`, designFileName(design));
}

/** Files larger than the design loader's own cap are refused before reading. */
export const MAX_FILE_BYTES = MAX_DESIGN_TEXT_LENGTH;

export async function readFileText(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `the browser could not read ${file.name}` };
  }
}
