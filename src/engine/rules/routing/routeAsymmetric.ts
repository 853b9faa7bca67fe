/**
 * ROUTE_ASYMMETRIC [reference 3.2]: A reaches B and B reaches A, but through different forwarders
 * (e.g. A routes to B through the hub firewall while B answers over a direct peering): a stateful
 * firewall sees only one half of each flow and drops it. Pairs are grouped by the source classes of
 * their two ends (one cause: the routing of those VNets), one finding per group, first 100 pairs listed.
 * Counted by node types (../../reach/blocks.ts), never pair by pair over the whole estate.
 */
import type { Design } from '../../../model/schema';
import { REACH, reachInternals, type ReachInternals } from '../../reach/analyse';
import { memberPairs, nodeTypes, pairsBetween, typeStatus, type NodeType } from '../../reach/blocks';
import type { Finding } from '../../types';
import { finding } from '../finding';

const MAX_LISTED = 100;

interface Group {
  count: number;
  pairs: [number, number][];
  involved: Set<number>;
}

/** Forwarder sets both ways when both directions are delivered through different ones, else undefined. */
function asymmetry(ab: { status: number; via: number }, ba: { status: number; via: number }): [number, number] | undefined {
  if (ab.status !== REACH || ba.status !== REACH || ab.via < 0 || ba.via < 0 || ab.via === ba.via) return undefined;
  return [ab.via, ba.via];
}

function collect(r: ReachInternals): Map<string, Group> {
  const N = r.model.nodes.length;
  const all = Array.from({ length: N }, (_, i) => i);
  const { types, typeOf } = nodeTypes(r, all);
  const groups = new Map<string, Group>();
  const groupOf = (a: number, b: number) => {
    const ca = r.nodeClass[a] ?? 0;
    const cb = r.nodeClass[b] ?? 0;
    const key = ca < cb ? `${ca},${cb}` : `${cb},${ca}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, pairs: [], involved: new Set() }));
    return g;
  };
  const exceptional = (a: number, b: number) => r.exceptions.has(a * N + b) || r.exceptions.has(b * N + a);
  const classAsym = (a: NodeType, b: NodeType) => asymmetry(typeStatus(r, a, b), typeStatus(r, b, a));
  for (let i = 0; i < types.length; i++) {
    for (let j = i; j < types.length; j++) {
      const a = types[i];
      const b = types[j];
      if (!a || !b || pairsBetween(a, b) === 0 || !classAsym(a, b)) continue;
      const g = groupOf(a.rep, b.rep);
      g.count += pairsBetween(a, b);
      for (const n of [...a.members, ...b.members]) g.involved.add(n);
      for (const pair of memberPairs(a, b)) {
        if (g.pairs.length >= MAX_LISTED) break;
        if (!exceptional(pair[0], pair[1])) g.pairs.push(pair);
      }
    }
  }
  // pairs walked on their own (overlapping ranges): replace the class answer with the real one
  const done = new Set<number>();
  for (const key of r.exceptions.keys()) {
    const x = Math.floor(key / N);
    const y = key % N;
    const [a, b] = x < y ? [x, y] : [y, x];
    if (done.has(a * N + b)) continue;
    done.add(a * N + b);
    const ta = typeOf.get(a);
    const tb = typeOf.get(b);
    const counted = ta && tb && classAsym(ta, tb) ? 1 : 0;
    const real = asymmetry({ status: r.status(a, b), via: r.via(a, b) }, { status: r.status(b, a), via: r.via(b, a) }) ? 1 : 0;
    if (counted === real) continue;
    const g = groupOf(a, b);
    g.count += real - counted;
    if (real) {
      g.involved.add(a).add(b);
      if (g.pairs.length < MAX_LISTED) g.pairs.push([a, b]);
    }
  }
  return groups;
}

export function routeAsymmetric(design: Design): Finding[] {
  const r = reachInternals(design);
  const m = r.model;
  const forwarderName = new Map<string, string>();
  for (const v of design.vnets) for (const x of [...v.appliances, ...v.gateways]) forwarderName.set(x.id, x.name);
  const describe = (via: number) => {
    const names = r.walker.viaSet(via).map((id) => `'${forwarderName.get(id) ?? id}'`);
    return names.length === 0 ? 'directly' : `through ${names.join(', ')}`;
  };
  const name = (n: number) => m.nodes[n]?.name ?? '';
  const out: Finding[] = [];
  for (const g of collect(r).values()) {
    const first = g.pairs[0];
    if (g.count <= 0 || !first) continue;
    const [a, b] = first;
    const more = g.count > 1 ? ` (${g.count} pairs with the same routing)` : '';
    out.push(finding('ROUTE_ASYMMETRIC',
      `'${name(a)}' reaches '${name(b)}' ${describe(r.via(a, b))}, but '${name(b)}' answers ${describe(r.via(b, a))}${more}: a stateful firewall drops such flows.`, {
        vnets: [...g.involved].filter((n) => n < m.vnetCount).map((n) => m.nodes[n]?.id ?? ''),
        details: { pairCount: g.count, listedPairs: g.pairs.length, pairs: g.pairs.map(([x, y]) => `${name(x)} <-> ${name(y)}`).join('; ') },
      }));
  }
  return out;
}
