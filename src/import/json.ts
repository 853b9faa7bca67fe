/**
 * Reading untrusted JSON text for the importers. `JSON.parse` itself copes with any nesting, but every
 * walk over the result (ours, zod's, `JSON.stringify`) would overflow the stack on 100,000 nested arrays,
 * so nesting is measured on the parsed value by one loop (with a stack), the same that looks for
 * forbidden keys. A `__proto__` key (the only one whose assignment changes a prototype) is refused
 * before any importer copies a property; `constructor` and `prototype` are ordinary data (an Azure tag
 * may be called that), and the ARM evaluator builds its objects without a prototype (`safeObject`).
 * Text that is not strict JSON is read again as ARM reads templates: with comments and multi-line
 * strings (jsonc.ts).
 */
import { MAX_DESIGN_TEXT_LENGTH } from '../model/parse';
import { fail, ok, type Result } from '../model/result';
import { toStrictJson } from './jsonc';

/** ARM templates with nested deployments nest deeper than designs; 100 is far above anything real. */
export const MAX_IMPORT_DEPTH = 100;
const FORBIDDEN_KEYS = new Set(['__proto__']);

/** An empty object without a prototype: any key, `constructor` included, is plain data in it. */
export function safeObject<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * One walk over a parsed value, with a stack (never recursion): the first forbidden key (with its path),
 * or 'too deep' past MAX_IMPORT_DEPTH. `JSON.parse` copes with any nesting; what comes after it does not.
 */
export function findForbiddenKey(value: unknown): string | undefined {
  const r = checkParsed(value);
  return r.kind === 'forbidden' ? r.path : undefined;
}

export function checkParsed(value: unknown): { kind: 'ok' } | { kind: 'forbidden'; path: string } | { kind: 'tooDeep' } {
  // each entry knows its parent and key; the path text is built only for a hit (no string per node)
  interface Entry { v: unknown; parent: Entry | undefined; key: string | number; depth: number }
  const stack: Entry[] = [{ v: value, parent: undefined, key: '', depth: 1 }];
  const pathOf = (e: Entry, last: string): string => {
    const keys: (string | number)[] = [last];
    for (let p: Entry | undefined = e; p && p.parent; p = p.parent) keys.push(p.key);
    let out = '';
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] ?? '';
      out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
    }
    return out;
  };
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || top.v === null || typeof top.v !== 'object') continue;
    if (top.depth > MAX_IMPORT_DEPTH) return { kind: 'tooDeep' };
    if (Array.isArray(top.v)) {
      for (let i = 0; i < top.v.length; i++) {
        const item: unknown = top.v[i];
        if (item !== null && typeof item === 'object') stack.push({ v: item, parent: top, key: i, depth: top.depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(top.v)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden', path: pathOf(top, key) };
      const child = (top.v as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ v: child, parent: top, key, depth: top.depth + 1 });
    }
  }
  return { kind: 'ok' };
}

/** Text -> JSON value, or a one-line reason (too large, UTF-16, too deep, not JSON, forbidden key). */
export function readJson(text: string): Result<unknown, string> {
  if (text.length > MAX_DESIGN_TEXT_LENGTH) {
    return fail(`the input is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB`);
  }
  if (text.trim() === '') return fail('the input is empty');
  // UTF-16 read as UTF-8: its byte-order mark becomes two U+FFFD and every ASCII character gains a NUL
  if (/^(?:\uFFFD\uFFFD)?(?:[^\0]\0|\0[^\0]){4}/.test(text)) {
    return fail("the input looks UTF-16 encoded (Windows PowerShell's > and Out-File write UTF-16): save it as UTF-8, e.g. ... | ConvertTo-Json -Depth 10 | Set-Content -Encoding utf8 vnets.json");
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const strict = toStrictJson(body);
    if (!strict.ok) return fail(`not valid JSON: ${strict.errors[0] ?? ''}`);
    try {
      value = JSON.parse(strict.value);
    } catch {
      // the first reading's message names the place in the text as the user wrote it
      return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  // nesting is measured on the parsed value in the same walk that looks for forbidden keys
  const checked = checkParsed(value);
  if (checked.kind === 'tooDeep') return fail(`the input is nested deeper than ${MAX_IMPORT_DEPTH} levels`);
  if (checked.kind === 'forbidden') return fail(`the key "${checked.path.split(/[.[]/).pop() ?? checked.path}" is not allowed (at ${checked.path})`);
  return ok(value);
}
