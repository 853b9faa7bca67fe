/**
 * base64url without padding (RFC 4648 section 5): the alphabet that survives URLs, chat tools and
 * e-mail unescaped. Decoding is strict: any other character is refused, never skipped.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i] ?? 0;
    const b = data[i + 1] ?? 0;
    const c = data[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < data.length ? 4 : i + 1 < data.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function fromBase64Url(text: string): Base64Result {
  if (text.length % 4 === 1) return { ok: false, message: 'the link is cut off or damaged (its length is impossible)' };
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const v = LOOKUP.get(ch);
    if (v === undefined) {
      return { ok: false, message: `the link contains a character that does not belong in it ("${ch}" at position ${i + 1})` };
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out.subarray(0, o) };
}
