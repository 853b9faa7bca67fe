/**
 * Pure builders behind the designer's actions: a new VNet with free address space, the two links of a
 * new peering, removals (copy and paste: clipboard.ts). They return ops (DesignOp[]), so every action
 * is one `applyOps` call and one undo step.
 */
import { nextFreeBlock } from '../model/cidr';
import { makeLink, makeVnet } from '../model/factories';
import { collectIds, slugify, uniqueId } from '../model/ids';
import type { DesignOp } from '../model/ops';
import type { Design, OnPremises, Position } from '../model/schema';
import { occupiedRanges } from '../plan/pools';
import { linkBetween } from './lookup';

export const DEFAULT_POOL = '10.0.0.0/8';
export const DEFAULT_LOCATION = 'westeurope';
const DEFAULT_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';

/** `<base>-1`, `<base>-2`, ...: the first that is not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
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
  // 192.168.0.0/16 first (where offices usually are), then the other private blocks: a new site never
  // starts without a range, which its inspector would flag at once.
  const taken = occupiedRanges(design);
  const range = ['192.168.0.0/16', '172.16.0.0/12'].map((pool) => nextFreeBlock(pool, 20, taken)).find((r) => r !== undefined) ?? '';
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
