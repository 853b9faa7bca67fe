/**
 * Builds a finding from the catalogue: severity and docs anchor come from the code, never from the rule,
 * so a rule cannot downgrade a severity by accident. Id lists are de-duplicated and sorted.
 */
import { CATALOGUE, docsAnchor, type FindingCode } from '../catalogue';
import type { Finding, Fix } from '../types';

export interface FindingParts {
  vnets?: readonly string[];
  peerings?: readonly string[];
  details?: Record<string, string | number | boolean>;
  fixes?: Fix[];
}

const sortedUnique = (ids: readonly string[] = []): string[] => [...new Set(ids)].sort();

export function finding(code: FindingCode, message: string, parts: FindingParts = {}): Finding {
  const f: Finding = {
    code,
    severity: CATALOGUE[code].severity,
    message,
    vnets: sortedUnique(parts.vnets),
    peerings: sortedUnique(parts.peerings),
    docs: docsAnchor(code),
  };
  if (parts.details) f.details = parts.details;
  if (parts.fixes && parts.fixes.length > 0) f.fixes = parts.fixes;
  return f;
}

/** Quotes a user-given name in a message. */
export const q = (name: string): string => `'${name}'`;

/** Azure location names compare without case and spaces ("West Europe" = "westeurope"). */
export const sameLocation = (a: string, b: string): boolean =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** Subscription ids are GUIDs: compare without case. */
export const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
