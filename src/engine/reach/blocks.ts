/**
 * Pair rules (TRANSIT_GAP, ROUTE_ASYMMETRIC) must not loop over all pairs of a large estate: 5,000
 * VNets are 12.5 million pairs. Rows are already shared by source class; this groups columns too:
 * two destinations are alike when every source class sees the same status and forwarders toward
 * them. A node's "type" is (source class, column group), and every pair of two types behaves the
 * same, so pair counts come from type sizes. Pairs walked on their own (overlapping ranges) are the
 * only exceptions, and the rules correct for them one by one.
 */
import type { ReachInternals } from './analyse';

export interface NodeType {
  cls: number;
  col: number;
  /** a member, to read the class tables with */
  rep: number;
  /** members in node order */
  members: number[];
}

const colCache = new WeakMap<ReachInternals, Int32Array>();

/** Column group of each node, by partition refinement over the class rows. */
export function columnGroups(r: ReachInternals): Int32Array {
  const cached = colCache.get(r);
  if (cached) return cached;
  const N = r.model.nodes.length;
  let group = new Int32Array(N);
  let maxVia = 0;
  for (const row of r.classVia) for (const v of row) if (v > maxVia) maxVia = v;
  const K = (maxVia + 3) * 3;
  for (let c = 0; c < r.classStatus.length; c++) {
    const status = r.classStatus[c];
    const via = r.classVia[c];
    if (!status || !via) continue;
    const next = new Int32Array(N);
    const ids = new Map<number, number>();
    for (let b = 0; b < N; b++) {
      const key = (group[b] ?? 0) * K + ((via[b] ?? 0) + 2) * 3 + (status[b] ?? 0);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      next[b] = id;
    }
    group = next;
  }
  colCache.set(r, group);
  return group;
}

/** Groups nodes (in the given order) by type, types in order of first appearance. */
export function nodeTypes(r: ReachInternals, nodes: Iterable<number>): { types: NodeType[]; typeOf: Map<number, NodeType> } {
  const col = columnGroups(r);
  const byKey = new Map<number, NodeType>();
  const typeOf = new Map<number, NodeType>();
  const stride = r.model.nodes.length + 1;
  for (const n of nodes) {
    const cls = r.nodeClass[n] ?? 0;
    const c = col[n] ?? 0;
    const key = cls * stride + c;
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { cls, col: c, rep: n, members: [] }));
    t.members.push(n);
    typeOf.set(n, t);
  }
  return { types: [...byKey.values()], typeOf };
}

/** Status and forwarders from type a to type b as the class tables give them (exceptions aside). */
export function typeStatus(r: ReachInternals, a: NodeType, b: NodeType): { status: number; via: number } {
  return { status: r.classStatus[a.cls]?.[b.rep] ?? 0, via: r.classVia[a.cls]?.[b.rep] ?? -2 };
}

/** Number of unordered pairs between two types (or within one). */
export function pairsBetween(a: NodeType, b: NodeType): number {
  return a === b ? (a.members.length * (a.members.length - 1)) / 2 : a.members.length * b.members.length;
}

/** Member pairs of two types as (lower, higher) node index, lazily; `a === b` gives pairs within. */
export function* memberPairs(a: NodeType, b: NodeType): Generator<[number, number]> {
  if (a === b) {
    for (let i = 0; i < a.members.length; i++) {
      for (let j = i + 1; j < a.members.length; j++) yield [a.members[i] ?? 0, a.members[j] ?? 0];
    }
    return;
  }
  for (const x of a.members) for (const y of b.members) yield x < y ? [x, y] : [y, x];
}
