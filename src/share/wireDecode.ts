/**
 * Wire format 1 or 2 bytes -> a plain design object, mirroring wireEncode.ts step by step (the two
 * formats differ only in the on-premises records: see readOnPremises). The result is
 * NOT trusted: decodeShare hands it to parseDesign (the one load path). Every enum index and count is
 * checked here so a damaged link fails with a message instead of building nonsense.
 */
import type {
  Appliance, Bastion, Design, Gateway, OnPremises, PeeringLink, Planning, Route, RouteServer, RouteTable, Subnet, VNet,
} from '../model/schema';
import { ByteReader, WireError } from './bytes';
import { PrefixReader } from './prefixes';
import { readTemplate } from './templates';
import { checkKey, readPositions } from './positions';
import {
  APPLIANCE_KINDS, CLOUDS, CONNECTION_TYPES, FIREWALL_SKUS, GATEWAY_TYPES, INTENT_EXPECTS, NEXT_HOP_TYPES, ONPREM, PEER,
  PEERING_STATES, SYNC_LEVELS, VNET,
} from './wireTables';

interface Ctx {
  r: ByteReader;
  p: PrefixReader;
  endpoints: { id: string; name: string }[];
  vnetNames: Map<string, string>;
}

function pick<T>(table: readonly T[], i: number, what: string): T {
  const v = table[i];
  if (v === undefined) throw new WireError(`the link contains an unknown ${what} (code ${i})`);
  return v;
}

function readNumber(r: ByteReader): number {
  const tag = r.uint();
  if (tag === 0) return r.int();
  if (tag === 1) return r.f64();
  throw new WireError('a number in the link is malformed');
}

function readRef(ctx: Ctx, limit: number): string {
  const k = ctx.r.uint();
  if (k === 0) return ctx.r.str();
  const e = k <= limit ? ctx.endpoints[k - 1] : undefined;
  if (e === undefined) throw new WireError('the link refers to a network it does not contain');
  return e.id;
}

function readList<T>(r: ByteReader, max: number, item: () => T): T[] {
  const n = r.count(max);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(item());
  return out;
}

function readRouteTable(ctx: Ctx): RouteTable {
  const { r, p } = ctx;
  const name = r.str();
  const id = readTemplate(r, [name]);
  const subscriptionId = r.str();
  const resourceGroup = r.str();
  const location = r.str();
  const disableBgpRoutePropagation = r.bool();
  const routes = readList(r, 1000, (): Route => {
    const head = r.uint();
    const route: Route = {
      nextHopType: pick(NEXT_HOP_TYPES, Math.floor(head / 2), 'next hop type'),
      name: r.str(),
      addressPrefix: p.read(),
    };
    if (head % 2 === 1) route.nextHopIpAddress = r.str();
    return route;
  });
  return { id, name, subscriptionId, resourceGroup, location, disableBgpRoutePropagation, routes };
}

