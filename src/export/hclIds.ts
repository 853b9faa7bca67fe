/**
 * Terraform resource identifiers, fast: a 1,000-spoke export names 6,000 resources. `snakeWords` is
 * `words(text).join('_')` (names.ts) in one pass for ASCII text; identifiers of composite names
 * (`<vnet> <subnet> rt`) are joined from the words of their parts, each part's words worked out once.
 */
import { words } from './names';

/** `words(text).join('_')`: the lower-case ASCII letter and digit words of a name, joined by `_`. */
export function snakeWords(text: string): string {
  return simpleWords(text) ?? anyWords(text);
}

/**
 * The common case without slicing: lower-case letters and digits in words separated by single `-` or
 * `_` (`peer-spoke-1-to-hub`): the text itself with `-` written `_`. Undefined for any other text.
 */
function simpleWords(text: string): string | undefined {
  let dash = false;
  let prevAlnum = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) prevAlnum = true;
    else if ((c === 45 || c === 95) && prevAlnum) {
      dash ||= c === 45;
      prevAlnum = false;
    } else return undefined;
  }
  if (!prevAlnum && text !== '') return undefined;
  return dash ? text.replaceAll('-', '_') : text;
}

function anyWords(text: string): string {
  let out = '';
  let start = -1;
  let prevLowerOrDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return words(text).join('_');
    const upper = c >= 65 && c <= 90;
    const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (upper && prevLowerOrDigit) {
      out += (out === '' ? '' : '_') + text.slice(start, i);
      start = i;
    } else if (!upper && !lowerOrDigit) {
      if (start >= 0) out += (out === '' ? '' : '_') + text.slice(start, i);
      start = -1;
    } else if (start < 0) start = i;
    prevLowerOrDigit = lowerOrDigit;
  }
  if (start >= 0) out = start === 0 ? text : out + (out === '' ? '' : '_') + text.slice(start);
  return out.toLowerCase();
}

/** The words of a name made of parts separated by spaces, from each part's `snakeWords`. */
export function joinWords(a: string, b: string, c = ''): string {
  let out = a;
  if (b !== '') out = out === '' ? b : out + '_' + b;
  if (c !== '') out = out === '' ? c : out + '_' + c;
  return out;
}

/** `snakeCase` (names.ts) from a name's `snakeWords`: the fallback when empty or starting with a digit. */
export function snakeId(snake: string, fallback: string): string {
  if (snake === '') return fallback;
  const c = snake.charCodeAt(0);
  return c >= 48 && c <= 57 ? fallback + '_' + snake : snake;
}

/**
 * Hands out identifiers unique within one file, as `Names` does, for identifiers that are already lower
 * case (every `snakeId` is: `Names` would lower-case each one again to compare).
 */
export class Ids {
  private readonly taken = new Set<string>();

  take(base: string): string {
    const size = this.taken.size;
    this.taken.add(base);
    if (this.taken.size > size) return base;
    let name = base + 2;
    for (let i = 3; this.taken.has(name); i++) name = base + i;
    this.taken.add(name);
    return name;
  }
}
