/**
 * Azure's naming rules [reference 2.4, source S12], shared by the naming rule and by fixes that create
 * or rename objects (a fix must never introduce an invalid or duplicate name).
 */
import { collectIds, uniqueId } from '../../model/ids';
import type { Design } from '../../model/schema';

export interface NameRule {
  min: number;
  max: number;
}

export const VNET_NAME: NameRule = { min: 2, max: 64 };
export const CHILD_NAME: NameRule = { min: 1, max: 80 };

/** letters, digits, `_`, `.`, `-`; starts with a letter or digit; ends with a letter, digit or `_` */
const NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

export function nameProblem(name: string, rule: NameRule): string | undefined {
  if (name.length < rule.min || name.length > rule.max) return `must be ${rule.min}-${rule.max} characters long`;
  if (!NAME_PATTERN.test(name)) {
    return 'may contain only letters, digits, _ . -, must start with a letter or digit and end with a letter, digit or _';
  }
  return undefined;
}

/** Resource groups: 1-90 characters, letters (Unicode too), digits, _ ( ) - ., not ending with a dot. */
export function resourceGroupProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 90) return 'must be 1-90 characters long';
  if (!/^[\p{L}\p{N}_().-]+$/u.test(name)) return 'may contain only letters, digits, _ ( ) - .';
  if (name.endsWith('.')) return 'must not end with a dot';
  return undefined;
}

/** Turns any text into a valid name (for generated link names). */
export function sanitiseName(text: string, rule: NameRule): string {
  let s = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  s = s.slice(0, rule.max).replace(/[.-]+$/, '');
  return s.length >= rule.min ? s : (s || 'x').padEnd(rule.min, '0');
}

/** A valid name based on `base`, unused case-insensitively among `taken`. */
export function freeName(base: string, rule: NameRule, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const clean = sanitiseName(base, rule);
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = `${clean.slice(0, rule.max - suffix.length).replace(/[.-]+$/, '')}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

const idCache = new WeakMap<Design, Set<string>>();

/** A new id not used anywhere in the design. */
export function freeId(design: Design, base: string): string {
  let ids = idCache.get(design);
  if (!ids) idCache.set(design, (ids = collectIds(design)));
  return uniqueId(base, ids);
}
