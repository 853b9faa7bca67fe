/**
 * Design -> wire format 2 bytes (before compression). Layout, section by section, is mirrored
 * exactly by wireDecode.ts (which also still reads format 1); the tables and flag bits live in
 * wireTables.ts, the layout is described in FORMAT.md.
 */
import type { Design, OnPremises, PeeringLink, RouteTable, VNet } from '../model/schema';
import { ByteWriter } from './bytes';
import { PrefixWriter } from './prefixes';
import { writeTemplate } from './templates';
import { writePositions } from './positions';
import {
  APPLIANCE_KINDS, CLOUDS, CONNECTION_TYPES, FIREWALL_SKUS, GATEWAY_TYPES, INTENT_EXPECTS, NEXT_HOP_TYPES, ONPREM, PEER,
  PEERING_STATES, SYNC_LEVELS, VNET, indexOf,
} from './wireTables';

/** The wire format encodeWire writes (share.ts puts it in front of the payload). */
export const WIRE_FORMAT = 2;

interface Ctx {
  w: ByteWriter;
  p: PrefixWriter;
  /** id -> 1-based index: VNets first, then on-premises networks (the order they are written in). */
  endpoints: Map<string, number>;
}

function writeNumber(w: ByteWriter, n: number): void {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    w.uint(0);
    w.int(n);
  } else {
    w.uint(1);
    w.f64(n);
  }
}

/** A reference to a VNet (or on-premises network) by position, or the literal id when it is unknown. */
function writeRef(ctx: Ctx, id: string, limit: number): void {
  const k = ctx.endpoints.get(id);
  if (k !== undefined && k <= limit) ctx.w.uint(k);
  else {
    ctx.w.uint(0);
    ctx.w.str(id);
  }
}

function writeRouteTable(ctx: Ctx, t: RouteTable): void {
  const { w } = ctx;
  w.str(t.name);
  writeTemplate(w, t.id, [t.name]);
  w.str(t.subscriptionId);
  w.str(t.resourceGroup);
  w.str(t.location);
  w.bool(t.disableBgpRoutePropagation);
  w.uint(t.routes.length);
  for (const r of t.routes) {
    w.uint(indexOf(NEXT_HOP_TYPES, r.nextHopType) * 2 + (r.nextHopIpAddress !== undefined ? 1 : 0));
    w.str(r.name);
    ctx.p.write(r.addressPrefix);
    if (r.nextHopIpAddress !== undefined) w.str(r.nextHopIpAddress);
  }
}

