/** Background rectangles grouping nodes by region or subscription (a view option; no design change). */
import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import type { DesignerNode } from '../../store/canvasSync';
import type { Design } from '../../model/schema';
import { useDesigner } from '../StoreProvider';

const PAD = 24;

interface Group { key: string; x: number; y: number; width: number; height: number }

export function computeGroups(nodes: readonly DesignerNode[], design: Design, by: 'region' | 'subscription'): Group[] {
  const keyOf = new Map<string, string>();
  const subName = new Map(design.subscriptions.map((s) => [s.id, s.name || s.id]));
  for (const v of design.vnets) keyOf.set(v.id, by === 'region' ? v.location || 'no region' : subName.get(v.subscriptionId) ?? v.subscriptionId);
  const boxes = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const n of nodes) {
    const key = keyOf.get(n.id);
    if (key === undefined) continue;
    const w = n.measured?.width ?? 220;
    const h = n.measured?.height ?? 100;
    const b = boxes.get(key);
    const r = { x1: n.position.x, y1: n.position.y, x2: n.position.x + w, y2: n.position.y + h };
    boxes.set(key, b ? { x1: Math.min(b.x1, r.x1), y1: Math.min(b.y1, r.y1), x2: Math.max(b.x2, r.x2), y2: Math.max(b.y2, r.y2) } : r);
  }
  return [...boxes].map(([key, b]) => ({ key, x: b.x1 - PAD, y: b.y1 - PAD - 18, width: b.x2 - b.x1 + 2 * PAD, height: b.y2 - b.y1 + 2 * PAD + 18 }));
}

/** `nodes` are the canvas's own nodes, so the boxes follow a node while it is dragged. */
export function GroupBackdrop({ by, nodes }: { by: 'region' | 'subscription'; nodes: readonly DesignerNode[] }) {
  const design = useDesigner((s) => s.design);
  const groups = useMemo(() => computeGroups(nodes, design, by), [nodes, design, by]);
  return (
    <ViewportPortal>
      {groups.map((g, i) => (
        <div key={g.key} className={`group-box group-tone-${i % 4}`} style={{ transform: `translate(${g.x}px, ${g.y}px)`, width: g.width, height: g.height }}>
          <span className="group-label">{by === 'region' ? 'Region' : 'Subscription'}: {g.key}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
