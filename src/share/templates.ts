/**
 * Derived names on the wire. Ids and names mostly repeat other names ("link-hub-to-spoke1" is built
 * from two VNet names), so a string is written as literal pieces and references to the values in
 * scope (`vars`): only the glue text ("link-", "-to-") reaches the string table, once. The split is
 * a greedy longest match; decoding just concatenates, so any string round-trips whatever it contains.
 */
import { MAX_WIRE_STRING, WireError, type ByteReader, type ByteWriter } from './bytes';

export function writeTemplate(w: ByteWriter, text: string, vars: readonly string[]): void {
  const parts: ({ lit: string } | { v: number })[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let bestLen = 1;
    vars.forEach((v, k) => {
      if (v.length > bestLen && text.startsWith(v, i)) {
        best = k;
        bestLen = v.length;
      }
    });
    if (best >= 0) {
      if (literal) parts.push({ lit: literal });
      literal = '';
      parts.push({ v: best });
      i += bestLen;
    } else {
      literal += text.charAt(i);
      i++;
    }
  }
  if (literal) parts.push({ lit: literal });
  w.uint(parts.length);
  for (const p of parts) {
    if ('lit' in p) {
      w.uint(0);
      w.str(p.lit);
    } else {
      w.uint(p.v + 1);
    }
  }
}

export function readTemplate(r: ByteReader, vars: readonly string[]): string {
  const n = r.count(MAX_WIRE_STRING);
  let out = '';
  for (let i = 0; i < n; i++) {
    const k = r.uint();
    const piece = k === 0 ? r.str() : vars[k - 1];
    if (piece === undefined) throw new WireError('a name in the link refers to something it does not contain');
    out += piece;
    // A tiny template could repeat a long name many times: stop before building an oversized string.
    if (out.length > MAX_WIRE_STRING) throw new WireError('a name in the link is longer than any design allows');
  }
  r.spend(out.length);
  return out;
}
