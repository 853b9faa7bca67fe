import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Names, camelCase, nameHash, snakeCase, symbolName, words } from './names';

/** The specification of `words`: the regex pipeline the one-pass ASCII scanner replaces. */
const oracle = (text: string): string[] =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

describe('words', () => {
  it('splits kebab, camel and Pascal case and drops punctuation', () => {
    expect(words('spoke-12')).toEqual(['spoke', '12']);
    expect(words('GatewaySubnet')).toEqual(['gateway', 'subnet']);
    expect(words('aB1cD')).toEqual(['a', 'b1c', 'd']);
    expect(words('ABC')).toEqual(['abc']);
    expect(words('--x__y  z--')).toEqual(['x', 'y', 'z']);
    expect(words('')).toEqual([]);
  });

  it('agrees with the regex specification on names made of tricky characters, ASCII or not', () => {
    const unit = fc.constantFrom('a', 'z', 'B', 'Z', '0', '9', '-', '_', ' ', '.', '\u00e9', '\u0130', '\u00c9');
    fc.assert(fc.property(fc.string({ unit }), (t) => {
      expect(words(t)).toEqual(oracle(t));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => {
      expect(words(t)).toEqual(oracle(t));
    }), { numRuns: 1000 });
  });

  it('camelCase agrees with the word-list specification', () => {
    const spec = (t: string, fallback: string): string => {
      const out = oracle(t).map((x, i) => (i === 0 ? x : x.charAt(0).toUpperCase() + x.slice(1))).join('');
      return out === '' ? fallback : /^[0-9]/.test(out) ? `${fallback}${out}` : out;
    };
    const unit = fc.constantFrom('a', 'q', 'B', 'Z', '0', '7', '-', '_', ' ', '.', '\u00e9', '\u0130');
    fc.assert(fc.property(fc.string({ unit }), (t) => {
      expect(camelCase(t, 'fb')).toBe(spec(t, 'fb'));
    }), { numRuns: 2000 });
  });

  it('feeds the symbol builders', () => {
    expect(camelCase('hub snet-app', 'x')).toBe('hubSnetApp');
    expect(camelCase('1st', 'x')).toBe('x1st');
    expect(snakeCase('spoke-1 GatewaySubnet', 'r')).toBe('spoke_1_gateway_subnet');
  });
});

/** The specification of `Names`: a set of the lower-case names taken. */
class SpecNames {
  private readonly taken: Set<string>;
  constructor(reserved: readonly string[]) {
    this.taken = new Set(reserved.map((r) => r.toLowerCase()));
  }
  take(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

describe('Names', () => {
  // a small alphabet makes case-insensitive collisions (and numbered names colliding again) common
  const unit = fc.constantFrom('v', 'n', 'e', 't', 'x', '0', '2', '-', ' ', '_', 'V', 'N', '\u00e9', '\u0130');
  const prefix = fc.constantFrom('', 'vnet', 'v', 'x', 'rsIpConfig', 'vNet');

  it('take agrees with a set of lower-case names, reserved names included', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 40 }), (bases) => {
      const names = new Names(['location', 'vnet', 'Location']);
      const spec = new SpecNames(['location', 'vnet', 'Location']);
      for (const b of bases) expect(names.take(b)).toBe(spec.take(b));
    }), { numRuns: 1000 });
  });

  it('takeSymbol gives what take(symbolName(...)) gives', () => {
    fc.assert(fc.property(fc.array(fc.tuple(prefix, fc.string({ unit, maxLength: 8 })), { maxLength: 30 }), (items) => {
      const fast = new Names(['location', 'vnet']);
      const spec = new SpecNames(['location', 'vnet']);
      for (const [p, n] of items) expect(fast.takeSymbol(p, n)).toBe(spec.take(symbolName(p, n)));
    }), { numRuns: 1000 });
  });

  it('tells apart different names with the same hash', () => {
    expect(nameHash('vnety0zz')).toBe(nameHash('vnet12iha'));
    const names = new Names();
    expect(names.takeSymbol('vnet', 'y0zz')).toBe('vnetY0zz');
    expect(names.takeSymbol('vnet', 'vnet12iha')).toBe('vnet12iha');
    expect(names.take('VNET12IHA')).toBe('VNET12IHA2');
    expect(names.takeSymbol('vnet', 'vnet-y0zz')).toBe('vnetY0zz2');
    expect(names.take('vnet12iha')).toBe('vnet12iha3');
  });

  it('names the usual kebab-case names', () => {
    const names = new Names();
    expect(names.takeSymbol('snet', 'spoke-454 snet-app')).toBe('snetSpoke454SnetApp');
    expect(names.takeSymbol('vnet', 'vnet-hub')).toBe('vnetHub');
    expect(names.takeSymbol('vnet', 'VNET-hub')).toBe('vnetHub2');
    expect(names.takeSymbol('rt', '1st')).toBe('rtX1st');
    expect(names.takeSymbol('x', '1st')).toBe('x1st');
    expect(names.takeSymbol('rt', '--')).toBe('rtX');
  });
});
