/**
 * Design -> React Flow nodes and edges, reusing the previous objects for unchanged ids: rebuilding
 * them all would make React Flow re-measure every node and edges flicker. Node `data` only carries
 * the id; node and edge components select their VNet / links from the store.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Design, Position } from '../model/schema';
import { gatewayVnetId, pairEdgeId } from './lookup';

export type NodeKind = 'vnet' | 'onprem';
export interface DesignerNodeData extends Record<string, unknown> {
  id: string;
}
export interface PeeringEdgeData extends Record<string, unknown> {
  /** the two VNet ids, a < b */
  a: string;
  b: string;
}
export type DesignerNode = Node<DesignerNodeData, NodeKind>;
export type DesignerEdge = Edge<PeeringEdgeData, 'peering' | 'onprem'>;

const GRID_X = 280;
const GRID_Y = 180;

/** Where a node without a stored position goes: a grid by index, so nothing stacks invisibly. */
export function fallbackPosition(index: number): Position {
  return { x: (index % 6) * GRID_X, y: Math.floor(index / 6) * GRID_Y };
}

function node(prev: DesignerNode | undefined, id: string, type: NodeKind, position: Position, selected: boolean): DesignerNode {
  if (prev && prev.type === type && prev.position.x === position.x && prev.position.y === position.y && !!prev.selected === selected) {
    return prev;
  }
  return { ...prev, id, type, position, selected, data: prev?.data ?? { id } };
}

export function syncNodes(prev: readonly DesignerNode[], design: Design, selected: ReadonlySet<string>): DesignerNode[] {
  const prevById = new Map(prev.map((n) => [n.id, n]));
  const out: DesignerNode[] = [];
  const positions = design.layout.positions;
  let i = 0;
  for (const v of design.vnets) {
    out.push(node(prevById.get(v.id), v.id, 'vnet', positions[v.id] ?? fallbackPosition(i), selected.has(v.id)));
    i++;
  }
  for (const o of design.onPremises) {
    out.push(node(prevById.get(o.id), o.id, 'onprem', positions[o.id] ?? fallbackPosition(i), selected.has(o.id)));
    i++;
  }
  return out.length === prev.length && out.every((n, k) => n === prev[k]) ? (prev as DesignerNode[]) : out;
}

function edge(prev: DesignerEdge | undefined, id: string, type: 'peering' | 'onprem', source: string, target: string, selected: boolean): DesignerEdge {
  if (prev && prev.source === source && prev.target === target && !!prev.selected === selected) return prev;
  return { id, type, source, target, selected, data: prev?.data ?? { a: source, b: target } };
}

/** One edge per VNet pair (both directions drawn by one edge), one per on-premises connection. */
export function syncEdges(prev: readonly DesignerEdge[], design: Design, selected: ReadonlySet<string>): DesignerEdge[] {
  const prevById = new Map(prev.map((e) => [e.id, e]));
  const out: DesignerEdge[] = [];
  const seen = new Set<string>();
  for (const l of design.peerings) {
    if (l.from === l.to) continue;
    const id = pairEdgeId(l.from, l.to);
    if (seen.has(id)) continue;
    seen.add(id);
    const [a, b] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
    out.push(edge(prevById.get(id), id, 'peering', a, b, selected.has(id)));
  }
  for (const o of design.onPremises) {
    const vnetId = gatewayVnetId(design, o.gatewayId);
    if (!vnetId) continue;
    const id = `conn-${o.id}`;
    out.push(edge(prevById.get(id), id, 'onprem', o.id, vnetId, selected.has(id)));
  }
  return out.length === prev.length && out.every((e, k) => e === prev[k]) ? (prev as DesignerEdge[]) : out;
}

/** The link ids an edge stands for (both directions of a pair; none for an on-premises connection). */
export function linkIdsOfEdge(design: Design, edgeId: string): string[] {
  return design.peerings.filter((l) => l.from !== l.to && pairEdgeId(l.from, l.to) === edgeId).map((l) => l.id);
}
