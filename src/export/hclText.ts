/**
 * HCL written straight to text for the Terraform export's resources. Values arrive already printed
 * (`hclString` for user text, references as they are), as flat `key, value, key, value` lists. The
 * output is exactly what `printBlock` gives for the same block (`hclWriter.ts`).
 */
import { commentText, hclString } from './escape';

/** A printed attribute value, or undefined to leave the attribute out. */
export type Printed = string | undefined;

/** `\n<indent><key padded to width> = ` */
export function attrPrefix(indent: string, key: string, width: number): string {
  return `\n${indent}${key.padEnd(width)} = `;
}

/**
 * `terraform fmt` aligns the `=` of a run of single-line attributes; a value that spans lines (an object,
 * `triggers = {`) ends the run, is written with one space before its `=`, and the attributes after it start
 * a new run (hashicorp/hcl hclwrite/format.go: a line whose value opens more brackets than it closes has
 * no "assign" cell, and a line without one closes the alignment chain).
 */
export const isMultiLine = (value: string): boolean => value.includes('\n');

/** `\n<indent><key> = `: the prefix of an attribute whose value spans lines (aligned with nothing). */
export function loneAttrPrefix(indent: string, key: string): string {
  return attrPrefix(indent, key, key.length);
}

/** The attribute lines of a block (each starting with a newline), aligned like `terraform fmt`. */
export function attrLines(indent: string, pairs: readonly Printed[]): string {
  let out = '';
  let runStart = 0;
  // each run of single-line attributes is aligned on its own widest key
  const writeRun = (end: number): void => {
    let width = 0;
    for (let i = runStart; i < end; i += 2) if (pairs[i + 1] !== undefined) width = Math.max(width, (pairs[i] as string).length);
    for (let i = runStart; i < end; i += 2) {
      const v = pairs[i + 1];
      if (v !== undefined) out += attrPrefix(indent, pairs[i] as string, width) + v;
    }
  };
  for (let i = 0; i < pairs.length; i += 2) {
    const v = pairs[i + 1];
    if (v === undefined || !isMultiLine(v)) continue;
    writeRun(i);
    out += loneAttrPrefix(indent, pairs[i] as string) + v;
    runStart = i + 2;
  }
  writeRun(pairs.length);
  return out;
}

/** `# comment` lines, each ending with a newline. */
export function commentLines(comments: readonly string[]): string {
  let out = '';
  for (let i = 0; i < comments.length; i++) out += '# ' + commentText(comments[i] as string) + '\n';
  return out;
}

/** A top-level `resource "type" "id" { ... }` block; `nested` is `nestedBlock` text. */
export function resourceText(comments: string, type: string, id: string, pairs: readonly Printed[], nested = ''): string {
  const body = attrLines('  ', pairs) + nested;
  return comments + 'resource "' + type + '" "' + id + (body === '' ? '" {}' : '" {' + body + '\n}');
}

/** A block nested in a resource (`ip_configuration { ... }`), with the blank line before it. */
export function nestedBlock(kind: string, pairs: readonly Printed[]): string {
  const body = attrLines('    ', pairs);
  return '\n\n  ' + kind + (body === '' ? ' {}' : ' {' + body + '\n  }');
}

/** A list of strings. */
export function hclList(items: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ', ') + hclString(items[i] as string);
  return out + ']';
}

/** An object of printed values with quoted keys, at an attribute of a resource (indent two spaces). */
export function hclMap(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{}';
  const pairs: Printed[] = [];
  for (const [k, v] of entries) pairs.push(hclString(k), v);
  return `{${attrLines('    ', pairs)}\n  }`;
}
