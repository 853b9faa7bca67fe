/**
 * The JSON text writer must give exactly what `JSON.stringify(value, null, 2)` gives: escaping (control
 * characters, quotes, lone surrogates), layout at any depth, empty objects and arrays, key order, and
 * text split into chunks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arr, chars, json, JsonWriter, more, obj, OpenArray, Shape, str, strs, type Json } from './jsonText';
import { escapeJsonBidi } from './escape';

/** `value` as JSON.stringify writes it as the only item of arrays nested `depth` deep, cut out again. */
function atDepth(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // before: `[`, a newline and the indentation per level; after: a newline, the indentation and `]`
  const before = depth * depth + 3 * depth;
  const after = depth * depth + depth;
  return text.slice(before, text.length - after);
}

describe('jsonText', () => {
  it('escapes strings as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udfff', '\ud83d\ude00', '"', '\\', '\n', '\u0000', '\u007f', '\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 20 }), (s) => {
        expect(str(s)).toBe(escapeJsonBidi(JSON.stringify(s)));
        expect(`"${chars(s)}"`).toBe(escapeJsonBidi(JSON.stringify(s)));
        expect(JSON.parse(str(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('writes any JSON value as JSON.stringify(value, null, 2) does, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(4), (v, depth) => {
        expect(json(depth, v as Json)).toBe(atDepth(v, depth));
      }),
      { numRuns: 300 },
    );
    expect(json(0, { b: 1, 2: 'x', a: [], c: {} })).toBe(JSON.stringify({ b: 1, 2: 'x', a: [], c: {} }, null, 2));
  });

  it('builds objects, arrays and further members', () => {
    const value = { a: ['x', 'y"'], b: { c: true }, d: [] };
    const text = obj(1, ['"a": ' + strs(2, value.a), '"b": ' + obj(2, ['"c": true']) + more(1, ['"d": ' + arr(2, [])])]);
    expect(text).toBe(atDepth(value, 1));
    expect(more(1, [])).toBe('');
  });

  it('fills a shape: holes in order, `$schema` and constants left whole', () => {
    const shape = new Shape('{\n  "$schema": "<url>",\n  "name": "$",\n  "list": $$\n}', 2, { url: 'u$v' });
    const w = new JsonWriter();
    shape.write(w, [chars('a\n"b'), strs(3, ['p', 'q'])], more(2, ['"z": 0']));
    expect(w.text()).toBe(atDepth({ $schema: 'u$v', name: 'a\n"b', list: ['p', 'q'], z: 0 }, 2));
    expect(shape.fill([chars('n'), '[]', ''])).toBe(atDepth({ $schema: 'u$v', name: 'n', list: [] }, 2));
    expect(() => shape.fill(['only one'])).toThrow(/3 holes given 1/);
  });

  it('gives a shape\'s constant pieces, which joined around the values are the filled text', () => {
    const shape = new Shape('{\n  "a": "$",\n  "b": $\n}', 1);
    expect(shape.holes).toBe(2);
    const values = [chars('x"y'), '[]'];
    expect(shape.piece(0) + values[0] + shape.piece(1) + values[1] + shape.piece(2)).toBe(shape.fill(values));
    expect(shape.fill(values)).toBe(atDepth({ a: 'x"y', b: [] }, 1));
    expect(() => shape.piece(3)).toThrow(/no piece 3/);
  });

  it('writes long arrays across chunks, and lists written in place', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `item-${i}`, n: i }));
    const w = new JsonWriter();
    const item = new Shape('{\n  "id": "$",\n  "n": $\n}', 2);
    w.add('{\n  "items": ');
    w.list(1, (next) => items.forEach((x) => (next(), item.write(w, [chars(x.id), String(x.n)]))));
    w.add(',\n  "none": ');
    new OpenArray(w, 1).close();
    w.add(',\n  "listed": ');
    w.list(1, (item) => items.slice(0, 3).forEach((x) => (item(), w.add(String(x.n)))));
    w.add(',\n  "unlisted": ');
    w.list(1, () => undefined);
    w.add(',\n  "open": ');
    const open = new OpenArray(w, 1);
    for (const x of items.slice(0, 2)) {
      open.item();
      w.add(str(x.id));
    }
    open.close();
    expect(open.length).toBe(2);
    w.add('\n}');
    expect(w.text()).toBe(JSON.stringify({ items, none: [], listed: [0, 1, 2], unlisted: [], open: ['item-0', 'item-1'] }, null, 2));
  });
});
