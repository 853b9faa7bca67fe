/**
 * Whole-design reachability, fast on large estates (../shared/spec/reachability.md "Scale").
 *
 * VNets that route alike form one source class: same connected peers (and those peers' access flag
 * toward them), same usable gateways, same route-table routes on their workload subnets, and no
 * appliance or gateway of their own. A class is walked once per destination with its own prefixes
 * left out, so a hub with 1,000 identical spokes costs 2 x 1,001 walks, not 1,001^2. Pairs whose
 * ranges overlap (where a VNet's own prefixes would matter) are walked concretely as exceptions.
 */
import type { Design } from '../../model/schema';
import { isSpecialSubnet } from '../../model/specialSubnets';
import { routingModel, type Ctx, type RoutingModel } from './model';
import { Walker, type Outcome } from './walk';

export const NONE = 0;
export const PARTIAL = 1;
export const REACH = 2;
export type StatusCode = 0 | 1 | 2;

/** -1: the subnets of the source used different forwarders; -2: nothing delivered */
export const VIA_MIXED = -1;
export const VIA_NONE = -2;

export interface ReachInternals {
  model: RoutingModel;
  walker: Walker;
  /** source class of each node */
  nodeClass: Int32Array;
  classMembers: number[][];
  classStatus: Uint8Array[];
  classVia: Int32Array[];
  /** node pairs (a * N + b) walked concretely because their ranges overlap */
  exceptions: Map<number, { status: StatusCode; via: number }>;
  hasException: Uint8Array;
  status(from: number, to: number): StatusCode;
  via(from: number, to: number): number;
}

const cache = new WeakMap<Design, ReachInternals>();

export function reachInternals(design: Design): ReachInternals {
  let r = cache.get(design);
  if (!r) cache.set(design, (r = analyse(routingModel(design))));
  return r;
}

/** How a source starts: from its workload subnets, or (on-premises) at its gateway. */
interface Start {
  ctxs: Ctx[];
  /** on-premises source: the VNet holding its gateway (-1 for a VNet source) */
  gatewayVnet: number;
}

export function startOf(m: RoutingModel, node: number, asClass: boolean): Start | undefined {
  if (node < m.vnetCount) return { ctxs: m.workloadCtxs(node, asClass), gatewayVnet: -1 };
  const gid = m.nodes[node]?.onprem?.gatewayId;
  const g = gid === undefined ? undefined : m.gatewayVnet.get(gid);
  return g === undefined || g < 0 ? undefined : { ctxs: [m.subnetCtx(g, 'GatewaySubnet')], gatewayVnet: g };
}

/**
 * On-premises learns, over BGP, the gateway VNet's ranges and those of the VNets using that gateway
 * by gateway transit; it has no route to any other VNet [reference 1.7].
 */
export function advertisedTo(m: RoutingModel, gatewayVnet: number, dest: number): boolean {
  return dest >= m.vnetCount || dest === gatewayVnet || m.transitHub[dest] === gatewayVnet;
}

export const NOT_ADVERTISED: Outcome = { delivered: false, node: -1, code: 'not-advertised', via: 0, hops: 1 };

function cell(m: RoutingModel, w: Walker, start: Start | undefined, to: number): { status: StatusCode; via: number } {
  const dests = m.nodes[to]?.dests ?? [];
  if (!start || dests.length === 0) return { status: NONE, via: VIA_NONE };
  let total = 0;
  let ok = 0;
  let via = VIA_NONE;
  const skip = start.gatewayVnet >= 0 && !advertisedTo(m, start.gatewayVnet, to);
  for (const ctx of start.ctxs) {
    for (const d of dests) {
      total++;
      if (skip) continue;
      const o = w.resolve(ctx, d, false);
      if (!o.delivered || o.node !== to) continue;
      ok++;
      via = via === VIA_NONE || via === o.via ? o.via : VIA_MIXED;
    }
  }
  return { status: ok === 0 ? NONE : ok === total ? REACH : PARTIAL, via };
}

function routeTableSignature(m: RoutingModel, rtId: string | undefined, memo: Map<string, string>): string {
  const rt = rtId === undefined ? undefined : m.index.routeTableById.get(rtId);
  if (!rt) return '-';
  let sig = memo.get(rt.id);
  if (sig === undefined) {
    const routes = m.routeTableUdrs(rt.id).map((u) => `${u.range.family}:${u.range.start}/${u.range.prefixLength}>${u.route.nextHopType}@${u.route.nextHopIpAddress?.trim() ?? ''}`);
    sig = `${rt.disableBgpRoutePropagation ? 1 : 0}[${routes.sort().join(',')}]`;
    memo.set(rt.id, sig);
  }
  return sig;
}

