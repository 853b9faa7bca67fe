/**
 * A lookup index over one design, built once per design object and memoised in a WeakMap, so every
 * rule (and the reachability analysis) shares it instead of scanning arrays: VNets by id, links by
 * from/to, the reverse of a link, "connected" links (both directions exist), and parsed prefixes.
 *
 * Designs are immutable (ops return new objects), so identity is a safe cache key.
 */
import { parseCidr, type CidrRange } from '../model/cidr';
import type {
  Appliance, Design, Gateway, PeeringLink, RouteTable, Subnet, Subscription, VNet,
} from '../model/schema';

export interface ParsedPrefix {
  /** the prefix as typed */
  text: string;
  range: CidrRange;
}

export interface SubnetRef {
  vnet: VNet;
  subnet: Subnet;
}

export interface DesignIndex {
  design: Design;
  vnetById: ReadonlyMap<string, VNet>;
  /** links whose `from` is the key, sorted by link id (duplicates included), so results never depend on design order */
  linksFrom: ReadonlyMap<string, readonly PeeringLink[]>;
  /** links whose `to` is the key, sorted by link id */
  linksTo: ReadonlyMap<string, readonly PeeringLink[]>;
  linkById: ReadonlyMap<string, PeeringLink>;
  /** the link from `from` to `to` (with duplicates: the one with the smallest id), if any */
  link(from: string, to: string): PeeringLink | undefined;
  /** the link in the opposite direction of `link` (smallest id among duplicates) */
  reverse(link: PeeringLink): PeeringLink | undefined;
  /** the link and its reverse both exist (Azure state Connected when deployed) */
  isConnected(link: PeeringLink): boolean;
  /** links (not self-links) whose reverse exists, sorted by link id */
  connectedLinks: readonly PeeringLink[];
  /**
   * VNets linked with `vnetId` in either direction (self excluded). A link in one direction is enough:
   * Azure's overlap checks [reference 1.1, 1.2] count a one-way (Initiated) link as a peering.
   */
  peersOf(vnetId: string): ReadonlySet<string>;
  /** VNets linked both ways with `vnetId` (traffic can flow) */
  connectedPeersOf(vnetId: string): ReadonlySet<string>;
  /** a link exists between a and b in either direction */
  arePeered(a: string, b: string): boolean;
  /** valid parsed prefixes of a VNet's address space (IPv4 and IPv6), in order; invalid ones left out */
  prefixesOf(vnetId: string): readonly ParsedPrefix[];
  /** valid parsed IPv4 prefixes of a VNet */
  ipv4PrefixesOf(vnetId: string): readonly ParsedPrefix[];
  /** valid parsed prefixes of a subnet */
  subnetPrefixes(subnet: Subnet): readonly ParsedPrefix[];
  subscriptionById: ReadonlyMap<string, Subscription>;
  routeTableById: ReadonlyMap<string, RouteTable>;
  /** subnets associated with each route table id */
  subnetsByRouteTable: ReadonlyMap<string, readonly SubnetRef[]>;
  /** gateway id -> its VNet and the gateway */
  gatewayById: ReadonlyMap<string, { vnet: VNet; gateway: Gateway }>;
  /** appliances by private IP address (as typed, trimmed) */
  appliancesByIp: ReadonlyMap<string, readonly { vnet: VNet; appliance: Appliance }[]>;
  /** the VNet has a VPN/ExpressRoute gateway or a Route Server [reference 1.7] */
  hasGateway(vnetId: string): boolean;
  /** every valid VNet and subnet prefix text in the design (for IPAM: nextFreeBlock's avoid list) */
  allPrefixTexts: readonly string[];
  /**
   * Ids used by more than one VNet, link, route table or on-premises network, and `vnetId\u0000subnetId`
   * keys of subnets sharing an id in one VNet. An operation naming such an id would change all of them,
   * so quick fixes avoid them.
   */
  ambiguousIds: ReadonlySet<string>;
}

const cache = new WeakMap<Design, DesignIndex>();

const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;

/** Parsed prefixes are immutable, so one object per distinct text serves every design (no per-build garbage). */
const parsedCache = new Map<string, ParsedPrefix | null>();

function parseOne(text: string): ParsedPrefix | null {
  let p = parsedCache.get(text);
  if (p === undefined) {
    const r = parseCidr(text);
    p = r.ok ? { text, range: r.value } : null;
    if (parsedCache.size > 200_000) parsedCache.clear();
    parsedCache.set(text, p);
  }
  return p;
}

