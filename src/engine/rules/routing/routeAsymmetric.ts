/**
 * ROUTE_ASYMMETRIC [reference 3.2]: A reaches B and B reaches A, but through different forwarders
 * (e.g. A routes to B through the hub firewall while B answers over a direct peering): a stateful
 * firewall sees only one half of each flow and drops it. Pairs are grouped by the source classes of
 * their two ends (one cause: the routing of those VNets), one finding per group, first 100 pairs listed.
 */
import type { Design } from '../../../model/schema';
import { REACH, reachInternals } from '../../reach/analyse';
import type { Finding } from '../../types';
import { finding } from '../finding';

const MAX_LISTED = 100;

interface Group {
  count: number;
  pairs: [number, number, number, number][];
  involved: Set<number>;
}

export function routeAsymmetric(design: Design): Finding[] {
  const r = reachInternals(design);
  const m = r.model;
  const N = m.nodes.length;
  // rows of each class: which destinations it reaches (computed once per class, not per VNet)
  const reachList = r.classStatus.map((row) => {
    const list: number[] = [];
    for (let to = 0; to < N; to++) if (row[to] === REACH) list.push(to);
    return list;
  });
  const groups = new Map<string, Group>();
  const check = (a: number, b: number) => {
    if (r.status(b, a) !== REACH || r.status(a, b) !== REACH) return;
    const ab = r.via(a, b);
    const ba = r.via(b, a);
    if (ab < 0 || ba < 0 || ab === ba) return;
    const ca = r.nodeClass[a] ?? 0;
    const cb = r.nodeClass[b] ?? 0;
    const key = ca < cb ? `${ca},${cb}` : `${cb},${ca}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, pairs: [], involved: new Set() }));
    g.count++;
    g.involved.add(a).add(b);
    if (g.pairs.length < MAX_LISTED) g.pairs.push([a, b, ab, ba]);
  };
  for (let a = 0; a < N; a++) {
    if (r.hasException[a]) {
      for (let b = a + 1; b < N; b++) check(a, b);
      continue;
    }
    for (const b of reachList[r.nodeClass[a] ?? 0] ?? []) if (b > a) check(a, b);
  }
  const forwarderName = new Map<string, string>();
  for (const v of design.vnets) for (const x of [...v.appliances, ...v.gateways]) forwarderName.set(x.id, x.name);
  const describe = (via: number) => {
    const names = r.walker.viaSet(via).map((id) => `'${forwarderName.get(id) ?? id}'`);
    return names.length === 0 ? 'directly' : `through ${names.join(', ')}`;
  };
  const name = (n: number) => m.nodes[n]?.name ?? '';
  const out: Finding[] = [];
  for (const g of groups.values()) {
    const [a, b, ab, ba] = g.pairs[0] ?? [0, 0, 0, 0];
    const more = g.count > 1 ? ` (${g.count} pairs with the same routing)` : '';
    out.push(finding('ROUTE_ASYMMETRIC',
      `'${name(a)}' reaches '${name(b)}' ${describe(ab)}, but '${name(b)}' answers ${describe(ba)}${more}: a stateful firewall drops such flows.`, {
        vnets: [...g.involved].filter((n) => n < m.vnetCount).map((n) => m.nodes[n]?.id ?? ''),
        details: { pairCount: g.count, listedPairs: g.pairs.length, pairs: g.pairs.map(([x, y]) => `${name(x)} <-> ${name(y)}`).join('; ') },
      }));
  }
  return out;
}
