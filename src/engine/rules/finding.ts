/**
 * Builds a finding from the catalogue: severity and docs anchor come from the code, never from the rule,
 * so a rule cannot downgrade a severity by accident. Id lists are de-duplicated and sorted.
 */
import type { DesignOp } from '../../model/ops';
import type { Design, PeeringLink } from '../../model/schema';
import { CATALOGUE, docsAnchor, type FindingCode } from '../catalogue';
import { designIndex } from '../designIndex';
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

/** Whether any link from `from` to `to` (duplicates included) satisfies `test`. */
export function someLink(design: Design, from: string, to: string, test: (l: PeeringLink) => boolean): boolean {
  return (designIndex(design).linksFrom.get(from) ?? []).some((l) => l.to === to && test(l));
}

/** Quotes a user-given name in a message. */
export const q = (name: string): string => `'${name}'`;

/** Azure location names compare without case and spaces ("West Europe" = "westeurope"). */
export const sameLocation = (a: string, b: string): boolean =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** Subscription ids are GUIDs: compare without case. */
export const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The ids an operation targets (existing objects it changes), as DesignIndex.ambiguousIds spells them. */
function targets(op: DesignOp): string[] {
  switch (op.op) {
    case 'updateVnet':
    case 'removeVnet':
    case 'addSubnet':
    case 'addAppliance':
      return [op.vnetId];
    case 'updateSubnet':
    case 'removeSubnet':
      return [op.vnetId, `${op.vnetId}\u0000${op.subnetId}`];
    case 'updatePeering':
    case 'removePeering':
      return [op.linkId];
    case 'updateRouteTable':
    case 'removeRouteTable':
    case 'addRoute':
      return [op.routeTableId];
    case 'updateOnPremises':
    case 'removeOnPremises':
      return [op.onPremisesId];
    default:
      return [];
  }
}

/**
 * Drops fixes whose operations name an id shared by several objects (a hand-edited or imported file can
 * hold such duplicates): applied, they would change every object with that id. Every rule returns
 * through this.
 */
export function withUsableFixes(design: Design, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.fixes)) return findings;
  const ambiguous = designIndex(design).ambiguousIds;
  if (ambiguous.size === 0) return findings;
  for (const f of findings) {
    if (!f.fixes) continue;
    const usable = f.fixes.filter((fix) => fix.ops.every((op) => targets(op).every((id) => !ambiguous.has(id))));
    if (usable.length > 0) f.fixes = usable;
    else delete f.fixes;
  }
  return findings;
}
