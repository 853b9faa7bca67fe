/**
 * Auto layout: hubs in the middle with their spokes on rings around them, one group per Azure region
 * (regions side by side, largest first), and within a region the clusters placed by dagre so peered
 * hubs and on-premises sites sit next to what they connect to. dagre is loaded on demand: it stays
 * out of the initial bundle. Positions land on a 10 px grid (the canvas grid; share links stay short).
 */
import type { Design, Position } from '../../model/schema';
import { findClusters, NO_REGION, type Cluster } from './clusters';

export interface Size {
  width: number;
  height: number;
}
type Dagre = (typeof import('@dagrejs/dagre'))['default'];

const DEFAULT_SIZE: Size = { width: 240, height: 120 };
const GAP = 40;
const REGION_GAP = 220;
const snap = (n: number) => Math.round(n / 10) * 10 + 0;

interface Placed {
  size: Size;
  /** member id -> centre offset from the cluster's centre */
  offsets: Map<string, { dx: number; dy: number }>;
}

/** The hub at (0,0); spokes on concentric rings, each ring as full as its circumference allows. */
function placeCluster(c: Cluster, sizeOf: (id: string) => Size): Placed {
  const offsets = new Map([[c.center, { dx: 0, dy: 0 }]]);
  const hub = sizeOf(c.center);
  let half = { w: hub.width / 2, h: hub.height / 2 };
  const spokeW = Math.max(DEFAULT_SIZE.width, ...c.spokes.map((s) => sizeOf(s).width));
  const spokeH = Math.max(DEFAULT_SIZE.height, ...c.spokes.map((s) => sizeOf(s).height));
  let radius = Math.hypot(hub.width, hub.height) / 2 + Math.hypot(spokeW, spokeH) / 2 + GAP;
  let i = 0;
  while (i < c.spokes.length) {
    const capacity = Math.max(4, Math.floor((2 * Math.PI * radius) / (spokeW + GAP)));
    const onRing = c.spokes.slice(i, i + capacity);
    onRing.forEach((id, k) => {
      // Start at the top and go clockwise, so the first spoke sits above the hub.
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / onRing.length;
      // An ellipse (wider than tall) matches the nodes' landscape shape.
      const dx = radius * Math.cos(angle) * 1.25;
      const dy = radius * Math.sin(angle) * 0.85;
      offsets.set(id, { dx, dy });
      half = { w: Math.max(half.w, Math.abs(dx) + spokeW / 2), h: Math.max(half.h, Math.abs(dy) + spokeH / 2) };
    });
    i += onRing.length;
    radius += spokeW + GAP;
  }
  return { size: { width: half.w * 2, height: half.h * 2 }, offsets };
}

/** Lays out one region's clusters with dagre; returns centre positions per node and the region's box. */
function layoutRegion(dagre: Dagre, design: Design, clusters: Cluster[], placed: Map<string, Placed>) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 90, ranksep: 140, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const clusterOf = new Map<string, string>();
  for (const c of clusters) {
    const p = placed.get(c.id);
    if (p) g.setNode(c.id, { width: p.size.width, height: p.size.height });
    for (const m of [c.center, ...c.spokes]) clusterOf.set(m, c.id);
  }
  const size = (c: Cluster) => c.spokes.length;
  const byId = new Map(clusters.map((c) => [c.id, c]));
  for (const l of design.peerings) {
    const a = clusterOf.get(l.from);
    const b = clusterOf.get(l.to);
    if (!a || !b || a === b || g.hasEdge(a, b) || g.hasEdge(b, a)) continue;
    const [ca, cb] = [byId.get(a), byId.get(b)];
    if (ca && cb) g.setEdge(size(ca) >= size(cb) ? a : b, size(ca) >= size(cb) ? b : a);
  }
  const gatewayVnet = new Map(design.vnets.flatMap((v) => v.gateways.map((gw) => [gw.id, v.id] as const)));
  for (const o of design.onPremises) {
    const target = clusterOf.get(o.gatewayId === undefined ? '' : (gatewayVnet.get(o.gatewayId) ?? ''));
    const own = clusterOf.get(o.id);
    if (target && own && target !== own) g.setEdge(own, target);
  }
  dagre.layout(g);
  const centres = new Map<string, { x: number; y: number }>();
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const c of clusters) {
    const n = g.node(c.id) as { x: number; y: number } | undefined;
    const p = placed.get(c.id);
    if (!n || !p) continue;
    for (const [id, off] of p.offsets) centres.set(id, { x: n.x + off.dx, y: n.y + off.dy });
    minX = Math.min(minX, n.x - p.size.width / 2);
    maxX = Math.max(maxX, n.x + p.size.width / 2);
    minY = Math.min(minY, n.y - p.size.height / 2);
    maxY = Math.max(maxY, n.y + p.size.height / 2);
  }
  return { centres, minX, minY, width: maxX - minX, height: maxY - minY };
}

/** Synchronous core (dagre passed in), for tests and callers that already loaded dagre. */
export function computeLayout(dagre: Dagre, design: Design, sizes: ReadonlyMap<string, Size> = new Map()): Record<string, Position> {
  const sizeOf = (id: string) => sizes.get(id) ?? DEFAULT_SIZE;
  const clusters = findClusters(design);
  const placed = new Map(clusters.map((c) => [c.id, placeCluster(c, sizeOf)]));
  const regions = new Map<string, Cluster[]>();
  for (const c of clusters) regions.set(c.region, [...(regions.get(c.region) ?? []), c]);
  const members = (cs: Cluster[]) => cs.reduce((n, c) => n + 1 + c.spokes.length, 0);
  // Largest region first; VNets without a region and unattached on-premises sites last.
  const order = [...regions.keys()].sort((a, b) =>
    Number(a === NO_REGION) - Number(b === NO_REGION) || members(regions.get(b) ?? []) - members(regions.get(a) ?? []) || a.localeCompare(b));
  const out: Record<string, Position> = {};
  let left = 0;
  for (const r of order) {
    const box = layoutRegion(dagre, design, regions.get(r) ?? [], placed);
    for (const [id, c] of box.centres) {
      const s = sizeOf(id);
      out[id] = { x: snap(left + c.x - box.minX - s.width / 2), y: snap(c.y - box.minY - s.height / 2) };
    }
    left += box.width + REGION_GAP;
  }
  return out;
}

/** Loads dagre on first use, then lays the design out. */
export async function autoLayout(design: Design, sizes: ReadonlyMap<string, Size> = new Map()): Promise<Record<string, Position>> {
  const { default: dagre } = await import('@dagrejs/dagre');
  return computeLayout(dagre, design, sizes);
}
