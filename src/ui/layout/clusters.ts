/**
 * Groups a design into layout clusters: a hub with its spokes, or a lone VNet / on-premises site,
 * each in a region. A hub is a VNet that peers with VNets less connected than itself; a neighbour
 * becomes its spoke when it only peers with that hub (or with clearly fewer VNets than it) and sits in
 * the same region, so region groups never straddle each other on the canvas.
 */
import type { Design } from '../../model/schema';

export interface Cluster {
  id: string;
  region: string;
  /** the hub (or the lone node) */
  center: string;
  spokes: string[];
}

export const NO_REGION = '';

export function peersOf(design: Design): Map<string, Set<string>> {
  const peers = new Map<string, Set<string>>(design.vnets.map((v) => [v.id, new Set<string>()]));
  for (const l of design.peerings) {
    if (l.from === l.to) continue;
    peers.get(l.from)?.add(l.to);
    peers.get(l.to)?.add(l.from);
  }
  return peers;
}

export function findClusters(design: Design): Cluster[] {
  const peers = peersOf(design);
  const degree = (id: string) => peers.get(id)?.size ?? 0;
  const region = new Map(design.vnets.map((v) => [v.id, v.location.trim().toLowerCase()]));
  const byDegree = [...design.vnets].sort((a, b) => degree(b.id) - degree(a.id) || a.name.localeCompare(b.name));
  const assigned = new Set<string>();
  const clusters: Cluster[] = [];
  for (const hub of byDegree) {
    if (assigned.has(hub.id) || degree(hub.id) < 2) continue;
    const spokes = [...(peers.get(hub.id) ?? [])]
      .filter((n) => !assigned.has(n) && region.get(n) === region.get(hub.id))
      .filter((n) => degree(n) === 1 || degree(n) * 2 <= degree(hub.id))
      .sort((a, b) => (design.vnets.find((v) => v.id === a)?.name ?? a).localeCompare(design.vnets.find((v) => v.id === b)?.name ?? b));
    if (spokes.length === 0) continue;
    assigned.add(hub.id);
    for (const s of spokes) assigned.add(s);
    clusters.push({ id: `c:${hub.id}`, region: region.get(hub.id) ?? NO_REGION, center: hub.id, spokes });
  }
  for (const v of design.vnets) {
    if (!assigned.has(v.id)) clusters.push({ id: `c:${v.id}`, region: region.get(v.id) ?? NO_REGION, center: v.id, spokes: [] });
  }
  const gatewayVnet = new Map(design.vnets.flatMap((v) => v.gateways.map((g) => [g.id, v.id] as const)));
  for (const o of design.onPremises) {
    const vnetId = o.gatewayId === undefined ? undefined : gatewayVnet.get(o.gatewayId);
    clusters.push({ id: `c:${o.id}`, region: (vnetId && region.get(vnetId)) || NO_REGION, center: o.id, spokes: [] });
  }
  return clusters;
}
