/**
 * Limits on what evaluating one template may cost (issue 13, robustness): a 334-byte
 * `format('{0:D536870000}', 1)` or ten nested `padLeft` calls must fail in well under a second with a
 * message naming the expression, not take 21 s and 2 GB or crash the tab. Real network templates stay
 * far below every limit: the largest quickstart and landing-zone templates evaluate in a few thousand
 * steps, and ARM itself caps a deployment at 800 resources per copy loop and 4 MB of template.
 */
import { Unresolved } from './context';

/** Longest string an expression may build (ARM's own template limit is 4 MB). */
export const MAX_STRING_LENGTH = 1_000_000;
/** Longest array an expression may build. */
export const MAX_ARRAY_LENGTH = 100_000;
/** Steps (function calls, copy iterations, array items made) for a whole template and its nested deployments. */
export const MAX_WORK = 2_000_000;

/** Thrown when the whole template's budget is spent: the import stops with this message. */
export class BudgetExceeded extends Error {}

export class Budget {
  private used = 0;
  constructor(private readonly limit = MAX_WORK) {}

  /** Counts `units` steps; past the limit every further step fails at once. */
  spend(units: number, what: string): void {
    this.used += units;
    if (this.used > this.limit) {
      throw new BudgetExceeded(`evaluating the template takes more than ${this.limit.toLocaleString('en-US')} steps (at ${what}): it is refused as too costly`);
    }
  }
}

export function checkString(s: string, fn: string): string {
  if (s.length > MAX_STRING_LENGTH) throw new Unresolved(`${fn}() would build a string of ${s.length.toLocaleString('en-US')} characters; the limit is ${MAX_STRING_LENGTH.toLocaleString('en-US')}`);
  return s;
}

/** Checks a length before the string or array is built. */
export function checkLength(length: number, fn: string, kind: 'string' | 'array'): void {
  const max = kind === 'string' ? MAX_STRING_LENGTH : MAX_ARRAY_LENGTH;
  if (length > max) throw new Unresolved(`${fn}() would build ${kind === 'string' ? 'a string' : 'an array'} of ${length.toLocaleString('en-US')} ${kind === 'string' ? 'characters' : 'items'}; the limit is ${max.toLocaleString('en-US')}`);
}
