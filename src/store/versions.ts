/**
 * A design's recent versions: pure list keeping and the one-line summary of what changed between two
 * designs ("+3 VNets, 2 peerings changed"). The storage around it is designDb.ts.
 */
import type { Design } from '../model/schema';

/** Every distinct save is a version; at least the last SAVE_LIMIT are kept. */
export const SAVE_LIMIT = 25;
/** Snapshots taken before a Replace, an import or opening a link; kept apart so edits never push them out. */
export const SNAPSHOT_LIMIT = 10;

export interface Version {
  /** ms since epoch */
  at: number;
  /** "+1 VNet, renamed" (against the version before it) */
  summary: string;
  /** set on snapshots: "Before Replace", "Before opening a link", ... */
  reason?: string;
  /** the design as stored: read back through parseDesign */
  design: unknown;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map<string, string>();
  for (const item of before) old.set(item.id, JSON.stringify(item));
  let added = 0;
  let changed = 0;
  for (const item of after) {
    const was = old.get(item.id);
    if (was === undefined) added++;
    else if (was !== JSON.stringify(item)) changed++;
    old.delete(item.id);
  }
  return { added, removed: old.size, changed };
}

/** What changed from `before` to `after`, in one line; "no change" when nothing did (layout counts as moved). */
export function summarizeChange(before: Design | undefined, after: Design): string {
  if (!before) return `${plural(after.vnets.length, 'VNet')}, ${plural(after.peerings.length, 'peering')}`;
  const parts: string[] = [];
  const kinds: [string, { id: string }[], { id: string }[]][] = [
    ['VNet', before.vnets, after.vnets],
    ['peering', before.peerings, after.peerings],
    ['on-premises network', before.onPremises, after.onPremises],
    ['route table', before.routeTables, after.routeTables],
  ];
  for (const [word, a, b] of kinds) {
    const c = countChanges(a, b);
    if (c.added) parts.push(`+${plural(c.added, word)}`);
    if (c.removed) parts.push(`−${plural(c.removed, word)}`);
    if (c.changed) parts.push(`${plural(c.changed, word)} changed`);
  }
  if (before.name !== after.name) parts.push('renamed');
  if (parts.length === 0 && JSON.stringify(before.layout) !== JSON.stringify(after.layout)) parts.push('moved on the canvas');
  if (parts.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) parts.push('settings changed');
  return parts.length ? parts.join(', ') : 'no change';
}

/**
 * Adds a version, newest first. A save equal to the newest save is not a new version. Keeps the
 * newest SAVE_LIMIT saves and SNAPSHOT_LIMIT snapshots.
 */
export function addVersion(list: readonly Version[], version: Version): Version[] {
  if (!version.reason) {
    const lastSave = list.find((v) => !v.reason);
    if (lastSave && JSON.stringify(lastSave.design) === JSON.stringify(version.design)) return [...list];
  }
  let saves = 0;
  let snapshots = 0;
  return [version, ...list].filter((v) => (v.reason ? ++snapshots <= SNAPSHOT_LIMIT : ++saves <= SAVE_LIMIT));
}