/** A next hop of the route table inside the VNet's own space: the outcome depends on this VNet's prefixes. */
function pointsIntoOwnSpace(m: RoutingModel, v: number, rtId: string): boolean {
  const own = m.nodes[v]?.dests ?? [];
  for (const u of m.routeTableUdrs(rtId)) {
    const ip = u.route.nextHopIpAddress;
    const addr = ip === undefined ? undefined : m.addressRange(ip);
    if (!addr) continue;
    for (const d of own) {
      const r = m.dests[d]?.range;
      if (r && r.family === addr.family && r.start <= addr.start && addr.end <= r.end) return true;
    }
  }
  return false;
}

/** The class key of a VNet, or its own id when something about the VNet itself steers its packets. */
function classKey(m: RoutingModel, v: number, rtMemo: Map<string, string>): string {
  const vnet = m.nodes[v]?.vnet;
  if (!vnet) return `#${v}`;
  if (vnet.appliances.length > 0 || vnet.gateways.length > 0 || vnet.routeServers.length > 0) return `#${v}`;
  const sigs: string[] = [];
  for (const s of vnet.subnets) {
    if (isSpecialSubnet(s.name)) continue;
    if (s.routeTableId !== undefined && pointsIntoOwnSpace(m, v, s.routeTableId)) return `#${v}`;
    sigs.push(routeTableSignature(m, s.routeTableId, rtMemo));
  }
  const subnets = sigs.length === 0 ? '-' : sigs.length === 1 ? (sigs[0] ?? '') : sigs.sort().join(';');
  const peerSet = m.connectedPeers[v];
  let peerSig = '';
  if (peerSet && peerSet.size > 0) {
    const peers = [...peerSet].sort((a, b) => a - b);
    peerSig = peers.map((p) => `${p}${m.link(p, v)?.allowVirtualNetworkAccess ? '+' : '-'}`).join(',');
  }
  const gateways = m.gatewaysFor(v);
  const gw = gateways.length === 0 ? '' : gateways.map((g) => g.id).join(',');
  return `${gw}|${peerSig}|${subnets}`;
}

function analyse(m: RoutingModel): ReachInternals {
  const w = new Walker(m);
  const N = m.nodes.length;
  const nodeClass = new Int32Array(N);
  const classMembers: number[][] = [];
  const classStatus: Uint8Array[] = [];
  const classVia: Int32Array[] = [];
  const byKey = new Map<string, number>();
  const rtMemo = new Map<string, string>();
  for (let v = 0; v < N; v++) {
    const key = v < m.vnetCount ? classKey(m, v, rtMemo) : `#${v}`;
    let c = byKey.get(key);
    if (c === undefined) {
      c = classMembers.length;
      byKey.set(key, c);
      classMembers.push([]);
      const start = startOf(m, v, true);
      const status = new Uint8Array(N);
      const via = new Int32Array(N);
      for (let to = 0; to < N; to++) {
        const r = cell(m, w, start, to);
        status[to] = r.status;
        via[to] = r.via;
      }
      classStatus.push(status);
      classVia.push(via);
    }
    nodeClass[v] = c;
    classMembers[c]?.push(v);
  }

  const exceptions = new Map<number, { status: StatusCode; via: number }>();
  const hasException = new Uint8Array(N);
  for (const key of m.overlapPairs) {
    const from = Math.floor(key / N);
    const to = key % N;
    if (from === to) continue;
    exceptions.set(key, cell(m, w, startOf(m, from, false), to));
    hasException[from] = 1;
  }

  const status = (from: number, to: number): StatusCode => {
    if (from === to) return REACH;
    if (hasException[from]) {
      const e = exceptions.get(from * N + to);
      if (e) return e.status;
    }
    return (classStatus[nodeClass[from] ?? 0]?.[to] ?? NONE) as StatusCode;
  };
  const via = (from: number, to: number): number => {
    if (hasException[from]) {
      const e = exceptions.get(from * N + to);
      if (e) return e.via;
    }
    return classVia[nodeClass[from] ?? 0]?.[to] ?? VIA_NONE;
  };
  return { model: m, walker: w, nodeClass, classMembers, classStatus, classVia, exceptions, hasException, status, via };
}
