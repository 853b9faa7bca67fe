/**
 * Layout for generated topologies: a hub in the middle, its spokes on rings around it, regions side by
 * side with a clear gap, and everything placed to the right of whatever the design already holds.
 * Positions are top-left corners of the canvas nodes, like React Flow's.
 */
import type { Design, Position } from '../../model/schema';

/** Room a node takes on the canvas, with some air around it (the node card is about 220 x 90 px). */
export const NODE_SPACING = 280;
const FIRST_RING_RADIUS = 360;
const RING_GAP = 240;

/** Part of a circle the nodes go on: centred on `facing` (radians, 0 = right, y grows downwards). */
export interface Arc {
  facing: number;
  sweep: number;
}

const FULL: Arc = { facing: -Math.PI / 2, sweep: 2 * Math.PI };

/**
 * Where the `count` nodes around a centre go: ring after ring, each as full as its length allows. On a
 * full circle the first node is at `facing` (the top by default); on a partial arc the nodes spread
 * evenly over it, so the rest of the circle stays free (for the lines to other hubs).
 */
export function ringPositions(centre: Position, count: number, arc: Arc = FULL): Position[] {
  const out: Position[] = [];
  const full = arc.sweep >= 2 * Math.PI - 1e-9;
  const ringLength = (r: number) => arc.sweep * r;
  let radius = count <= 1 ? FIRST_RING_RADIUS : Math.max(FIRST_RING_RADIUS, Math.min((count * NODE_SPACING) / arc.sweep, 900));
  let left = count;
  while (left > 0) {
    const capacity = Math.max(1, Math.floor(ringLength(radius) / NODE_SPACING));
    const onRing = Math.min(left, capacity);
    // outer rings are turned half a step so nodes do not line up with the inner ones
    const turn = out.length > 0 && onRing > 1 ? Math.PI / onRing : 0;
    for (let i = 0; i < onRing; i++) {
      const angle = full
        ? arc.facing + (2 * Math.PI * i) / onRing + turn
        : arc.facing - arc.sweep / 2 + (arc.sweep * (i + 0.5)) / onRing;
      out.push({ x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) });
    }
    left -= onRing;
    radius += RING_GAP;
  }
  return out;
}

/** The radius the outermost ring of `count` nodes reaches (to space regions apart). */
export function ringExtent(count: number, arc: Arc = FULL): number {
  if (count === 0) return 0;
  const positions = ringPositions({ x: 0, y: 0 }, count, arc);
  return Math.max(...positions.map((p) => Math.hypot(p.x, p.y)));
}

/** The left edge for new content: right of every existing node, with a margin. */
export function originRightOf(design: Design): Position {
  const existing = Object.values(design.layout.positions);
  if (existing.length === 0) return { x: 0, y: 0 };
  const maxX = Math.max(...existing.map((p) => p.x));
  const minY = Math.min(...existing.map((p) => p.y));
  return { x: maxX + NODE_SPACING * 2, y: minY };
}

/**
 * Centres of hub-and-spoke groups of the given extents (ring radii), so that regions stay clearly apart:
 * one group at the origin, two side by side, three or more on the corners of a regular polygon (so the
 * global hub-to-hub peerings, drawn as straight lines, never run through another hub). `outward`
 * is the direction away from the other groups, where that group's spokes go.
 * `origin` is the top-left of the whole block.
 */
export function clusterCentres(origin: Position, extents: readonly number[]): (Position & { outward: number })[] {
  const n = extents.length;
  const reach = Math.max(0, ...extents) + NODE_SPACING;
  if (n <= 1) return extents.map(() => ({ x: origin.x + reach, y: origin.y + reach, outward: -Math.PI / 2 }));
  const side = 2 * reach + NODE_SPACING;
  const circumradius = n === 2 ? side / 2 : side / (2 * Math.sin(Math.PI / n));
  const centre = { x: origin.x + circumradius + reach, y: origin.y + circumradius + reach };
  return extents.map((_, i) => {
    // two groups: left and right; more: start at the left and go clockwise
    const angle = Math.PI + (2 * Math.PI * i) / n;
    return { x: Math.round(centre.x + circumradius * Math.cos(angle)), y: Math.round(centre.y + circumradius * Math.sin(angle)), outward: angle };
  });
}

/** Spokes of a hub that has neighbour hubs: the outer 200 degrees, leaving the side toward the other hubs free. */
export const outwardArc = (outward: number): Arc => ({ facing: outward, sweep: (200 / 180) * Math.PI });
