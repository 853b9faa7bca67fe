/**
 * Stable generated names: symbolic names (Bicep/Terraform identifiers, PowerShell variables), parameter
 * names and nested deployment names. They depend only on the design's names and sorted order, never on
 * time or randomness, so the same design always gives the same text.
 */

/** FNV-1a step over one UTF-16 code unit (32-bit; `>>> 0` reads it unsigned). */
export const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export const FNV_START = 0x811c9dc5;
/** FNV-1a of `text`'s code units, continuing from `h`. */
export function fnvMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = fnv(h, text.charCodeAt(i));
  return h;
}
/** Hashes cut to 30 bits: a small integer in every V8 build, and hash + 1 still fits an Int32Array. */
export const HASH_BITS = 0x3fffffff;

/** FNV-1a 32-bit hash as 8 hex digits: a short stable suffix that keeps sanitised names unique. */
export function shortHash(text: string): string {
  return (fnvMore(FNV_START, text) >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case words of a name, ASCII letters and digits only. */
export function words(text: string): string[] {
  const fast = asciiWords(text);
  if (fast) return fast;
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * `words` in one pass for ASCII names (nearly every name; 10,000+ symbols on a big estate): a word ends
 * at any character that is not a letter or digit, and before a capital that follows a lower-case letter
 * or digit. Undefined for other text, whose lower-casing can change its length (e.g. U+0130).
 */
function asciiWords(text: string): string[] | undefined {
  const out: string[] = [];
  let start = -1;
  let prevLowerOrDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    const upper = c >= 65 && c <= 90;
    const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (upper && prevLowerOrDigit) {
      out.push(text.slice(start, i).toLowerCase());
      start = i;
    } else if (!upper && !lowerOrDigit) {
      if (start >= 0) out.push(text.slice(start, i).toLowerCase());
      start = -1;
    } else if (start < 0) start = i;
    prevLowerOrDigit = lowerOrDigit;
  }
  if (start >= 0) out.push(text.slice(start).toLowerCase());
  return out;
}

export function camelCase(text: string, fallback: string): string {
  const fast = asciiCamel(text);
  const out = fast ?? words(text).map((x, i) => (i === 0 ? x : x.charAt(0).toUpperCase() + x.slice(1))).join('');
  if (out === '') return fallback;
  const c = out.charCodeAt(0);
  return c >= 48 && c <= 57 ? `${fallback}${out}` : out;
}

/**
 * `camelCase` of ASCII text in one pass, without the word list (symbol names of 10,000+ resources):
 * the words of `asciiWords`, the first lower-case, the others capitalised. Undefined for other text.
 */
function asciiCamel(text: string): string | undefined {
  // (one loop, no closure: under tsx, which keeps function names, a closure per call costs a defineProperty)
  let out = '';
  let start = -1;
  let prevLowerOrDigit = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 0x7f) return undefined;
    const upper = c >= 65 && c <= 90;
    const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const ends = start >= 0 && ((upper && prevLowerOrDigit) || (!upper && !lowerOrDigit));
    if (ends) {
      const w = text.slice(start, i).toLowerCase();
      if (out === '') out = w;
      else {
        const first = w.charCodeAt(0);
        out += (first >= 97 && first <= 122 ? String.fromCharCode(first - 32) : w.charAt(0)) + w.slice(1);
      }
      start = -1;
    }
    if (start < 0 && (upper || lowerOrDigit)) start = i;
    prevLowerOrDigit = lowerOrDigit;
  }
  return out;
}

export function snakeCase(text: string, fallback: string): string {
  const out = words(text).join('_');
  if (out === '') return fallback;
  return /^[0-9]/.test(out) ? `${fallback}_${out}` : out;
}

/** `vnet` + `vnet-hub` -> `vnetHub` (no doubled prefix); `pip` + `gw 1` -> `pipGw1`. */
export function symbolName(prefix: string, name: string): string {
  const c = camelCase(name, 'X');
  return prefix !== '' && c.toLowerCase().startsWith(prefix.toLowerCase()) && c.length > prefix.length ? `${prefix}${c.slice(prefix.length)}` : `${prefix}${c.charAt(0).toUpperCase()}${c.slice(1)}`;
}

/** The hash `Names` files a name by, from its lower-case form. */
export function nameHash(lower: string): number {
  return fnvMore(FNV_START, lower) & HASH_BITS;
}

