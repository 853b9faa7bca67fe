import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ids, joinWords, snakeId, snakeWords } from './hclIds';
import { Names, snakeCase, words } from './names';

// The Terraform export derives identifiers from words worked out once per name; they must name resources exactly as
// snakeCase + Names do.
const unit = fc.constantFrom('a', 'z', 'B', 'Z', '0', '9', '-', '_', ' ', '.', '\u00e9', '\u0130');
const name = fc.oneof(fc.string({ unit }), fc.string({ unit: 'binary', maxLength: 8 }));

describe('hclIds', () => {
  it('snakeWords is words().join("_"), for simple names and any other text', () => {
    for (const t of ['peer-spoke-1-to-hub', 'snet_app', 'hub', '', '-x', 'x-', 'a--b', 'GatewaySubnet', 'rt 1', '\u0130x']) {
      expect(snakeWords(t)).toBe(words(t).join('_'));
    }
    fc.assert(fc.property(name, (t) => {
      expect(snakeWords(t)).toBe(words(t).join('_'));
    }), { numRuns: 3000 });
  });

  it('identifiers of composite names are snakeCase of the space-joined name', () => {
    fc.assert(
      fc.property(name, name, fc.constantFrom('', 'rt', 'nsg'), (a, b, c) => {
        const whole = c === '' ? `${a} ${b}` : `${a} ${b} ${c}`;
        expect(snakeId(joinWords(snakeWords(a), snakeWords(b), c), 'r')).toBe(snakeCase(whole, 'r'));
      }),
      { numRuns: 2000 },
    );
  });

  it('hands out the same unique identifiers as Names', () => {
    const base = fc.constantFrom('a', 'a2', 'a3', 'b', 'r', 'r_1', 'x_2');
    fc.assert(
      fc.property(fc.array(base, { maxLength: 20 }), (bases) => {
        const ids = new Ids();
        const names = new Names();
        expect(bases.map((b) => ids.take(b))).toEqual(bases.map((b) => names.take(b)));
      }),
    );
  });

  it('makes identifiers of names and of word parts as snakeCase + Names do', () => {
    // (`x3rnw` and `xkpba` share a 30-bit FNV-1a hash: Names must still tell them apart)
    const part = fc.oneof(name, fc.constantFrom('x3rnw', 'xkpba', 'x3rnw2', 'peer-hub-to-spoke-1', '1-a', 'rt'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), part, part, fc.constantFrom('', 'rt', 'nsg')), { maxLength: 30 }), (items) => {
        const ids = new Ids();
        const names = new Names();
        for (const [whole, a, b, c] of items) {
          if (whole) expect(ids.ofName(a)).toBe(names.take(snakeCase(a, 'r')));
          else expect(ids.ofWords(snakeWords(a), snakeWords(b), c)).toBe(names.take(snakeCase(`${a} ${b} ${c}`, 'r')));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every identifier over thousands of names', () => {
    const ids = new Ids();
    const names = new Names();
    for (let i = 0; i < 3000; i++) {
      const name = `peer-spoke-${i % 1700}-to-hub`;
      expect(ids.ofName(name)).toBe(names.take(snakeCase(name, 'r')));
    }
  });
});
