/**
 * Stable generated names: symbolic names (Bicep/Terraform identifiers, PowerShell variables), parameter
 * names and nested deployment names. They depend only on the design's names and sorted order, never on
 * time or randomness, so the same design always gives the same text.
 */

/** FNV-1a 32-bit hash as 8 hex digits: a short stable suffix that keeps sanitised names unique. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
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

/** Hands out identifiers unique within one output file (case-insensitive, as PowerShell variables are). */
export class Names {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }

  take(base: string): string {
    return this.takeKeyed(base, base.toLowerCase());
  }

  /** `take` of `base` whose lower-case form `key` the caller has. */
  private takeKeyed(base: string, key: string): string {
    // (one hash lookup when the name is free, the usual case: the set grows only if the key is new)
    const size = this.taken.size;
    this.taken.add(key);
    if (this.taken.size !== size) return base;
    for (let i = 2; ; i++) {
      const name = `${base}${i}`;
      const k = name.toLowerCase();
      if (!this.taken.has(k)) {
        this.taken.add(k);
        return name;
      }
    }
  }

  /**
   * `take(symbolName(prefix, name))`. A name of ASCII lower-case letters, digits and separators (nearly
   * every name: `spoke-454`, `peer-hub-to-spoke-819`; 7,000+ symbols on a big estate) is made in one
   * pass together with its lower-case key, without the word list and the lower-casing of each result.
   */
  takeSymbol(prefix: string, name: string): string {
    // Words are the runs of [a-z0-9]; `pascal` has each word capitalised, `lower` is the words joined.
    let pascal = '';
    let lower = '';
    let start = -1;
    for (let i = 0; i <= name.length; i++) {
      const c = i < name.length ? name.charCodeAt(i) : 32;
      if (c > 0x7f || (c >= 65 && c <= 90)) return this.take(symbolName(prefix, name));
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const first = name.charCodeAt(start);
        pascal += (first >= 97 ? String.fromCharCode(first - 32) : name.charAt(start)) + name.slice(start + 1, i);
        lower += name.slice(start, i);
        start = -1;
      }
    }
    // camelCase's fallback: no words, or a leading digit
    const c0 = lower.charCodeAt(0);
    if (lower === '' || c0 <= 57) {
      pascal = `X${pascal}`;
      lower = `x${lower}`;
    }
    // symbolName: a name that already starts with the prefix keeps its own spelling after it
    const lowerPrefix = prefix.toLowerCase();
    if (prefix !== '' && lower.startsWith(lowerPrefix) && lower.length > prefix.length) return this.takeKeyed(prefix + pascal.slice(prefix.length), lower);
    return this.takeKeyed(prefix + pascal, lowerPrefix + lower);
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