function writeVnet(ctx: Ctx, v: VNet): void {
  const { w, p } = ctx;
  const has = (bit: number, on: boolean) => (on ? bit : 0);
  w.uint(
    has(VNET.classic, v.isClassic) | has(VNET.placeholder, v.isPlaceholder) |
      has(VNET.imported, v.importedAddressPrefixes !== undefined) | has(VNET.resourceId, v.resourceId !== undefined) |
      has(VNET.tags, v.tags !== undefined) | has(VNET.dns, v.dnsServers.length > 0) |
      has(VNET.gateways, v.gateways.length > 0) | has(VNET.routeServers, v.routeServers.length > 0) |
      has(VNET.appliances, v.appliances.length > 0) | has(VNET.bastions, v.bastions.length > 0),
  );
  w.str(v.name);
  writeTemplate(w, v.id, [v.name]);
  w.str(v.subscriptionId);
  w.str(v.resourceGroup);
  w.str(v.location);
  p.list(v.addressPrefixes);
  if (v.importedAddressPrefixes !== undefined) p.list(v.importedAddressPrefixes);
  if (v.resourceId !== undefined) writeTemplate(w, v.resourceId, [v.subscriptionId, v.resourceGroup, v.name]);
  if (v.tags !== undefined) {
    const entries = Object.entries(v.tags);
    w.uint(entries.length);
    for (const [k, val] of entries) {
      w.str(k);
      w.str(val);
    }
  }
  if (v.dnsServers.length > 0) {
    w.uint(v.dnsServers.length);
    for (const d of v.dnsServers) w.str(d);
  }
  const owned = (name: string) => [name, v.id, v.name];
  w.uint(v.subnets.length);
  for (const s of v.subnets) {
    w.uint((s.routeTableId !== undefined ? 1 : 0) | (s.networkSecurityGroup !== undefined ? 2 : 0));
    w.str(s.name);
    writeTemplate(w, s.id, owned(s.name));
    p.list(s.addressPrefixes);
    if (s.routeTableId !== undefined) w.str(s.routeTableId);
    if (s.networkSecurityGroup !== undefined) writeTemplate(w, s.networkSecurityGroup, owned(s.name));
  }
  if (v.gateways.length > 0) {
    w.uint(v.gateways.length);
    for (const g of v.gateways) {
      w.uint(indexOf(GATEWAY_TYPES, g.gatewayType) | (g.activeActive ? 2 : 0) | (g.asn !== undefined ? 4 : 0));
      writeTemplate(w, g.name, [v.name, v.id]);
      writeTemplate(w, g.id, owned(g.name));
      w.str(g.sku);
      if (g.asn !== undefined) w.uint(g.asn);
    }
  }
  if (v.routeServers.length > 0) {
    w.uint(v.routeServers.length);
    for (const r of v.routeServers) {
      writeTemplate(w, r.name, [v.name, v.id]);
      writeTemplate(w, r.id, owned(r.name));
    }
  }
  if (v.appliances.length > 0) {
    w.uint(v.appliances.length);
    for (const a of v.appliances) {
      const sku = a.sku === undefined ? 0 : indexOf(FIREWALL_SKUS, a.sku) + 1;
      w.uint(indexOf(APPLIANCE_KINDS, a.kind) | (sku << 1));
      writeTemplate(w, a.name, [v.name, v.id]);
      writeTemplate(w, a.id, owned(a.name));
      w.str(a.privateIpAddress);
      w.str(a.subnetName);
    }
  }
  if (v.bastions.length > 0) {
    w.uint(v.bastions.length);
    for (const b of v.bastions) {
      writeTemplate(w, b.name, [v.name, v.id]);
      writeTemplate(w, b.id, owned(b.name));
      w.str(b.sku);
    }
  }
}

/** Format 2: the connection details follow the format-1 fields, each behind its flag bit. */
function writeOnPremises(ctx: Ctx, o: OnPremises): void {
  const { w } = ctx;
  const type = o.connectionType === undefined ? 0 : indexOf(CONNECTION_TYPES, o.connectionType) + 1;
  w.uint(
    (o.gatewayId !== undefined ? ONPREM.gateway : 0) | type * ONPREM.typeShift |
      (o.gatewayIpAddress !== undefined ? ONPREM.gatewayIp : 0) | (o.fqdn !== undefined ? ONPREM.fqdn : 0) |
      (o.bgp !== undefined ? ONPREM.bgp : 0) | (o.expressRouteCircuitId !== undefined ? ONPREM.circuit : 0),
  );
  w.str(o.name);
  writeTemplate(w, o.id, [o.name]);
  ctx.p.list(o.addressRanges);
  if (o.gatewayId !== undefined) w.str(o.gatewayId);
  if (o.gatewayIpAddress !== undefined) w.str(o.gatewayIpAddress);
  if (o.fqdn !== undefined) w.str(o.fqdn);
  if (o.bgp !== undefined) {
    w.uint(o.bgp.asn);
    w.str(o.bgp.peeringAddress);
  }
  if (o.expressRouteCircuitId !== undefined) w.str(o.expressRouteCircuitId);
}

