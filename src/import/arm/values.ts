/** Argument checks and conversions shared by the ARM template functions. */
import type { EvalContext } from './context';
import { Unresolved, typeName } from './context';

export type Fn = (args: unknown[], ctx: EvalContext) => unknown;

export function needString(v: unknown, fn: string): string {
  if (typeof v !== 'string') throw new Unresolved(`${fn}() needs a string, got a ${typeName(v)}`);
  return v;
}

export function needInt(v: unknown, fn: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Unresolved(`${fn}() needs a number, got a ${typeName(v)}`);
  return Math.trunc(v);
}

export function arity(args: unknown[], fn: string, min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw new Unresolved(`${fn}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** ARM's `string()`: objects and arrays become JSON, scalars their text. */
export function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

