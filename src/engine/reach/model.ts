/**
 * The routing model of one design (../shared/spec/reachability.md): endpoints (VNets, then on-premises
 * networks) as integer node indices, every destination range (VNet prefixes and on-premises ranges)
 * as an integer destination index with the ranges that contain it, and routing contexts (a VNet plus
 * the route table of one subnet) as integer ids, so the walk memoises on numbers, not strings.
 *
 * Containment is found by one sweep over all ranges (never all pairs): on a sane address plan every
 * destination is contained by its own range only.
 */
import { parseCidr, rangeContains, type CidrRange } from '../../model/cidr';
import { sweepOverlaps } from './sweep';
import type { Appliance, Design, Gateway, OnPremises, PeeringLink, Route, RouteTable, VNet } from '../../model/schema';
import { isSpecialSubnet } from '../../model/specialSubnets';
import { designIndex, type DesignIndex } from '../designIndex';

export interface ReachNode {
  idx: number;
  id: string;
  name: string;
  kind: 'vnet' | 'onprem';
  vnet?: VNet;
  onprem?: OnPremises;
  /** destination indices of this node's ranges */
  dests: number[];
}

export interface Dest {
  idx: number;
  node: number;
  text: string;
  range: CidrRange;
  /** IPv4 bounds as plain numbers (exact), for the hot containment checks; 0 for IPv6 */
  lo: number;
  hi: number;
}

export interface ParsedRoute {
  route: Route;
  range: CidrRange;
  /** IPv4 bounds as plain numbers, as on Dest */
  lo: number;
  hi: number;
}
// (a context's `udrs` are sorted by prefix length, longest first)

/** Where a routing decision is taken: a VNet and one subnet's route table. */
export interface Ctx {
  id: number;
  vnet: number;
  subnetName: string;
  routeTable: RouteTable | undefined;
  udrs: ParsedRoute[];
  disableBgp: boolean;
  /**
   * A class context stands for every VNet of a source class: the VNet's own prefixes are left out
   * (pairs whose ranges overlap are walked with concrete contexts instead).
   */
  excludeOwn: boolean;
}


export interface RoutingModel {
  design: Design;
  index: DesignIndex;
  nodes: ReachNode[];
  nodeIdx: ReadonlyMap<string, number>;
  vnetCount: number;
  dests: Dest[];
  /** for each destination: VNet-prefix destinations containing it (itself included when it is one) */
  vnetContainers: number[][];
  /** for each destination: on-premises-range destinations containing it */
  onpremContainers: number[][];
  /** node pairs (a * nodes + b, both orders) whose ranges overlap */
  overlapPairs: ReadonlySet<number>;
  /** connected peers (links both ways) of each VNet node, as node indices */
  connectedPeers: ReadonlySet<number>[];
  /** peers linked in either direction (for "directly peered") */
  linkedPeers: ReadonlySet<number>[];
  /** the hub whose gateway a VNet uses through a valid gateway-transit pair, or -1 [reference 1.7] */
  transitHub: Int32Array;
  /** VNets owning a gateway: gateways usable from each VNet node (own, else the transit hub's) */
  gatewaysFor(vnet: number): readonly Gateway[];
  /** the VNet node holding a gateway */
  gatewayVnet: ReadonlyMap<string, number>;
  link(from: number, to: number): PeeringLink | undefined;
  /** normalised region of each VNet node ("West Europe" = "westeurope") */
  region: readonly string[];
  ctxCount(): number;
  ctxById(id: number): Ctx;
  /** contexts of the workload subnets of a VNet (a VNet without any counts as one plain subnet) */
  workloadCtxs(vnet: number, excludeOwn: boolean): Ctx[];
  subnetCtx(vnet: number, subnetName: string): Ctx;
  /** the packet as seen by an appliance: the appliance subnet's routes */
  applianceCtx(vnet: number, appliance: Appliance): Ctx;
  /** parsed routes of a route table (valid prefixes only), cached */
  routeTableUdrs(routeTableId: string): readonly ParsedRoute[];
  /** parsed IPv4/IPv6 address of a next-hop IP (as a /32 or /128 range), cached */
  addressRange(ip: string): CidrRange | undefined;
}

const cache = new WeakMap<Design, RoutingModel>();

/** bigint comparisons are slow in the route lookup: IPv4 bounds fit a double exactly */
const bounds = (r: CidrRange): { lo: number; hi: number } =>
  r.family === 4 ? { lo: Number(r.start), hi: Number(r.end) } : { lo: 0, hi: 0 };
const EMPTY: Set<number> = new Set();

