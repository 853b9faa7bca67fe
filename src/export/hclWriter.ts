/**
 * A small HCL printer: attributes (aligned like `terraform fmt`), nested blocks and comments. JS strings
 * become escaped HCL strings; `expr(...)` marks generated references (`azurerm_x.y.id`, `var.z`).
 */
import { commentText, hclString } from './escape';

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
  const inner = `${indent}  `;
  const out: string[] = (b.comments ?? []).map((c) => `${indent}# ${commentText(c)}`);
  const [kw, ...labels] = b.header;
  const attrs = b.attrs.filter((a): a is [string, HVal] => a[1] !== undefined);
  const opening = `${indent}${kw ?? ''}${labels.map((l) => ` "${l}"`).join('')} {`;
  if (attrs.length === 0 && !b.blocks?.length) return [...out, `${opening}}`].join('\n');
  out.push(opening);
  const width = Math.max(0, ...attrs.map(([k]) => k.length));
  for (const [k, v] of attrs) out.push(`${inner}${k.padEnd(width)} = ${printValue(v, inner)}`);
  for (const child of b.blocks ?? []) {
    out.push('');
    out.push(printBlock(child, inner));
  }
  out.push(`${indent}}`);
  return out.join('\n');
}
