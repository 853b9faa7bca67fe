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
    const bytes = new Uint8Array(await file.arrayBuffer());
    // UTF-16 with a byte-order mark is what Windows PowerShell 5.1's `>` writes (a ConvertTo-Json dump).
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  } catch {
    return { ok: false, message: `the browser could not read ${file.name}` };
  }
}
