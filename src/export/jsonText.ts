/**
 * JSON text written directly, laid out exactly as `JSON.stringify(value, null, 2)` lays it out, for the
 * ARM template (3.7 MB for a 1,000-spoke hub). Each kind of resource is a `Shape`: its text with holes,
 * whose keys and indentation are written once, so that a resource is a few constant pieces and its values
 * instead of a tree of objects that JSON.stringify then walks key by key, indenting every line anew.
 *
 * A `JsonWriter` collects the pieces and joins them every 2,048 pieces (some 40 KB), while they are still
 * in the processor's cache, and those chunks once at the end. Small variable parts (a route list,
 * optional members) are strings built with `+`.
 *
 * `depth` is the nesting depth of the value being written: its members are indented 2 * (depth + 1)
 * spaces and its closing bracket 2 * depth. A member is `"key": value`.
 */

import { escapeJsonBidi } from './escape';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** `\n` and the indentation of depth i */
const NEWLINE: string[] = [];
/** `,\n` and the indentation of depth i: between members or items */
const NEXT: string[] = [];

function indent(depth: number): void {
  while (NEWLINE.length <= depth) {
    const nl = `\n${'  '.repeat(NEWLINE.length)}`;
    NEWLINE.push(nl);
    NEXT.push(`,${nl}`);
  }
}

/**
 * Everything JSON.stringify writes as it is: not `"`, `\`, a control character or a (possibly lone)
 * surrogate; nor a bidi control, which JSON.stringify leaves raw but every export escapes (escape.ts).
 */
// eslint-disable-next-line no-control-regex
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff\u202a-\u202e\u2066-\u2069]*$/;

/** A JSON string literal, escaped as JSON.stringify escapes it (and bidi controls as `\u` escapes). */
export function str(s: string): string {
  return VERBATIM.test(s) ? `"${s}"` : escapeJsonBidi(JSON.stringify(s));
}

/** The characters of a JSON string literal without its quotes: for a `"$"` hole of a `Shape`. */
export function chars(s: string): string {
  return VERBATIM.test(s) ? s : escapeJsonBidi(JSON.stringify(s)).slice(1, -1);
}

/** Members or items one per line (indented for `depth + 1`) between `open` and `close`. */
function block(depth: number, open: string, parts: readonly string[], close: string): string {
  if (parts.length === 0) return open + close;
  indent(depth + 1);
  const next = NEXT[depth + 1] as string;
  let out = open + NEWLINE[depth + 1] + parts[0];
  for (let i = 1; i < parts.length; i++) out += next + parts[i];
  return out + NEWLINE[depth] + close;
}

/** An object from its members (`"key": value` texts). */
export const obj = (depth: number, members: readonly string[]): string => block(depth, '{', members, '}');

/** An array from its items' texts. */
export const arr = (depth: number, items: readonly string[]): string => block(depth, '[', items, ']');

/** An array of strings. */
export const strs = (depth: number, values: readonly string[]): string => arr(depth, values.map(str));

/** Further members of an object at `depth`, for a hole right after a member (see `Shape`); '' for none. */
export function more(depth: number, members: readonly string[]): string {
  indent(depth + 1);
  let out = '';
  for (const m of members) out += NEXT[depth + 1] + m;
  return out;
}

/** Any JSON value (an object's members in its own key order, as JSON.stringify): for the few irregular parts. */
export function json(depth: number, value: Json): string {
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return arr(depth, value.map((v) => json(depth + 1, v)));
  return obj(
    depth,
    Object.keys(value).map((k) => `${str(k)}: ${json(depth + 1, value[k] as Json)}`),
  );
}

/** Pieces per chunk (some 40 KB of text): joined while they are still in the processor's cache. */
const CHUNK = 2048;

/** Collects one document's text (see the top of the file). */
export class JsonWriter {
  private readonly chunks: string[] = [];
  /** the current chunk's pieces (one array, reused: the first `count` are this chunk's) */
  private readonly pieces: string[] = new Array<string>(CHUNK).fill('');
  private count = 0;

  add(text: string): void {
    this.pieces[this.count++] = text;
    if (this.count === CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.count = 0;
    }
  }

  /** An array at `depth` whose items `writeItems` writes, calling `item()` before each. */
  list(depth: number, writeItems: (item: () => void) => void): void {
    const items = new OpenArray(this, depth);
    writeItems(() => items.item());
    items.close();
  }

  /** The document. */
  text(): string {
    this.chunks.push(this.pieces.slice(0, this.count).join(''));
    this.count = 0;
    return this.chunks.join('');
  }
}

/** An array at `depth` written item by item: `item()` before each item's text, `close()` after the last. */
export class OpenArray {
  /** the items begun so far */
  length = 0;

  constructor(
    private readonly w: JsonWriter,
    private readonly depth: number,
  ) {
    indent(depth + 1);
  }

  item(): void {
    this.w.add(this.length++ === 0 ? '[' + NEWLINE[this.depth + 1] : (NEXT[this.depth + 1] as string));
  }

  close(): void {
    this.w.add(this.length === 0 ? '[]' : NEWLINE[this.depth] + ']');
  }
}

/** What fills a hole: text, or a function that writes it (a long list, written in place). */
export type Hole = string | ((w: JsonWriter) => void);

/**
 * JSON text with holes: `text` is one kind of value as JSON.stringify(value, null, 2) writes it at
 * depth 0, with `$` for each hole (`"$"` for a string's characters: see `chars`; a `$` followed by a
 * letter, as in `"$schema"`, is text) and `<name>` for a constant given when the shape is made. A hole
 * right after a member takes optional members (`more`). The constant pieces are indented for `depth`.
 */
export class Shape {
  private readonly pieces: readonly string[];

  constructor(text: string, depth: number, constants: Readonly<Record<string, string>> = {}) {
    this.pieces = text
      .replace(/\n/g, `\n${'  '.repeat(depth)}`)
      .split(/\$(?![A-Za-z])/)
      .map((piece) => piece.replace(/<([A-Za-z]+)>/g, (m, name: string) => constants[name] ?? m));
  }

  /** Writes the text with `values` in its holes, in order, and `last` in the last one if given. */
  write(w: JsonWriter, values: readonly Hole[], last?: Hole): void {
    const pieces = this.pieces;
    this.check(values.length + (last === undefined ? 0 : 1));
    w.add(pieces[0] as string);
    for (let i = 0; i < values.length; i++) {
      fillHole(w, values[i] as Hole);
      w.add(pieces[i + 1] as string);
    }
    if (last !== undefined) {
      fillHole(w, last);
      w.add(pieces[pieces.length - 1] as string);
    }
  }

  /** Constant piece `i`: the text before hole `i` (after hole `i - 1`); piece `holes` ends the shape. */
  piece(i: number): string {
    const p = this.pieces[i];
    if (p === undefined) throw new Error(`shape has no piece ${i}`);
    return p;
  }

  get holes(): number {
    return this.pieces.length - 1;
  }

  /** The text with `values` in its holes (a shape nested in another one's hole). */
  fill(values: readonly string[]): string {
    const pieces = this.pieces;
    this.check(values.length);
    let out = pieces[0] as string;
    for (let i = 0; i < values.length; i++) out += (values[i] as string) + pieces[i + 1];
    return out;
  }

  private check(holes: number): void {
    if (holes !== this.holes) throw new Error(`shape with ${this.holes} holes given ${holes} values`);
  }
}

function fillHole(w: JsonWriter, hole: Hole): void {
  if (typeof hole === 'function') hole(w);
  else if (hole !== '') w.add(hole);
}