function readVnet(ctx: Ctx): VNet {
  const { r, p } = ctx;
  const flags = r.uint();
  const has = (bit: number) => (flags & bit) !== 0;
  const name = r.str();
  const id = readTemplate(r, [name]);
  const v: VNet = {
    id, name, subscriptionId: r.str(), resourceGroup: r.str(), location: r.str(), addressPrefixes: p.list(500),
    isClassic: has(VNET.classic), isPlaceholder: has(VNET.placeholder),
    dnsServers: [], subnets: [], gateways: [], routeServers: [], appliances: [], bastions: [],
  };
  if (has(VNET.imported)) v.importedAddressPrefixes = p.list(500);
  if (has(VNET.resourceId)) v.resourceId = readTemplate(r, [v.subscriptionId, v.resourceGroup, name]);
  if (has(VNET.tags)) {
    const tags: Record<string, string> = {};
    for (const [k, val] of readList(r, 1000, () => [checkKey(r.str()), r.str()] as const)) tags[k] = val;
    v.tags = tags;
  }
  if (has(VNET.dns)) v.dnsServers = readList(r, 100, () => r.str());
  const owned = (n: string) => [n, id, name];
  v.subnets = readList(r, 3000, (): Subnet => {
    const f = r.uint();
    const sName = r.str();
    const s: Subnet = { name: sName, id: readTemplate(r, owned(sName)), addressPrefixes: p.list(100) };
    if (f & 1) s.routeTableId = r.str();
    if (f & 2) s.networkSecurityGroup = readTemplate(r, owned(sName));
    return s;
  });
  if (has(VNET.gateways)) {
    v.gateways = readList(r, 10, (): Gateway => {
      const f = r.uint();
      const gName = readTemplate(r, [name, id]);
      const g: Gateway = {
        gatewayType: pick(GATEWAY_TYPES, f & 1, 'gateway type'), name: gName, id: readTemplate(r, owned(gName)),
        sku: r.str(), activeActive: (f & 2) !== 0,
      };
      if (f & 4) g.asn = r.uint();
      return g;
    });
  }
  if (has(VNET.routeServers)) {
    v.routeServers = readList(r, 10, (): RouteServer => {
      const rName = readTemplate(r, [name, id]);
      return { name: rName, id: readTemplate(r, owned(rName)) };
    });
  }
  if (has(VNET.appliances)) {
    v.appliances = readList(r, 100, (): Appliance => {
      const f = r.uint();
      const aName = readTemplate(r, [name, id]);
      const a: Appliance = {
        kind: pick(APPLIANCE_KINDS, f & 1, 'appliance kind'), name: aName, id: readTemplate(r, owned(aName)),
        privateIpAddress: r.str(), subnetName: r.str(),
      };
      const sku = f >> 1;
      if (sku > 0) a.sku = pick(FIREWALL_SKUS, sku - 1, 'firewall SKU');
      return a;
    });
  }
  if (has(VNET.bastions)) {
    v.bastions = readList(r, 10, (): Bastion => {
      const bName = readTemplate(r, [name, id]);
      return { name: bName, id: readTemplate(r, owned(bName)), sku: r.str() };
    });
  }
  return v;
}

function readPeering(ctx: Ctx, vnetCount: number): PeeringLink {
  const { r } = ctx;
  const from = readRef(ctx, vnetCount);
  const to = readRef(ctx, vnetCount);
  const f = r.uint();
  const nameOf = (vid: string) => ctx.vnetNames.get(vid) ?? '';
  const fromName = nameOf(from);
  const toName = nameOf(to);
  const name = readTemplate(r, [fromName, toName, from, to]);
  const link: PeeringLink = {
    id: readTemplate(r, [name, from, to, fromName, toName]), name, from, to,
    allowVirtualNetworkAccess: (f & PEER.access) !== 0,
    allowForwardedTraffic: (f & PEER.forwarded) !== 0,
    allowGatewayTransit: (f & PEER.gatewayTransit) !== 0,
    useRemoteGateways: (f & PEER.useRemoteGateways) !== 0,
  };
  const state = Math.floor(f / PEER.stateShift) % 4;
  const sync = Math.floor(f / PEER.syncShift) % 8;
  if (state > 0) link.peeringState = pick(PEERING_STATES, state - 1, 'peering state');
  if (sync > 0) link.peeringSyncLevel = pick(SYNC_LEVELS, sync - 1, 'peering sync level');
  if (f & PEER.remotePrefixes) link.remoteAddressPrefixes = ctx.p.list(500);
  return link;
}

/**
 * Format 1 wrote only the gateway bit and ignored the others (read exactly as before). Format 2 adds
 * the connection details behind their bits; any bit it does not define means a damaged link.
 */
