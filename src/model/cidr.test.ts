import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cidrBounds, cidrContains, cidrOverlaps, cidrSize, findOverlaps, freeBlocks, hasHostBits, isValidCidr,
  isValidIpAddress, nextFreeBlock, normaliseCidr, parseCidr, splitCidr, usableSubnetAddresses,
} from './cidr';

// ---- A deliberately naive bigint oracle, independent of ip-num ----
const BITS = { 4: 32, 6: 128 } as const;
type Fam = 4 | 6;
const v4 = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => ((n >> s) & 255n).toString()).join('.');
const v6Full = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - i * 16)) & 0xffffn).toString(16)).join(':');
const text = (fam: Fam, n: bigint, len: number) => `${fam === 4 ? v4(n) : v6Full(n)}/${len}`;
const oracle = (fam: Fam, n: bigint, len: number) => {
  const size = 1n << BigInt(BITS[fam] - len);
  const start = (n / size) * size;
  return { start, end: start + size - 1n, size, hostBits: n !== start };
};

const cidrArb = fc.oneof(
  fc.tuple(fc.constant(4 as Fam), fc.bigInt(0n, (1n << 32n) - 1n), fc.integer({ min: 0, max: 32 })),
  fc.tuple(fc.constant(6 as Fam), fc.bigInt(0n, (1n << 128n) - 1n), fc.integer({ min: 0, max: 128 })),
);

describe('parseCidr against the bigint oracle', () => {
  it('finds the same start, end, size and host bits', () => {
    fc.assert(
      fc.property(cidrArb, ([fam, n, len]) => {
        const t = text(fam, n, len);
        const r = parseCidr(t);
        const o = oracle(fam, n, len);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.family).toBe(fam);
        expect(r.value.start).toBe(o.start);
        expect(r.value.end).toBe(o.end);
        expect(cidrSize(t)).toBe(o.size.toString());
        expect(hasHostBits(t)).toBe(o.hostBits);
      }),
    );
  });

  it('normalises to the network address, and normalising is idempotent', () => {
    fc.assert(
      fc.property(cidrArb, ([fam, n, len]) => {
        const norm = normaliseCidr(text(fam, n, len));
        expect(norm).toBeDefined();
        if (!norm) return;
        expect(hasHostBits(norm)).toBe(false);
        expect(normaliseCidr(norm)).toBe(norm);
        const r = parseCidr(norm);
        expect(r.ok && r.value.start).toBe(oracle(fam, n, len).start);
      }),
    );
  });

  it('overlap and containment agree with interval arithmetic', () => {
    fc.assert(
      fc.property(cidrArb, cidrArb, ([fa, na, la], [fb, nb, lb]) => {
        const a = oracle(fa, na, la);
        const b = oracle(fb, nb, lb);
        const same = fa === fb;
        expect(cidrOverlaps(text(fa, na, la), text(fb, nb, lb))).toBe(same && a.start <= b.end && b.start <= a.end);
        expect(cidrContains(text(fa, na, la), text(fb, nb, lb))).toBe(same && a.start <= b.start && b.end <= a.end);
      }),
    );
  });

  it('rejects what is not CIDR notation', () => {
    for (const bad of ['', '10.0.0.0', '10.0.0.0/33', '10.0.0/16', '10.0.0.256/24', 'abc/8', '10.0.0.0/-1', '2001:db8::/129', '010.0.0.0/8', '10.0.0.0/16/1', ' /8', '::g/64']) {
      expect(isValidCidr(bad), bad).toBe(false);
      const r = parseCidr(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.message).toMatch(/./);
    }
  });

  it('prints IPv6 compressed in lower case', () => {
    expect(normaliseCidr('2001:DB8:0:0:0:0:0:0/32')).toBe('2001:db8::/32');
    expect(normaliseCidr('fd00:0:0:1::1/64')).toBe('fd00:0:0:1::/64');
    expect(normaliseCidr('10.10.10.0/16')).toBe('10.10.0.0/16');
  });
});

describe('sizes and bounds', () => {
  it('gives first/last address and usable addresses (size minus 5)', () => {
    expect(cidrBounds('10.0.0.0/24')).toEqual({ first: '10.0.0.0', last: '10.0.0.255' });
    expect(usableSubnetAddresses('10.0.0.0/24')).toBe('251');
    expect(usableSubnetAddresses('10.0.0.0/29')).toBe('3');
    expect(usableSubnetAddresses('10.0.0.0/32')).toBe('0');
    expect(cidrSize('2001:db8::/64')).toBe((1n << 64n).toString());
  });
  it('validates plain addresses', () => {
    expect(isValidIpAddress('10.0.1.4')).toBe(true);
    expect(isValidIpAddress('fd00::4')).toBe(true);
    expect(isValidIpAddress('10.0.1')).toBe(false);
    expect(isValidIpAddress('10.0.1.04')).toBe(false);
  });
});

