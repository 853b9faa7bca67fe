import { describe, expect, it } from 'vitest';
import { Deflate } from 'fflate';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare } from './share';

const valid = encodeShare(sampleDesign());
const errorOf = (text: string): string => {
  const r = decodeShare(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.errors.join('; ');
};

/** Raw deflate of `total` zero bytes, streamed so the test never holds the inflated data. */
function zeroBomb(total: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const mb = new Uint8Array(1024 * 1024);
  for (let i = 0; i < total / mb.length; i++) d.push(mb, false);
  d.push(new Uint8Array(0), true);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

describe('hostile share links fail safely with a clear message', () => {
  it('refuses truncated links', () => {
    for (const cut of [1, 5, 20, Math.floor(valid.length / 2)]) {
      expect(errorOf(valid.slice(0, valid.length - cut))).toMatch(/cut off|damaged|truncated/);
    }
  });

  it('refuses corrupted links (the checksum catches changes deflate accepts)', () => {
    const i = Math.floor(valid.length * 0.6);
    const flipped = valid.slice(0, i) + (valid[i] === 'A' ? 'B' : 'A') + valid.slice(i + 1);
    expect(errorOf(flipped)).toMatch(/damaged|cut off/);
    expect(errorOf(`${valid.slice(0, 10)}!${valid.slice(11)}`)).toMatch(/character that does not belong/);
  });

  it('refuses wrong, missing and future versions', () => {
    expect(valid.startsWith('d=2.')).toBe(true);
    expect(errorOf(valid.replace('d=2.', 'd=3.'))).toMatch(/share format 3, newer than this app understands \(2\); update the app/);
    expect(errorOf(valid.replace('d=2.', 'd=9.'))).toMatch(/share format 9, newer than this app/);
    expect(errorOf(valid.replace('d=2.', 'd=0.'))).toMatch(/unknown share format 0/);
    expect(errorOf(valid.replace('d=2.', 'd='))).toMatch(/format version is missing/);
    expect(errorOf('https://example.org/')).toMatch(/not a design link/);
  });

  it('refuses a compression bomb (300 MB of zeros) quickly, without inflating it', () => {
    const bomb = zeroBomb(300 * 1024 * 1024);
    const link = `d=1.${toBase64Url(bomb)}`;
    const t0 = performance.now();
    expect(errorOf(link)).toMatch(/unpacks to more than 5 MB/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses oversized link text before decoding', () => {
    expect(errorOf(`d=1.${'A'.repeat(3 * 1024 * 1024)}`)).toMatch(/refused past 2 MB/);
  });

  it('refuses __proto__ keys in tags and positions', () => {
    const withTags: Design = sampleDesign();
    withTags.vnets[0]!.tags = JSON.parse('{"__proto__": "polluted"}') as Record<string, string>;
    expect(errorOf(encodeShare(withTags))).toMatch(/forbidden key "__proto__"/);
    const withPos: Design = sampleDesign();
    withPos.layout.positions = JSON.parse('{"__proto__": {"x": 1, "y": 2}}') as Record<string, { x: number; y: number }>;
    expect(errorOf(encodeShare(withPos))).toMatch(/forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a well-formed link whose design breaks the schema, through parseDesign', () => {
    const bad = sampleDesign();
    bad.peerings[0]!.to = 'vnet-missing';
    expect(errorOf(encodeShare(bad))).toMatch(/invalid design: peerings\[0\]\.to: unknown VNet "vnet-missing"/);
  });
});
