import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign } from '../model/parse';
import { designArb } from '../../test/arbitraries';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare } from './share';

/**
 * The 500-run properties take seconds on an idle machine and minutes on a shared, loaded one: bounded by
 * run counts, not by the clock (the default 60 s timeout made them fail under load).
 */
const SLOW = 15 * 60_000;

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
  }, SLOW);

  it('the arbitrary covers every on-premises connection field (so the round trip above exercises them)', () => {
    const sites = fc.sample(designArb, { seed: 11, numRuns: 300 }).flatMap((d) => d.onPremises);
    for (const key of ['gatewayId', 'connectionType', 'gatewayIpAddress', 'fqdn', 'bgp', 'expressRouteCircuitId'] as const) {
      expect(sites.filter((o) => o[key] !== undefined).length, key).toBeGreaterThan(10);
    }
    expect(new Set(sites.map((o) => o.connectionType))).toEqual(new Set([undefined, 'IPsec', 'ExpressRoute']));
  });

  it('random bytes never throw and never yield an invalid design, in either format', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(1, 2), (bytes, format) => {
      expectSafe(`d=${format}.${toBase64Url(bytes)}`);
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
  }, SLOW);
});