export function routingModel(design: Design): RoutingModel {
  let m = cache.get(design);
  if (!m) cache.set(design, (m = buildModel(design)));
  return m;
}

const sortedById = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function buildModel(design: Design): RoutingModel {
  const index = designIndex(design);
  const nodes: ReachNode[] = [];
  const nodeIdx = new Map<string, number>();
  const dests: Dest[] = [];
  const addNode = (node: ReachNode, ranges: readonly { text: string; range: CidrRange }[]) => {
    if (nodeIdx.has(node.id)) return;
    const idx = nodes.length;
    node.idx = idx;
    for (const r of ranges) {
      node.dests.push(dests.length);
      dests.push({ idx: dests.length, node: idx, text: r.text, range: r.range, ...bounds(r.range) });
    }
    nodes.push(node);
    nodeIdx.set(node.id, idx);
  };
  // Nodes in id order, not drawing order: every result (pair order in messages, listed pairs, fixes)
  // is then independent of the order of VNets in the design.
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const v of [...index.vnetById.values()].sort(byId)) addNode({ idx: 0, id: v.id, name: v.name, kind: 'vnet', vnet: v, dests: [] }, index.prefixesOf(v.id));
  const vnetCount = nodes.length;
  for (const o of [...design.onPremises].sort(byId)) {
    const ranges = [];
    for (const text of o.addressRanges) {
      const r = parseCidr(text);
      if (r.ok) ranges.push({ text, range: r.value });
    }
    addNode({ idx: 0, id: o.id, name: o.name, kind: 'onprem', onprem: o, dests: [] }, ranges);
  }
  const N = nodes.length;

  const vnetContainers: number[][] = dests.map((d) => (d.node < vnetCount ? [d.idx] : []));
  const onpremContainers: number[][] = dests.map((d) => (d.node >= vnetCount ? [d.idx] : []));
  const overlapPairs = new Set<number>();
  sweepOverlaps(dests, (da, db) => {
    overlapPairs.add(da.node * N + db.node).add(db.node * N + da.node);
    if (rangeContains(da.range, db.range)) (da.node < vnetCount ? vnetContainers : onpremContainers)[db.idx]?.push(da.idx);
    if (rangeContains(db.range, da.range)) (db.node < vnetCount ? vnetContainers : onpremContainers)[da.idx]?.push(db.idx);
  });
  for (const list of vnetContainers) if (list.length > 1) list.sort((x, y) => x - y);
  for (const list of onpremContainers) if (list.length > 1) list.sort((x, y) => x - y);

  const idxOf = (id: string) => nodeIdx.get(id) ?? -1;
  // links by (from, to) node index: the first link of a pair in link-id order, as designIndex.link
  const linkTo: (Map<number, PeeringLink> | undefined)[] = new Array<Map<number, PeeringLink> | undefined>(vnetCount);
  const connectedPeers: Set<number>[] = Array.from({ length: vnetCount }, () => EMPTY);
  const linkedPeers: Set<number>[] = Array.from({ length: vnetCount }, () => EMPTY);
  const addTo = (sets: Set<number>[], a: number, b: number) => {
    let set = sets[a];
    if (!set || set === EMPTY) sets[a] = set = new Set();
    set.add(b);
  };
  for (const l of sortedById(design.peerings)) {
    const a = idxOf(l.from);
    const b = idxOf(l.to);
    if (a < 0 || b < 0 || a >= vnetCount || b >= vnetCount || a === b) continue;
    let map = linkTo[a];
    if (!map) linkTo[a] = map = new Map();
    if (!map.has(b)) map.set(b, l);
    addTo(linkedPeers, a, b);
    addTo(linkedPeers, b, a);
  }
  for (let a = 0; a < vnetCount; a++) {
    for (const b of linkTo[a]?.keys() ?? []) if (linkTo[b]?.has(a)) addTo(connectedPeers, a, b);
  }
  const region = nodes.map((n) => {
    const loc = n.vnet?.location ?? '';
    return /[A-Z\s]/.test(loc) ? loc.replace(/\s+/g, '').toLowerCase() : loc;
  });

  const gatewayVnet = new Map<string, number>();
  for (const [gid, { vnet }] of index.gatewayById) gatewayVnet.set(gid, idxOf(vnet.id));
  // Gateway transit [reference 1.7]: A->H uses remote gateways, H->A allows transit, H has a gateway
  // or Route Server and A has none of its own. The first valid link wins (GW_REMOTE_MULTIPLE reports more).
  const transitHub = new Int32Array(vnetCount).fill(-1);
  for (let v = 0; v < vnetCount; v++) {
    const id = nodes[v]?.id ?? '';
    if (index.hasGateway(id)) continue;
    for (const l of index.linksFrom.get(id) ?? []) {
      if (!l.useRemoteGateways || l.to === id) continue;
      const back = index.reverse(l);
      const hub = idxOf(l.to);
      if (back?.allowGatewayTransit && hub >= 0 && hub < vnetCount && index.hasGateway(l.to)) {
        transitHub[v] = hub;
        break;
      }
    }
  }
  const gatewaysFor = (v: number): readonly Gateway[] => {
    const own = nodes[v]?.vnet?.gateways ?? [];
    if (own.length > 0) return own;
    const hub = transitHub[v] ?? -1;
    return hub >= 0 ? (nodes[hub]?.vnet?.gateways ?? []) : [];
  };

  const ctxs: Ctx[] = [];
  const ctxKey = new Map<string, number>();
  const udrCache = new Map<string, ParsedRoute[]>();
  const udrsOf = (rt: RouteTable | undefined): ParsedRoute[] => {
    if (!rt) return [];
    let list = udrCache.get(rt.id);
    if (!list) {
      list = [];
      for (const route of rt.routes) {
        const r = parseCidr(route.addressPrefix);
        if (r.ok) list.push({ route, range: r.value, ...bounds(r.value) });
      }
      // longest first (stable for equal lengths): the route lookup stops at the first containing route
      list.sort((a, b) => b.range.prefixLength - a.range.prefixLength);
      udrCache.set(rt.id, list);
    }
    return list;
  };
  const makeCtx = (vnet: number, subnetName: string, rtId: string | undefined, excludeOwn: boolean): Ctx => {
    const key = `${vnet}|${subnetName}|${rtId ?? ''}|${excludeOwn ? 1 : 0}`;
    const found = ctxKey.get(key);
    if (found !== undefined) return ctxs[found] as Ctx;
    const rt = rtId === undefined ? undefined : index.routeTableById.get(rtId);
    const ctx: Ctx = {
      id: ctxs.length, vnet, subnetName, routeTable: rt, udrs: udrsOf(rt), disableBgp: rt?.disableBgpRoutePropagation ?? false, excludeOwn,
    };
    ctxs.push(ctx);
    ctxKey.set(key, ctx.id);
    return ctx;
  };
  const subnetCtxCache = new Map<string, Ctx>();
  const subnetCtx = (vnet: number, subnetName: string): Ctx => {
    const key = `${vnet}|${subnetName}`;
    let ctx = subnetCtxCache.get(key);
    if (!ctx) {
      const s = nodes[vnet]?.vnet?.subnets.find((x) => x.name === subnetName);
      subnetCtxCache.set(key, (ctx = makeCtx(vnet, subnetName, s?.routeTableId, false)));
    }
    return ctx;
  };
  const applianceCtxCache = new Map<Appliance, Ctx>();
  const applianceCtx = (vnet: number, appliance: Appliance): Ctx => {
    let ctx = applianceCtxCache.get(appliance);
    if (!ctx) applianceCtxCache.set(appliance, (ctx = subnetCtx(vnet, appliance.subnetName)));
    return ctx;
  };
  const workloadCtxs = (vnet: number, excludeOwn: boolean): Ctx[] => {
    const subnets = (nodes[vnet]?.vnet?.subnets ?? []).filter((s) => !isSpecialSubnet(s.name));
    if (subnets.length === 0) return [makeCtx(vnet, '', undefined, excludeOwn)];
    return subnets.map((s) => makeCtx(vnet, s.name, s.routeTableId, excludeOwn));
  };
  const addrCache = new Map<string, CidrRange | undefined>();
  const addressRange = (ip: string): CidrRange | undefined => {
    if (addrCache.has(ip)) return addrCache.get(ip);
    const t = ip.trim();
    const r = parseCidr(`${t}/${t.includes(':') ? 128 : 32}`);
    const value = r.ok ? r.value : undefined;
    addrCache.set(ip, value);
    return value;
  };

  return {
    design, index, nodes, nodeIdx, vnetCount, dests, vnetContainers, onpremContainers, overlapPairs,
    connectedPeers, linkedPeers, transitHub, gatewaysFor, gatewayVnet,
    region,
    link: (from, to) => linkTo[from]?.get(to),
    ctxCount: () => ctxs.length,
    ctxById: (id) => ctxs[id] as Ctx,
    workloadCtxs,
    subnetCtx,
    applianceCtx,
    routeTableUdrs: (id) => udrsOf(index.routeTableById.get(id)),
    addressRange,
  };
}
