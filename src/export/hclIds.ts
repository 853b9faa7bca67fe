/**
 * Terraform resource identifiers, fast: a 1,000-spoke export names 6,000 resources. `snakeWords` is
 * `words(text).join('_')` (names.ts) in one pass for ASCII text; identifiers of composite names
 * (`<vnet> <subnet> rt`) are joined from the words of their parts, each part's words worked out once.
 */
import { fnv, FNV_START, fnvMore, HASH_BITS, words } from './names';

/** `words(text).join('_')`: the lower-case ASCII letter and digit words of a name, joined by `_`. */
export function snakeWords(text: string): string {
  return simpleWords(text) ?? anyWords(text);
}

/**
 * The common case without slicing: lower-case letters and digits in words separated by single `-` or
 * `_` (`peer-spoke-1-to-hub`): the text itself with `-` written `_`. Undefined for any other text.
 */
function simpleWords(text: string): string | undefined {
  let dash = false;
  let prevAlnum = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) prevAlnum = true;
    else if ((c === 45 || c === 95) && prevAlnum) {
      dash ||= c === 45;
      prevAlnum = false;
    } else return undefined;
  }
  if (!prevAlnum && text !== '') return undefined;
  return dash ? text.replaceAll('-', '_') : text;
}

function anyWords(text: string): string {
  let out = '';
  let start = -1;
  let prevLowerOrDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return words(text).join('_');
    const upper = c >= 65 && c <= 90;
    const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (upper && prevLowerOrDigit) {
      out += (out === '' ? '' : '_') + text.slice(start, i);
      start = i;
    } else if (!upper && !lowerOrDigit) {
      if (start >= 0) out += (out === '' ? '' : '_') + text.slice(start, i);
      start = -1;
    } else if (start < 0) start = i;
    prevLowerOrDigit = lowerOrDigit;
  }
  if (start >= 0) out = start === 0 ? text : out + (out === '' ? '' : '_') + text.slice(start);
  return out.toLowerCase();
}

/** The words of a name made of parts separated by spaces, from each part's `snakeWords`. */
export function joinWords(a: string, b: string, c = ''): string {
  let out = a;
  if (b !== '') out = out === '' ? b : out + '_' + b;
  if (c !== '') out = out === '' ? c : out + '_' + c;
  return out;
}

/** `snakeCase` (names.ts) from a name's `snakeWords`: the fallback when empty or starting with a digit. */
export function snakeId(snake: string, fallback: string): string {
  if (snake === '') return fallback;
  const c = snake.charCodeAt(0);
  return c >= 48 && c <= 57 ? fallback + '_' + snake : snake;
}

// `Ids` files identifiers by names.ts's FNV-1a hash, cut to HASH_BITS (hash + 1 marks a used slot)
/** the hash of `r_`, the prefix `snakeId` gives words that start with a digit */
const R_HASH = fnv(fnv(FNV_START, 114), 95);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Hands out identifiers unique within one file, as `Names` does, for identifiers that are already lower
 * case (every `snakeId` is: `Names` would lower-case each one again to compare).
 *
 * Identifiers are filed by a hash that `ofName` and `ofWords` compute while they make the identifier:
 * in a Set, V8 would flatten each freshly concatenated identifier and hash it again. The table is an
 * open-addressing one of our own (linear probing, at most half full); identifiers of the same hash are
 * told apart by comparing them.
 */
export class Ids {
  /** hash + 1 of the identifier in each slot, 0 for a free slot */
  private hashes = new Int32Array(1024);
  /** the identifier in each slot */
  private names: string[] = new Array<string>(1024);
  private count = 0;

  /** `take(snakeId(snakeWords(name), 'r'))`, in one pass for names like `peer-spoke-1-to-hub`. */
  ofName(name: string): string {
    // simpleWords, hashing the identifier as it goes and writing each `-` as `_`
    const digit = name.length > 0 && isDigit(name.charCodeAt(0));
    let h = digit ? R_HASH : FNV_START;
    let prevAlnum = false;
    let out = '';
    let start = 0;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if ((c >= 97 && c <= 122) || isDigit(c)) {
        prevAlnum = true;
        h = fnv(h, c);
      } else if ((c === 45 || c === 95) && prevAlnum) {
        prevAlnum = false;
        h = fnv(h, 95);
        if (c === 45) {
          out += name.slice(start, i) + '_';
          start = i + 1;
        }
      } else return this.take(snakeId(snakeWords(name), 'r'));
    }
    if (!prevAlnum) return this.take(snakeId(snakeWords(name), 'r'));
    const words = start === 0 ? name : out + name.slice(start);
    return this.file(digit ? 'r_' + words : words, h & HASH_BITS);
  }

  /** `take(snakeId(joinWords(a, b, c), 'r'))`, each part hashed as it is (parts are `snakeWords`). */
  ofWords(a: string, b: string, c = ''): string {
    const words = joinWords(a, b, c);
    if (words === '') return this.take('r');
    const digit = isDigit((a || b || c).charCodeAt(0));
    let h = fnvMore(digit ? R_HASH : FNV_START, a);
    if (b !== '') h = fnvMore(a === '' ? h : fnv(h, 95), b);
    if (c !== '') h = fnvMore(a === '' && b === '' ? h : fnv(h, 95), c);
    return this.file(digit ? 'r_' + words : words, h & HASH_BITS);
  }

  /** `base` if no identifier has it yet, else the first free `base2`, `base3`, ... */
  take(base: string): string {
    let name = base;
    for (let i = 2; this.slot(name, fnvMore(FNV_START, name) & HASH_BITS) < 0; i++) name = base + i;
    return this.file(name, fnvMore(FNV_START, name) & HASH_BITS);
  }

  /** The free slot where `name` of hash `hash` goes, or -1 if it is taken. */
  private slot(name: string, hash: number): number {
    const mask = this.hashes.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = this.hashes[i] as number;
      if (h === 0) return i;
      if (h === hash + 1 && this.names[i] === name) return -1;
    }
  }

  /** Takes `name` of hash `hash` if it is free, else goes the general way. */
  private file(name: string, hash: number): string {
    const i = this.slot(name, hash);
    if (i < 0) return this.take(name);
    this.hashes[i] = hash + 1;
    this.names[i] = name;
    if (++this.count * 2 > this.hashes.length) this.grow();
    return name;
  }

  private grow(): void {
    const { hashes, names } = this;
    this.hashes = new Int32Array(hashes.length * 4);
    this.names = new Array<string>(hashes.length * 4);
    const mask = this.hashes.length - 1;
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j] as number;
      if (h === 0) continue;
      let i = (h - 1) & mask;
      while (this.hashes[i] !== 0) i = (i + 1) & mask;
      this.hashes[i] = h;
      this.names[i] = names[j] as string;
    }
  }
}