function readOnPremises(ctx: Ctx, format: 1 | 2): OnPremises {
  const { r } = ctx;
  const f = r.uint();
  if (format === 2 && f > ONPREM.all) throw new WireError('an on-premises network in the link has unknown settings');
  const oName = r.str();
  const o: OnPremises = { name: oName, id: readTemplate(r, [oName]), addressRanges: ctx.p.list(500) };
  if (f & ONPREM.gateway) o.gatewayId = r.str();
  if (format === 1) return o;
  const type = Math.floor(f / ONPREM.typeShift) % 4;
  if (type > 0) o.connectionType = pick(CONNECTION_TYPES, type - 1, 'connection type');
  if (f & ONPREM.gatewayIp) o.gatewayIpAddress = r.str();
  if (f & ONPREM.fqdn) o.fqdn = r.str();
  if (f & ONPREM.bgp) o.bgp = { asn: r.uint(), peeringAddress: r.str() };
  if (f & ONPREM.circuit) o.expressRouteCircuitId = r.str();
  return o;
}

function readPlanning(r: ByteReader, peerings: readonly PeeringLink[]): Planning | undefined {
  const f = r.uint();
  if (f === 0) return undefined;
  const trafficGbPerMonth: Record<string, number> = {};
  for (let i = r.count(200000); i > 0; i--) {
    const k = r.uint();
    const linkId = k === 0 ? r.str() : peerings[k - 1]?.id;
    if (linkId === undefined) throw new WireError('the link refers to a peering it does not contain');
    trafficGbPerMonth[checkKey(linkId)] = readNumber(r);
  }
  const plan: Planning = { trafficGbPerMonth };
  if (f & 2) {
    const prices: Record<string, number> = {};
    for (let i = r.count(10000); i > 0; i--) prices[checkKey(r.str())] = readNumber(r);
    plan.prices = prices;
  }
  if (f & 4) plan.pricesDate = r.str();
  return plan;
}

/** Throws WireError on malformed bytes; decodeShare catches it. `format` is the link's format version. */
export function decodeWire(bytes: Uint8Array, format: 1 | 2): Design {
  const r = new ByteReader(bytes);
  const ctx: Ctx = { r, p: new PrefixReader(r), endpoints: [], vnetNames: new Map() };
  const name = r.str();
  const subscriptions = readList(r, 1000, () => ({
    id: r.str(), name: r.str(), tenantId: r.str(), cloud: pick(CLOUDS, r.uint(), 'cloud'),
  }));
  const resourceGroups = readList(r, 10000, () => ({ subscriptionId: r.str(), name: r.str(), location: r.str() }));
  const routeTables = readList(r, 20000, () => readRouteTable(ctx));
  const vnets = readList(r, 20000, () => readVnet(ctx));
  // Same rule as the encoder: the first VNet with an id names it.
  for (const v of vnets) {
    ctx.endpoints.push(v);
    if (!ctx.vnetNames.has(v.id)) ctx.vnetNames.set(v.id, v.name);
  }
  const onPremises = readList(r, 1000, () => readOnPremises(ctx, format));
  for (const o of onPremises) ctx.endpoints.push(o);
  const peerings = readList(r, 200000, () => readPeering(ctx, vnets.length));
  const endpointCount = ctx.endpoints.length;
  const intents = readList(r, 10000, () => {
    const from = readRef(ctx, endpointCount);
    const to = readRef(ctx, endpointCount);
    const expect = pick(INTENT_EXPECTS, r.uint(), 'intent');
    return { id: readTemplate(r, [from, to]), from, to, expect };
  });
  const positions = readPositions(r, () => readRef(ctx, endpointCount), 200000);
  const planning = readPlanning(r, peerings);
  if (!r.atEnd) throw new WireError('the link has data after the design ends (damaged?)');
  const design: Design = {
    version: 1, name, subscriptions, resourceGroups, vnets, routeTables, onPremises, peerings, intents,
    layout: { positions },
  };
  if (planning !== undefined) design.planning = planning;
  return design;
}
