/**
 * A tiny Bicep value printer: JS strings become escaped Bicep string literals, `raw(...)` marks generated
 * expressions (symbolic references, parameter names, resourceId calls built from escaped literals), and
 * objects/arrays print one entry per line. Keys that are not identifiers are quoted.
 */
import { bicepString, commentText } from './escape';
import { flat } from './text';

export class Raw {
  constructor(readonly text: string) {}
}
export const raw = (text: string): Raw => new Raw(text);

export type BVal = string | number | boolean | Raw | BVal[] | BObj;
export interface BObj {
  [key: string]: BVal | undefined;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function printValue(v: BVal, indent = ''): string {
  return writeValue(v, indent);
}

/** `+=` (cheap) and flattened once per resource by `resource()` (see text.ts). */
function writeValue(v: BVal, indent: string): string {
  if (v instanceof Raw) return v.text;
  if (typeof v === 'string') return bicepString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}  `;
  let out = '';
  if (Array.isArray(v)) {
    for (const x of v) out += inner + writeValue(x, inner) + '\n';
    return out === '' ? '[]' : '[\n' + out + indent + ']';
  }
  for (const k in v) {
    const x = v[k];
    if (x !== undefined) out += inner + (IDENT.test(k) ? k : bicepString(k)) + ': ' + writeValue(x, inner) + '\n';
  }
  return out === '' ? '{}' : '{\n' + out + indent + '}';
}

/** `resourceId(...)` with literal arguments escaped. The first argument may be a parameter (raw). */
export function resourceIdExpr(args: (string | Raw)[]): Raw {
  return raw(`resourceId(${args.map((a) => (a instanceof Raw ? a.text : bicepString(a))).join(', ')})`);
}

export const comment = (text: string): string => `// ${commentText(text)}`;

export function resource(comments: string[], sym: string, typeAtApi: string, body: BObj, existing = false): string {
  let out = '';
  for (const c of comments) out += '// ' + commentText(c) + '\n';
  return flat(out + 'resource ' + sym + " '" + typeAtApi + (existing ? "' existing = " : "' = ") + writeValue(body, '') + '\n');
}
