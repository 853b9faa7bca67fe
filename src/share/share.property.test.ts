import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign } from '../model/parse';
import { designArb } from '../../test/arbitraries';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare } from './share';

/** Whatever decodeShare returns must be a design the one load path accepts as is. */
function expectSafe(text: string): void {
  const r = decodeShare(text);
  if (r.ok) expect(parseDesign(JSON.parse(JSON.stringify(r.value))).ok).toBe(true);
  else expect(r.errors.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
}

describe('share link properties', () => {
  it('the arbitrary makes valid designs', () => {
    fc.assert(fc.property(designArb, (d) => {
      expect(parseDesign(d)).toEqual({ ok: true, value: d });
    }), { numRuns: 200 });
  });

  it('decode(encode(design)) equals the design', () => {
    fc.assert(fc.property(designArb, (d) => {
      expect(decodeShare(encodeShare(d))).toEqual({ ok: true, value: d });
    }), { numRuns: 500 });
  });

  it('random bytes never throw and never yield an invalid design', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      expectSafe(`d=1.${toBase64Url(bytes)}`);
    }), { numRuns: 1000 });
  });

  it('random text never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      expectSafe(s);
    }), { numRuns: 500 });
  });

  it('mutated valid links never throw and never yield an invalid design', () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
      ch: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
    });
    fc.assert(
      fc.property(designArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (d, muts) => {
        let link = encodeShare(d);
        for (const m of muts) {
          const i = 4 + (m.at % Math.max(1, link.length - 4));
          if (m.kind === 'replace') link = link.slice(0, i) + m.ch + link.slice(i + 1);
          else if (m.kind === 'delete') link = link.slice(0, i) + link.slice(i + 1);
          else if (m.kind === 'insert') link = link.slice(0, i) + m.ch + link.slice(i);
          else link = link.slice(0, i);
        }
        expectSafe(link);
      }),
      { numRuns: 500 },
    );
  });
});