function parseAll(texts: readonly string[]): ParsedPrefix[] {
  const out: ParsedPrefix[] = [];
  for (const text of texts) {
    const p = parseOne(text);
    if (p) out.push(p);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EMPTY_SET: ReadonlySet<string> = new Set();

export function designIndex(design: Design): DesignIndex {
  const cached = cache.get(design);
  if (cached) return cached;
  const index = buildIndex(design);
  cache.set(design, index);
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const vnetById = new Map<string, VNet>();
  for (const v of design.vnets) if (!vnetById.has(v.id)) vnetById.set(v.id, v);

  const linksFrom = new Map<string, PeeringLink[]>();
  const linksTo = new Map<string, PeeringLink[]>();
  const linkById = new Map<string, PeeringLink>();
  const byPair = new Map<string, PeeringLink>();
  const peers = new Map<string, Set<string>>();
  // Sorting by id makes every lookup (and so every rule) independent of the order links were drawn in.
  const sortedLinks = [...design.peerings].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const l of sortedLinks) {
    pushTo(linksFrom, l.from, l);
    pushTo(linksTo, l.to, l);
    if (!linkById.has(l.id)) linkById.set(l.id, l);
    const key = pairKey(l.from, l.to);
    if (!byPair.has(key)) byPair.set(key, l);
    if (l.from !== l.to) {
      let a = peers.get(l.from);
      if (!a) peers.set(l.from, (a = new Set()));
      a.add(l.to);
      let b = peers.get(l.to);
      if (!b) peers.set(l.to, (b = new Set()));
      b.add(l.from);
    }
  }
  const link = (from: string, to: string) => byPair.get(pairKey(from, to));
  const reverse = (l: PeeringLink) => byPair.get(pairKey(l.to, l.from));
  const isConnected = (l: PeeringLink) => l.from !== l.to && byPair.has(pairKey(l.to, l.from));

  const connectedLinks: PeeringLink[] = [];
  const connectedPeers = new Map<string, Set<string>>();
  for (const l of sortedLinks) {
    if (!isConnected(l)) continue;
    connectedLinks.push(l);
    let s = connectedPeers.get(l.from);
    if (!s) connectedPeers.set(l.from, (s = new Set()));
    s.add(l.to);
  }

  const prefixes = new Map<string, ParsedPrefix[]>();
  const ipv4 = new Map<string, ParsedPrefix[]>();
  const subnetPrefixCache = new WeakMap<Subnet, ParsedPrefix[]>();
  const subnetPrefixes = (s: Subnet): ParsedPrefix[] => {
    let sp = subnetPrefixCache.get(s);
    if (!sp) subnetPrefixCache.set(s, (sp = parseAll(s.addressPrefixes)));
    return sp;
  };
  const subnetsByRouteTable = new Map<string, SubnetRef[]>();
  const gatewayById = new Map<string, { vnet: VNet; gateway: Gateway }>();
  const appliancesByIp = new Map<string, { vnet: VNet; appliance: Appliance }[]>();
  for (const v of vnetById.values()) {
    const parsed = parseAll(v.addressPrefixes);
    prefixes.set(v.id, parsed);
    ipv4.set(v.id, parsed.every((p) => p.range.family === 4) ? parsed : parsed.filter((p) => p.range.family === 4));
    for (const s of v.subnets) if (s.routeTableId !== undefined) pushTo(subnetsByRouteTable, s.routeTableId, { vnet: v, subnet: s });
    for (const g of v.gateways) if (!gatewayById.has(g.id)) gatewayById.set(g.id, { vnet: v, gateway: g });
    for (const a of v.appliances) pushTo(appliancesByIp, a.privateIpAddress.trim(), { vnet: v, appliance: a });
  }

  const subscriptionById = new Map<string, Subscription>();
  for (const s of design.subscriptions) if (!subscriptionById.has(s.id)) subscriptionById.set(s.id, s);
  const routeTableById = new Map<string, RouteTable>();
  for (const r of design.routeTables) if (!routeTableById.has(r.id)) routeTableById.set(r.id, r);

  // Rarely needed (IPAM fixes, fixes at all): computed on first use.
  let allPrefixTexts: string[] | undefined;
  let ambiguousIds: Set<string> | undefined;

  return {
    design,
    vnetById,
    linksFrom,
    linksTo,
    linkById,
    link,
    reverse,
    isConnected,
    connectedLinks,
    peersOf: (id) => peers.get(id) ?? EMPTY_SET,
    connectedPeersOf: (id) => connectedPeers.get(id) ?? EMPTY_SET,
    arePeered: (a, b) => byPair.has(pairKey(a, b)) || byPair.has(pairKey(b, a)),
    prefixesOf: (id) => prefixes.get(id) ?? [],
    ipv4PrefixesOf: (id) => ipv4.get(id) ?? [],
    subnetPrefixes,
    subscriptionById,
    routeTableById,
    subnetsByRouteTable,
    gatewayById,
    appliancesByIp,
    hasGateway: (id) => {
      const v = vnetById.get(id);
      return !!v && (v.gateways.length > 0 || v.routeServers.length > 0);
    },
    get allPrefixTexts() {
      if (!allPrefixTexts) {
        allPrefixTexts = [];
        for (const v of vnetById.values()) {
          for (const p of prefixes.get(v.id) ?? []) allPrefixTexts.push(p.text);
          for (const sn of v.subnets) for (const p of subnetPrefixes(sn)) allPrefixTexts.push(p.text);
        }
      }
      return allPrefixTexts;
    },
    get ambiguousIds() {
      if (!ambiguousIds) ambiguousIds = findAmbiguousIds(design);
      return ambiguousIds;
    },
  };
}

function findAmbiguousIds(design: Design): Set<string> {
  const ambiguous = new Set<string>();
  const markDuplicates = (ids: Iterable<string>) => {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) ambiguous.add(i);
      seen.add(i);
    }
  };
  markDuplicates(design.vnets.map((v) => v.id));
  markDuplicates(design.peerings.map((l) => l.id));
  markDuplicates(design.routeTables.map((r) => r.id));
  markDuplicates(design.onPremises.map((o) => o.id));
  for (const v of design.vnets) if (v.subnets.length > 1) markDuplicates(v.subnets.map((x) => `${v.id}\u0000${x.id}`));
  return ambiguous;
}
