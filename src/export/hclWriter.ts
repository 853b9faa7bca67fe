/**
 * A small HCL printer: attributes (aligned like `terraform fmt`), nested blocks and comments. JS strings
 * become escaped HCL strings; `expr(...)` marks generated references (`azurerm_x.y.id`, `var.z`).
 */
import { commentText, hclString } from './escape';
import { flat } from './text';

export class Expr {
  constructor(readonly text: string) {}
}
export const expr = (text: string): Expr => new Expr(text);

export type HVal = string | number | boolean | Expr | HVal[] | { map: [string, HVal][] };

export interface HBlock {
  comments?: string[];
  /** e.g. ['resource', 'azurerm_virtual_network', 'hub'] (labels after the first are quoted) */
  header: string[];
  attrs: [string, HVal | undefined][];
  blocks?: HBlock[];
}

export function printValue(v: HVal, indent: string): string {
  if (v instanceof Expr) return v.text;
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => printValue(x, indent)).join(', ')}]`;
  if (v.map.length === 0) return '{}';
  const inner = `${indent}  `;
  const width = Math.max(...v.map.map(([k]) => hclString(k).length));
  return `{\n${v.map.map(([k, x]) => `${inner}${hclString(k).padEnd(width)} = ${printValue(x, inner)}\n`).join('')}${indent}}`;
}

export function printBlock(b: HBlock, indent = ''): string {
  // Built with `+=` and flattened once per block (see text.ts).
  return flat(writeBlock(b, indent));
}

function writeBlock(b: HBlock, indent: string): string {
  const inner = `${indent}  `;
  let out = '';
  for (const c of b.comments ?? []) out += indent + '# ' + commentText(c) + '\n';
  const [kw, ...labels] = b.header;
  out += indent + (kw ?? '');
  for (const l of labels) out += ' "' + l + '"';
  let width = 0;
  let count = 0;
  for (const [k, v] of b.attrs) {
    if (v === undefined) continue;
    count++;
    if (k.length > width) width = k.length;
  }
  if (count === 0 && !b.blocks?.length) return out + ' {}';
  out += ' {';
  for (const [k, v] of b.attrs) if (v !== undefined) out += '\n' + inner + k.padEnd(width) + ' = ' + printValue(v, inner);
  for (const child of b.blocks ?? []) out += '\n\n' + writeBlock(child, inner);
  return out + '\n' + indent + '}';
}
