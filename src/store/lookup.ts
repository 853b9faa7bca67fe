/**
 * Cheap per-design lookups for the UI (VNet by id, links by VNet pair), memoised on the array they
 * are built from: ops keep untouched arrays and objects by identity, so a drag (layout only) or an
 * edit of one VNet reuses what it can, and node/edge components selecting from these stay quiet.
 */
import type { Design, OnPremises, PeeringLink, VNet } from '../model/schema';

const vnetMaps = new WeakMap<readonly VNet[], ReadonlyMap<string, VNet>>();
const onPremMaps = new WeakMap<readonly OnPremises[], ReadonlyMap<string, OnPremises>>();
const pairMaps = new WeakMap<readonly PeeringLink[], ReadonlyMap<string, PeeringLink>>();

export function vnetById(design: Design): ReadonlyMap<string, VNet> {
  let m = vnetMaps.get(design.vnets);
  if (!m) vnetMaps.set(design.vnets, (m = new Map(design.vnets.map((v) => [v.id, v]))));
  return m;
}

export function onPremById(design: Design): ReadonlyMap<string, OnPremises> {
  let m = onPremMaps.get(design.onPremises);
  if (!m) onPremMaps.set(design.onPremises, (m = new Map(design.onPremises.map((o) => [o.id, o]))));
  return m;
}

const directedKey = (from: string, to: string) => `${from}\u0000${to}`;

/** The first link from `from` to `to` (Azure allows one per direction; duplicates are a finding). */
export function linkBetween(design: Design, from: string, to: string): PeeringLink | undefined {
  let m = pairMaps.get(design.peerings);
  if (!m) {
    const built = new Map<string, PeeringLink>();
    for (const l of design.peerings) {
      const k = directedKey(l.from, l.to);
      if (!built.has(k)) built.set(k, l);
    }
    pairMaps.set(design.peerings, (m = built));
  }
  return m.get(directedKey(from, to));
}

/** Edge id of the canvas edge that draws both directions between two VNets. */
export function pairEdgeId(a: string, b: string): string {
  return a < b ? `peer-${a}--${b}` : `peer-${b}--${a}`;
}

export function gatewayVnetId(design: Design, gatewayId: string | undefined): string | undefined {
  if (gatewayId === undefined) return undefined;
  return design.vnets.find((v) => v.gateways.some((g) => g.id === gatewayId))?.id;
}
