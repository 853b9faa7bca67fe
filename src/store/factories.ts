/**
 * Pure builders behind the designer's actions: a new VNet with free address space, the two links of a
 * new peering, copies of selected VNets with fresh ids. They return ops (DesignOp[]), so every action
 * is one `applyOps` call and one undo step.
 */
import { nextFreeBlock } from '../model/cidr';
import { makeLink, makeVnet } from '../model/factories';
import { collectIds, slugify, uniqueId } from '../model/ids';
import type { DesignOp } from '../model/ops';
import type { Design, OnPremises, PeeringLink, Position, VNet } from '../model/schema';
import { occupiedRanges } from '../plan/pools';
import { linkBetween } from './lookup';

export const DEFAULT_POOL = '10.0.0.0/8';
export const DEFAULT_LOCATION = 'westeurope';
const DEFAULT_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';

function uniqueName(base: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const name = `${base}-${i}`;
    if (!taken.has(name)) return name;
  }
}

function mostCommon(values: readonly string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/** A VNet named vnet-N in the design's usual subscription, RG and region, with the next free /16. */
export function newVnetOps(design: Design, position: Position): { ops: DesignOp[]; id: string } {
  const ids = collectIds(design);
  const name = uniqueName('vnet', new Set(design.vnets.map((v) => v.name)));
  const id = uniqueId(slugify(name), ids);
  const ops: DesignOp[] = [];
  let subscriptionId = design.subscriptions[0]?.id;
  if (subscriptionId === undefined) {
    subscriptionId = DEFAULT_SUBSCRIPTION;
    ops.push({ op: 'addSubscription', subscription: { id: subscriptionId, name: 'Subscription 1', tenantId: '', cloud: 'AzureCloud' } });
  }
  const prefix = nextFreeBlock(DEFAULT_POOL, 16, occupiedRanges(design)) ?? '';
  const vnet = makeVnet({
    id,
    name,
    subscriptionId,
    resourceGroup: mostCommon(design.vnets.map((v) => v.resourceGroup), 'rg-network'),
    location: mostCommon(design.vnets.map((v) => v.location), DEFAULT_LOCATION),
    addressPrefixes: prefix ? [prefix] : [],
  });
  ops.push({ op: 'addVnet', vnet, position });
  return { ops, id };
}

export function newOnPremOps(design: Design, position: Position): { ops: DesignOp[]; id: string } {
  const name = uniqueName('onprem', new Set(design.onPremises.map((o) => o.name)));
  const id = uniqueId(slugify(name), collectIds(design));
  const range = nextFreeBlock('192.168.0.0/16', 20, occupiedRanges(design)) ?? '';
  const onPremises: OnPremises = { id, name, addressRanges: range ? [range] : [] };
  return { ops: [{ op: 'addOnPremises', onPremises }, { op: 'setPosition', id, position }], id };
}

/**
 * The links of a new peering, in the portal's defaults (virtual network access on, the other three flags
 * off: reference 1.4), named `peer-<from>-to-<to>` after the VNet names. Only missing directions are added.
 */
export function peeringOps(design: Design, fromId: string, toId: string): DesignOp[] {
  if (fromId === toId) return [];
  const from = design.vnets.find((v) => v.id === fromId);
  const to = design.vnets.find((v) => v.id === toId);
  if (!from || !to) return [];
  const ids = collectIds(design);
  const ops: DesignOp[] = [];
  for (const [a, b] of [[from, to], [to, from]] as const) {
    if (linkBetween(design, a.id, b.id)) continue;
    const linkId = uniqueId(`link-${a.id}-${b.id}`, ids);
    ids.add(linkId);
    const link = makeLink({ id: linkId, name: `peer-${a.name}-to-${b.name}`, from: a.id, to: b.id });
    ops.push({ op: 'addPeering', link });
  }
  return ops;
}

export interface Clipboard {
  vnets: VNet[];
  links: PeeringLink[];
  positions: Record<string, Position>;
}

export function copySelection(design: Design, nodeIds: readonly string[]): Clipboard | undefined {
  const chosen = new Set(nodeIds);
  const vnets = design.vnets.filter((v) => chosen.has(v.id));
  if (vnets.length === 0) return undefined;
  const links = design.peerings.filter((l) => chosen.has(l.from) && chosen.has(l.to));
  const positions: Record<string, Position> = {};
  for (const v of vnets) {
    const p = design.layout.positions[v.id];
    if (p) positions[v.id] = p;
  }
  return { vnets, links, positions };
}

/** Copies with fresh ids (nested ones too) and names, offset on the canvas; links between copies kept. */
export function pasteOps(design: Design, clip: Clipboard, offset: number): { ops: DesignOp[]; ids: string[] } {
  const ids = collectIds(design);
  const names = new Set(design.vnets.map((v) => v.name));
  const fresh = (base: string) => {
    const id = uniqueId(base, ids);
    ids.add(id);
    return id;
  };
  const idMap = new Map<string, string>();
  const nameMap = new Map<string, string>();
  const ops: DesignOp[] = [];
  clip.vnets.forEach((v, i) => {
    let name = `${v.name}-copy`;
    if (names.has(name)) name = uniqueName(`${v.name}-copy`, names);
    names.add(name);
    const id = fresh(slugify(name));
    idMap.set(v.id, id);
    nameMap.set(v.id, name);
    const copy: VNet = {
      ...v,
      id,
      name,
      resourceId: undefined,
      importedAddressPrefixes: undefined,
      subnets: v.subnets.map((s) => ({ ...s, id: fresh(`${id}-${slugify(s.name)}`) })),
      gateways: v.gateways.map((g) => ({ ...g, id: fresh(`${id}-${slugify(g.name)}`) })),
      routeServers: v.routeServers.map((r) => ({ ...r, id: fresh(`${id}-${slugify(r.name)}`) })),
      appliances: v.appliances.map((a) => ({ ...a, id: fresh(`${id}-${slugify(a.name)}`) })),
      bastions: v.bastions.map((b) => ({ ...b, id: fresh(`${id}-${slugify(b.name)}`) })),
    };
    const p = clip.positions[v.id] ?? { x: 40 * i, y: 40 * i };
    ops.push({ op: 'addVnet', vnet: copy, position: { x: p.x + offset, y: p.y + offset } });
  });
  for (const l of clip.links) {
    const from = idMap.get(l.from);
    const to = idMap.get(l.to);
    if (!from || !to) continue;
    ops.push({
      op: 'addPeering',
      link: {
        ...l,
        id: fresh(`link-${from}-${to}`),
        name: `peer-${nameMap.get(l.from) ?? from}-to-${nameMap.get(l.to) ?? to}`,
        from,
        to,
        peeringState: undefined,
        peeringSyncLevel: undefined,
        remoteAddressPrefixes: undefined,
      },
    });
  }
  return { ops, ids: [...idMap.values()] };
}

/** Removing nodes (VNets, on-premises networks) and the links of selected edges, as one op list. */
export function deleteOps(design: Design, nodeIds: readonly string[], linkIds: readonly string[]): DesignOp[] {
  const ops: DesignOp[] = [];
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  const onPremIds = new Set(design.onPremises.map((o) => o.id));
  for (const id of nodeIds) {
    if (vnetIds.has(id)) ops.push({ op: 'removeVnet', vnetId: id });
    else if (onPremIds.has(id)) ops.push({ op: 'removeOnPremises', onPremisesId: id });
  }
  for (const id of linkIds) ops.push({ op: 'removePeering', linkId: id });
  return ops;
}