describe('splitCidr', () => {
  it('splits into contiguous, aligned blocks that exactly cover the range', () => {
    fc.assert(
      fc.property(cidrArb, fc.integer({ min: 0, max: 8 }), ([fam, n, len], extra) => {
        const newLen = Math.min(BITS[fam], len + extra);
        const parts = splitCidr(text(fam, n, len), newLen);
        expect(parts).toBeDefined();
        if (!parts) return;
        const o = oracle(fam, n, len);
        expect(parts.length).toBe(2 ** (newLen - len));
        const step = 1n << BigInt(BITS[fam] - newLen);
        parts.forEach((p, i) => {
          const r = parseCidr(p);
          expect(r.ok && r.value.start).toBe(o.start + BigInt(i) * step);
          expect(hasHostBits(p)).toBe(false);
        });
      }),
    );
  });
  it('refuses a shorter prefix or a too-large split', () => {
    expect(splitCidr('10.0.0.0/16', 8)).toBeUndefined();
    expect(splitCidr('10.0.0.0/8', 30)).toBeUndefined();
  });
});

describe('nextFreeBlock (IPAM)', () => {
  it('returns the lowest aligned block inside the pool that overlaps nothing to avoid', () => {
    const v4Block = fc.tuple(fc.bigInt(0n, (1n << 16n) - 1n), fc.integer({ min: 16, max: 28 }));
    fc.assert(
      fc.property(fc.array(v4Block, { maxLength: 12 }), fc.integer({ min: 16, max: 28 }), (used, size) => {
        const pool = '10.0.0.0/16';
        const base = 10n << 24n;
        const avoid = used.map(([off, len]) => text(4, base + (off << 0n), len));
        const got = nextFreeBlock(pool, size, avoid);
        // oracle: scan aligned candidates in order
        const step = 1n << BigInt(32 - size);
        let expected: string | undefined;
        for (let s = base; s + step - 1n <= base + 65535n; s += step) {
          const clash = avoid.some((a) => cidrOverlaps(a, text(4, s, size)));
          if (!clash) {
            expected = text(4, s, size);
            break;
          }
        }
        expect(got === undefined ? undefined : normaliseCidr(got)).toBe(expected === undefined ? undefined : normaliseCidr(expected));
      }),
      { numRuns: 150 },
    );
  });
  it('works for IPv6 and reports a full pool as undefined', () => {
    expect(nextFreeBlock('fd00::/48', 64, ['fd00::/64', 'fd00:0:0:1::/64'])).toBe('fd00:0:0:2::/64');
    expect(nextFreeBlock('10.0.0.0/24', 24, ['10.0.0.128/25'])).toBeUndefined();
    expect(nextFreeBlock('10.0.0.0/24', 16, [])).toBeUndefined();
  });
});

describe('freeBlocks', () => {
  it('covers exactly the unused part of the pool with aligned blocks', () => {
    expect(freeBlocks('10.0.0.0/22', ['10.0.1.0/24'])).toEqual(['10.0.0.0/24', '10.0.2.0/23']);
    expect(freeBlocks('10.0.0.0/24', ['10.0.0.0/24'])).toEqual([]);
    expect(freeBlocks('10.0.0.0/24', [])).toEqual(['10.0.0.0/24']);
  });
});

describe('findOverlaps', () => {
  it('reports exactly the overlapping pairs, without comparing all pairs', () => {
    fc.assert(
      fc.property(fc.array(cidrArb, { maxLength: 30 }), (list) => {
        const items = list.map(([f, n, l], i) => {
          const r = parseCidr(text(f, n, l));
          if (!r.ok) throw new Error('generator made invalid CIDR');
          return { range: r.value, item: i };
        });
        const got = new Set(findOverlaps(items).map(([a, b]) => [a.item, b.item].sort((x, y) => x - y).join('-')));
        const want = new Set<string>();
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++) {
            const a = items[i]!.range;
            const b = items[j]!.range;
            if (a.family === b.family && a.start <= b.end && b.start <= a.end) want.add(`${i}-${j}`);
          }
        expect(got).toEqual(want);
      }),
    );
  });
});
