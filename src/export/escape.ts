/**
 * String escaping per target language. Every user-typed value (names, prefixes, tags, descriptions)
 * reaches an export only through one of these functions, so no input can end its string literal early,
 * start an interpolation or inject a command. `escape.test.ts` proves it with decoders per language.
 *
 * All formats first pass text through `cleanText`: a lone UTF-16 surrogate or a NUL cannot be written
 * to a UTF-8 text file (or a shell argument) faithfully, so both become U+FFFD.
 */

// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Printable ASCII only: nothing to clean, nothing that ends a comment. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function cleanText(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s;
  return s.replace(UNWRITABLE, '\uFFFD');
}

/**
 * Bidirectional controls (U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates): they make text
 * display in another order than it is read ("Trojan Source", CVE-2021-42574), so none is ever written raw
 * into an export. Where the language has an escape it is used: JSON `\u202e` (`escapeJsonBidi`), Bicep
 * `\u{202E}`, HCL `\u202E`. PowerShell verbatim strings, POSIX single-quoted words and comments have
 * none: there a bidi control becomes U+FFFD, like an unwritable character (`scriptText`, `commentText`);
 * the engine reports names that hold one, so the design is fixed before it deploys.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** `cleanText`, and bidi controls replaced by U+FFFD: for string forms without escapes (PowerShell verbatim, shell single quotes). */
export function scriptText(s: string): string {
  return cleanText(s).replace(BIDI, '\uFFFD');
}

/** JSON text (as JSON.stringify writes it) with every bidi control written as a `\u` escape. */
export function escapeJsonBidi(json: string): string {
  return json.replace(BIDI, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16)}`);
}

const hex = (c: string, width: number): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(width, '0');

/** Characters a string literal writes as an escape: controls, line separators and bidi controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Bicep single-quoted string. Bicep escapes: \\ \' \n \r \t \$ and \u{X}; `${` would start an
 * interpolation, so `$` before `{` is written `\$`.
 */
/** Text with nothing any of the formats treats specially: quoted as is (the common case, and fast). */
const PLAIN = /^[A-Za-z0-9 _.,:/@+=-]*$/;

/**
 * Whether `value` is plain text: every escape of every format leaves it as it is (quoted where the
 * format quotes), and JSON needs no escape either. Exporters test it once for a value they write in
 * several forms.
 */
export function isPlain(value: string): boolean {
  return PLAIN.test(value);
}

export function bicepString(value: string): string {
  if (PLAIN.test(value)) return `'${value}'`;
  const s = cleanText(value)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\$\{/g, '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(CONTROL, (c) => `\\u{${hex(c, 1)}}`);
  return `'${s}'`;
}

/**
 * A literal ARM template string value. A JSON string that starts with `[` and ends with `]` is an ARM
 * expression; a literal of that shape is escaped by doubling the leading bracket (template syntax docs,
 * "Escape characters"). The result is a JS string that JSON.stringify will quote.
 */
export function armLiteral(value: string): string {
  if (PLAIN.test(value)) return value;
  const s = cleanText(value);
  return s.startsWith('[') && s.endsWith(']') ? `[${s}` : s;
}

/** A string literal inside an ARM expression: single-quoted, `'` doubled. */
export function armExprString(value: string): string {
  if (PLAIN.test(value)) return `'${value}'`;
  return `'${cleanText(value).replace(/'/g, "''")}'`;
}

/**
 * PowerShell verbatim (single-quoted) string: no interpolation, no escapes, only the quote is doubled.
 * PowerShell treats the typographic quotes U+2018..U+201B as single quotes too, so they are doubled as
 * well (about_Quoting_Rules).
 */
export function psString(value: string): string {
  if (PLAIN.test(value)) return `'${value}'`;
  return `'${scriptText(value).replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** POSIX shell single-quoted word: nothing is special inside except `'`, written as '\''. */
export function shString(value: string): string {
  if (PLAIN.test(value)) return `'${value}'`;
  return `'${scriptText(value).replace(/'/g, "'\\''")}'`;
}

/**
 * HCL (Terraform) quoted string: \\ \" \n \r \t and \uNNNN escapes; `${` and `%{` start template
 * sequences and are escaped by doubling the sigil ($${, %%{) (HCL native syntax spec, "Template Literals").
 */
export function hclString(value: string): string {
  if (PLAIN.test(value)) return `"${value}"`;
  const s = cleanText(value)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    // (a function replacement: in a replacement string `$$` would collapse to a single `$`)
    .replace(/([$%])\{/g, (_m, sigil: string) => `${sigil}${sigil}{`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(CONTROL, (c) => `\\u${hex(c, 4)}`);
  return `"${s}"`;
}

/**
 * Text for a line comment in any format: control characters and Unicode line separators would end the
 * comment and let the rest run as code, so they become spaces.
 */
export function commentText(value: string): string {
  if (PRINTABLE_ASCII.test(value)) return value;
  return scriptText(value).replace(CONTROL, ' ').replace(/\u0085/g, ' ');
}
