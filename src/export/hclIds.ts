/**
 * Terraform resource identifiers: `snakeCase` of a name (names.ts), made unique within one export.
 * Identifiers of composite names (`<vnet> <subnet> rt`) are joined from the words of their parts, so a
 * VNet's or subnet's words are worked out once, not once per resource that names it.
 */
import { words } from './names';

/** The lower-case ASCII letter and digit words of a name, joined by `_` (`peer-spoke-1` -> `peer_spoke_1`). */
export function snakeWords(text: string): string {
  return words(text).join('_');
}

/** The words of a name made of parts separated by spaces, from each part's `snakeWords`. */
export function joinWords(a: string, b: string, c = ''): string {
  return [a, b, c].filter((w) => w !== '').join('_');
}

/** `snakeCase` (names.ts) from a name's `snakeWords`: the fallback when empty, prefixed when it starts with a digit. */
export function snakeId(snake: string, fallback: string): string {
  if (snake === '') return fallback;
  return /^[0-9]/.test(snake) ? `${fallback}_${snake}` : snake;
}

/**
 * Hands out identifiers unique within one file, as `Names` does (identifiers are lower case already, so
 * they are compared as they are).
 */
export class Ids {
  private readonly used = new Set<string>();

  /** `take(snakeCase(name, 'r'))` */
  ofName(name: string): string {
    return this.take(snakeId(snakeWords(name), 'r'));
  }

  /** `take(snakeId(joinWords(a, b, c), 'r'))` (parts are `snakeWords`) */
  ofWords(a: string, b: string, c = ''): string {
    return this.take(snakeId(joinWords(a, b, c), 'r'));
  }

  /** `base` if no identifier has it yet, else the first free `base2`, `base3`, ... */
  take(base: string): string {
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = base + i;
    this.used.add(name);
    return name;
  }
}
