/**
 * Reachability (../shared/spec/reachability.md): "can A reach B, and if not, where does it break?".
 *
 * - `analyseReachability(design)`: the matrix of every endpoint to every other (memoised on the design).
 * - `reachCell(matrix, i, j)` / `reachBetween(design, fromId, toId)`: one direction of one pair.
 * - `explainReach(design, fromId, toId)`: the hop-by-hop walk with the route used and the drop reason.
 */
import type { Design } from '../../model/schema';
import { NONE, PARTIAL, REACH, reachInternals, type StatusCode } from './analyse';
import type { ReachMatrix, ReachStatus } from './types';

export { explainReach } from './explain';
export type * from './types';

export interface ReachAnalysis {
  matrix: ReachMatrix;
}

const STATUS: Record<StatusCode, ReachStatus> = { [NONE]: 'none', [PARTIAL]: 'partial', [REACH]: 'reach' };
const CHAR: Record<StatusCode, string> = { [NONE]: 'n', [PARTIAL]: 'p', [REACH]: 'r' };
const FROM_CHAR: Record<string, ReachStatus> = { n: 'none', p: 'partial', r: 'reach' };

const cache = new WeakMap<Design, ReachAnalysis>();

export function analyseReachability(design: Design): ReachAnalysis {
  const cached = cache.get(design);
  if (cached) return cached;
  const r = reachInternals(design);
  const m = r.model;
  const N = m.nodes.length;
  const overrides: [number, number, ReachStatus][] = [];
  for (const [key, e] of r.exceptions) overrides.push([Math.floor(key / N), key % N, STATUS[e.status]]);
  overrides.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const matrix: ReachMatrix = {
    nodes: m.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind })),
    rowClass: Array.from(r.nodeClass),
    rows: r.classStatus.map((row) => {
      let s = '';
      for (const c of row) s += CHAR[c as StatusCode];
      return s;
    }),
    overrides,
  };
  const analysis = { matrix };
  cache.set(design, analysis);
  return analysis;
}

const overrideCache = new WeakMap<ReachMatrix, Map<number, ReachStatus>>();

/** The status from node i to node j of a matrix (an endpoint always reaches itself). */
export function reachCell(matrix: ReachMatrix, from: number, to: number): ReachStatus {
  if (from === to) return 'reach';
  if (matrix.overrides.length > 0) {
    let map = overrideCache.get(matrix);
    if (!map) {
      const N = matrix.nodes.length;
      map = new Map(matrix.overrides.map(([a, b, s]) => [a * N + b, s]));
      overrideCache.set(matrix, map);
    }
    const s = map.get(from * matrix.nodes.length + to);
    if (s) return s;
  }
  const row = matrix.rows[matrix.rowClass[from] ?? -1];
  return FROM_CHAR[row?.[to] ?? 'n'] ?? 'none';
}

/** One direction of one pair by ids; 'none' for an unknown id. */
export function reachBetween(design: Design, fromId: string, toId: string): ReachStatus {
  const r = reachInternals(design);
  const from = r.model.nodeIdx.get(fromId);
  const to = r.model.nodeIdx.get(toId);
  if (from === undefined || to === undefined) return 'none';
  return STATUS[r.status(from, to)];
}