function writePeering(ctx: Ctx, link: PeeringLink, vnets: readonly VNet[], vnetCount: number): void {
  const { w } = ctx;
  writeRef(ctx, link.from, vnetCount);
  writeRef(ctx, link.to, vnetCount);
  const state = link.peeringState === undefined ? 0 : indexOf(PEERING_STATES, link.peeringState) + 1;
  const sync = link.peeringSyncLevel === undefined ? 0 : indexOf(SYNC_LEVELS, link.peeringSyncLevel) + 1;
  w.uint(
    (link.allowVirtualNetworkAccess ? PEER.access : 0) | (link.allowForwardedTraffic ? PEER.forwarded : 0) |
      (link.allowGatewayTransit ? PEER.gatewayTransit : 0) | (link.useRemoteGateways ? PEER.useRemoteGateways : 0) |
      state * PEER.stateShift | sync * PEER.syncShift |
      (link.remoteAddressPrefixes !== undefined ? PEER.remotePrefixes : 0),
  );
  const fromName = vnets[(ctx.endpoints.get(link.from) ?? 0) - 1]?.name ?? '';
  const toName = vnets[(ctx.endpoints.get(link.to) ?? 0) - 1]?.name ?? '';
  writeTemplate(w, link.name, [fromName, toName, link.from, link.to]);
  writeTemplate(w, link.id, [link.name, link.from, link.to, fromName, toName]);
  if (link.remoteAddressPrefixes !== undefined) ctx.p.list(link.remoteAddressPrefixes);
}

export function encodeWire(design: Design): Uint8Array {
  const w = new ByteWriter();
  const ctx: Ctx = { w, p: new PrefixWriter(w), endpoints: new Map() };
  // First occurrence wins, as duplicate ids cannot pass parseDesign anyway.
  design.vnets.forEach((v, i) => ctx.endpoints.has(v.id) || ctx.endpoints.set(v.id, i + 1));
  const vnetCount = design.vnets.length;
  design.onPremises.forEach((o, i) => ctx.endpoints.has(o.id) || ctx.endpoints.set(o.id, vnetCount + i + 1));

  w.str(design.name);
  w.uint(design.subscriptions.length);
  for (const s of design.subscriptions) {
    w.str(s.id);
    w.str(s.name);
    w.str(s.tenantId);
    w.uint(indexOf(CLOUDS, s.cloud));
  }
  w.uint(design.resourceGroups.length);
  for (const g of design.resourceGroups) {
    w.str(g.subscriptionId);
    w.str(g.name);
    w.str(g.location);
  }
  w.uint(design.routeTables.length);
  for (const t of design.routeTables) writeRouteTable(ctx, t);
  w.uint(vnetCount);
  for (const v of design.vnets) writeVnet(ctx, v);
  w.uint(design.onPremises.length);
  for (const o of design.onPremises) writeOnPremises(ctx, o);
  w.uint(design.peerings.length);
  for (const link of design.peerings) writePeering(ctx, link, design.vnets, vnetCount);
  const endpointCount = vnetCount + design.onPremises.length;
  w.uint(design.intents.length);
  for (const t of design.intents) {
    writeRef(ctx, t.from, endpointCount);
    writeRef(ctx, t.to, endpointCount);
    w.uint(indexOf(INTENT_EXPECTS, t.expect));
    writeTemplate(w, t.id, [t.from, t.to]);
  }
  writePositions(w, design.layout.positions, (id) => writeRef(ctx, id, endpointCount));
  writePlanning(ctx, design);
  return w.finish();
}

function writePlanning(ctx: Ctx, design: Design): void {
  const { w } = ctx;
  const plan = design.planning;
  if (plan === undefined) {
    w.uint(0);
    return;
  }
  w.uint(1 | (plan.prices !== undefined ? 2 : 0) | (plan.pricesDate !== undefined ? 4 : 0));
  const peeringIndex = new Map<string, number>();
  design.peerings.forEach((p, i) => peeringIndex.has(p.id) || peeringIndex.set(p.id, i + 1));
  const traffic = Object.entries(plan.trafficGbPerMonth);
  w.uint(traffic.length);
  for (const [linkId, gb] of traffic) {
    const k = peeringIndex.get(linkId);
    if (k !== undefined) w.uint(k);
    else {
      w.uint(0);
      w.str(linkId);
    }
    writeNumber(w, gb);
  }
  if (plan.prices !== undefined) {
    const prices = Object.entries(plan.prices);
    w.uint(prices.length);
    for (const [k, usd] of prices) {
      w.str(k);
      writeNumber(w, usd);
    }
  }
  if (plan.pricesDate !== undefined) w.str(plan.pricesDate);
}

export { writeNumber };
