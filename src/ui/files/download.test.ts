import { describe, expect, it } from 'vitest';
import { readFileText } from './download';

const json = '[{"Name":"vnet-hub","Tag":{"owner":"Zoë"}}]';

function utf16(text: string, littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('readFileText', () => {
  it('reads UTF-8 (with or without a byte-order mark) and UTF-16 files with a byte-order mark', async () => {
    const utf8 = new TextEncoder().encode(json);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [new Uint8Array(utf8), withBom, utf16(json, true), utf16(json, false)]) {
      expect(await readFileText(new File([bytes], 'estate.json'))).toEqual({ ok: true, text: json });
    }
  });
});