/**
 * Hands out identifiers unique within one output file (case-insensitive, as PowerShell variables are).
 *
 * Names are filed by a hash of their lower-case form, not in a set of lower-case strings: `takeSymbol`
 * computes that hash while it makes a symbol, so a new name needs neither its lower-case string nor
 * V8's hashing of one (a freshly concatenated string is flattened first), which was most of the cost
 * of the 7,000+ symbols of a big Bicep export. A hash in use is settled by comparing the real names.
 */
export class Names {
  /** a name taken, by the hash of its lower-case form */
  private readonly byHash = new Map<number, string>();
  /** lower-case forms of names taken whose hash an earlier, different name has (rare) */
  private readonly sharedHash = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) {
      const key = r.toLowerCase();
      const hash = nameHash(key);
      if (!this.isTaken(key, hash)) this.file(r, key, hash);
    }
  }

  take(base: string): string {
    let name = base;
    let key = base.toLowerCase();
    let hash = nameHash(key);
    for (let i = 2; this.isTaken(key, hash); i++) {
      name = `${base}${i}`;
      key = name.toLowerCase();
      hash = nameHash(key);
    }
    this.file(name, key, hash);
    return name;
  }

  private isTaken(key: string, hash: number): boolean {
    const other = this.byHash.get(hash);
    return other !== undefined && (other.toLowerCase() === key || this.sharedHash.has(key));
  }

  private file(name: string, key: string, hash: number): void {
    if (this.byHash.has(hash)) this.sharedHash.add(key);
    else this.byHash.set(hash, name);
  }

  /**
   * `take(symbolName(prefix, name))` for a prefix of ASCII letters. A name of ASCII lower-case letters,
   * digits and separators (nearly every name: `spoke-454`, `peer-hub-to-spoke-819`) is made in one pass
   * that also hashes its lower-case form; other names, and a hash in use, go the general way.
   */
  takeSymbol(prefix: string, name: string): string {
    // Words are the runs of [a-z0-9] and `pascal` has each one capitalised. `lower`, their characters
    // joined (the lower-case form), is not built: it is hashed alone and after the prefix.
    const lowerPrefix = prefix.toLowerCase();
    let prefixHash = FNV_START;
    for (let i = 0; i < lowerPrefix.length; i++) prefixHash = fnv(prefixHash, lowerPrefix.charCodeAt(i));
    let lowerHash = FNV_START;
    let length = 0; // of `lower`
    let prefixMatch = 0; // positions where `lower` has the character of `lowerPrefix` (all: it starts with it)
    let pascal = '';
    let start = -1;
    for (let i = 0; i <= name.length; i++) {
      const c = i < name.length ? name.charCodeAt(i) : 32;
      if (c > 0x7f || (c >= 65 && c <= 90)) return this.take(symbolName(prefix, name));
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
        if (length === 0 && c <= 57) {
          // camelCase's fallback for a first word that starts with a digit: `X` before it
          pascal = 'X';
          if (lowerPrefix.charCodeAt(0) === 120) prefixMatch = 1;
          lowerHash = fnv(lowerHash, 120);
          prefixHash = fnv(prefixHash, 120);
          length = 1;
        }
        // (bounds tested first: charCodeAt past the end gives NaN, a slow path in optimised code)
        if (length < lowerPrefix.length && lowerPrefix.charCodeAt(length) === c) prefixMatch++;
        lowerHash = fnv(lowerHash, c);
        prefixHash = fnv(prefixHash, c);
        length++;
      } else if (start >= 0) {
        const first = name.charCodeAt(start);
        pascal += (first >= 97 ? String.fromCharCode(first - 32) : name.charAt(start)) + name.slice(start + 1, i);
        start = -1;
      }
    }
    // camelCase's fallback for a name without words: `X`
    if (length === 0) return this.take(symbolName(prefix, name));
    // symbolName: a name that already starts with the prefix keeps its own spelling after it
    const own = prefix !== '' && prefixMatch === lowerPrefix.length && length > prefix.length;
    const sym = own ? prefix + pascal.slice(prefix.length) : prefix + pascal;
    const hash = (own ? lowerHash : prefixHash) & HASH_BITS;
    if (this.byHash.has(hash)) return this.take(sym);
    this.byHash.set(hash, sym);
    return sym;
  }
}

/**
 * A nested deployment / module name: letters, digits, `-`, `_`, `.`, `(`, `)` only, at most 64 characters
 * (Microsoft.Resources/deployments name rules), made unique by a hash of what it deploys.
 */
export function deploymentName(stage: string, label: string, key: string): string {
  const slug = words(label).join('-').slice(0, 40) || 'x';
  return `${stage}-${slug}-${shortHash(key)}`.slice(0, 64);
}
