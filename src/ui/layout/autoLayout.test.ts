import { describe, expect, it } from 'vitest';
import dagre from '@dagrejs/dagre';
import { sampleDesign } from '../../model/sample';
import type { Design, Position } from '../../model/schema';
import { hubAndSpokes } from '../../../test/share-links/designs';
import { autoLayout, computeLayout } from './autoLayout';
import { findClusters } from './clusters';

const W = 240;
const H = 120;
const centre = (p: Position | undefined) => ({ x: (p?.x ?? NaN) + W / 2, y: (p?.y ?? NaN) + H / 2 });

function overlaps(positions: Record<string, Position>): string[] {
  const entries = Object.entries(positions);
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, pa] = entries[i]!;
      const [b, pb] = entries[j]!;
      if (Math.abs(pa.x - pb.x) < W && Math.abs(pa.y - pb.y) < H) out.push(`${a}/${b}`);
    }
  }
  return out;
}

describe('auto layout', () => {
  it('puts the hub in the middle of its 49 spokes, none overlapping, on the 10 px grid', () => {
    const design = hubAndSpokes(49);
    const pos = computeLayout(dagre, design);
    expect(Object.keys(pos)).toHaveLength(50);
    expect(overlaps(pos)).toEqual([]);
    const spokes = design.vnets.slice(1).map((v) => centre(pos[v.id]));
    const mean = { x: spokes.reduce((s, p) => s + p.x, 0) / spokes.length, y: spokes.reduce((s, p) => s + p.y, 0) / spokes.length };
    const hub = centre(pos['vnet-hub']);
    expect(Math.abs(hub.x - mean.x)).toBeLessThan(W);
    expect(Math.abs(hub.y - mean.y)).toBeLessThan(H);
    for (const p of Object.values(pos)) expect(p.x % 10 === 0 && p.y % 10 === 0).toBe(true);
  });

  it('finds the sample hub with its two spokes, and places the on-premises site too', async () => {
    const design = sampleDesign();
    expect(findClusters(design).find((c) => c.spokes.length > 0)).toMatchObject({ center: 'vnet-hub', spokes: ['vnet-spoke-a', 'vnet-spoke-b'] });
    const pos = await autoLayout(design);
    expect(Object.keys(pos).sort()).toEqual(['onprem-hq', 'vnet-hub', 'vnet-spoke-a', 'vnet-spoke-b']);
    expect(overlaps(pos)).toEqual([]);
  });

  it('keeps each region together, regions side by side without overlap', () => {
    const a = hubAndSpokes(6);
    const b = hubAndSpokes(4);
    const renamed = b.vnets.map((v) => ({ ...v, id: `ne-${v.id}`, name: `ne-${v.name}`, location: 'northeurope', subnets: [] }));
    const design: Design = {
      ...a,
      vnets: [...a.vnets, ...renamed],
      peerings: [...a.peerings, ...b.peerings.map((l) => ({ ...l, id: `ne-${l.id}`, from: `ne-${l.from}`, to: `ne-${l.to}` }))],
    };
    const pos = computeLayout(dagre, design);
    expect(overlaps(pos)).toEqual([]);
    const xs = (pred: (id: string) => boolean) => Object.entries(pos).filter(([id]) => pred(id)).map(([, p]) => p.x);
    const west = xs((id) => !id.startsWith('ne-'));
    const north = xs((id) => id.startsWith('ne-'));
    // The bigger region (westeurope, 7 VNets) comes first, entirely left of northeurope.
    expect(Math.max(...west) + W).toBeLessThan(Math.min(...north));
  });

  it('lays out a design with no peerings, and an empty one', () => {
    const design = sampleDesign();
    design.peerings = [];
    expect(overlaps(computeLayout(dagre, design))).toEqual([]);
    expect(computeLayout(dagre, { ...design, vnets: [], onPremises: [] })).toEqual({});
  });
});

describe('auto layout as a store action', () => {
  it('moves every node in one undo step', async () => {
    const { createDesignerStore } = await import('../../store/createDesignerStore');
    const design = hubAndSpokes(8);
    const store = createDesignerStore({ design, storage: null });
    store.getState().actions.applyLayout(await autoLayout(design));
    const after = store.getState().design.layout.positions;
    expect(after).not.toEqual(design.layout.positions);
    expect(Object.keys(after)).toHaveLength(9);
    store.getState().actions.undo();
    expect(store.getState().design.layout.positions).toEqual(design.layout.positions);
  });
});
