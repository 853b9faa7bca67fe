/**
 * A small HCL printer: attributes (aligned like `terraform fmt`), nested blocks and comments. JS strings
 * become escaped HCL strings; `expr(...)` marks generated references (`azurerm_x.y.id`, `var.z`).
 */
import { commentText, hclString } from './escape';
import { flat } from './text';
import { attrLines, type Printed } from './hclText';

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
  const pairs: Printed[] = [];
  for (const [k, x] of v.map) pairs.push(hclString(k), printValue(x, inner));
  return `{${attrLines(inner, pairs)}\n${indent}}`;
}

export function printBlock(b: HBlock, indent = ''): string {
  // Built with `+=` and flattened once per block (see text.ts).
  return flat(writeBlock(b, indent));
}

function writeBlock(b: HBlock, indent: string): string {
  const inner = `${indent}  `;
  const { attrs, blocks, comments, header } = b;
  let out = '';
  if (comments) for (let i = 0; i < comments.length; i++) out += indent + '# ' + commentText(comments[i] ?? '') + '\n';
  out += indent + (header[0] ?? '');
  for (let i = 1; i < header.length; i++) out += ' "' + header[i] + '"';
  const pairs: Printed[] = [];
  for (const [key, value] of attrs) if (value !== undefined) pairs.push(key, printValue(value, inner));
  if (pairs.length === 0 && !blocks?.length) return out + ' {}';
  out += ' {' + attrLines(inner, pairs);
  if (blocks) for (let i = 0; i < blocks.length; i++) out += '\n\n' + writeBlock(blocks[i] as HBlock, inner);
  return out + '\n' + indent + '}';
}
