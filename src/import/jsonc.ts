/**
 * ARM reads templates as JSON with two extensions, and so does the importer: `//` and `/* *\/` comments,
 * and strings broken over several lines (the line break is part of the string)
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#comments-and-metadata,
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#multi-line-strings).
 * `toStrictJson` rewrites such text into plain JSON in one pass (comments become spaces so positions in
 * error messages keep their line, raw line breaks inside strings become `\n`), for `JSON.parse`.
 */
import { fail, ok, type Result } from '../model/result';

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Plain JSON text, or why the comments cannot be read (an unterminated `/*`). Linear in the text. */
export function toStrictJson(text: string): Result<string, string> {
  const out: string[] = [];
  let start = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      else if (c === 10 || c === 13) {
        // a line break inside a string: ARM keeps it as a newline (CRLF counts once)
        out.push(text.slice(start, i), c === 13 && text.charCodeAt(i + 1) === 10 ? '\\r\\n' : c === 13 ? '\\r' : '\\n');
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      } else if (c === 9) {
        out.push(text.slice(start, i), '\\t');
        start = i + 1;
      }
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        let end = text.indexOf('\n', i + 2);
        if (end < 0) end = n;
        out.push(text.slice(start, i), ' '.repeat(Math.min(end - i, 1)));
        start = end;
        i = end - 1;
      } else if (next === 42 /* * */) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return fail(`a /* comment that starts on line ${lineOf(text, i)} is never closed`);
        // keep the comment's line breaks so later error messages name the right line
        const body = text.slice(i, end + 2);
        out.push(text.slice(start, i), body.replace(/[^\n]/g, '').length > 0 ? body.replace(/[^\n]/g, '') : ' ');
        start = end + 2;
        i = end + 1;
      }
    }
  }
  out.push(text.slice(start));
  return ok(out.join(''));
}
