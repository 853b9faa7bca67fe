import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { createDesignerStore } from './createDesignerStore';
import { findingsOf } from './derived';
import { AUTOSAVE_KEY, type KeyValueStorage } from './persist';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

const empty = (): Design => ({ ...sampleDesign(), vnets: [], peerings: [], onPremises: [], layout: { positions: {} } });

describe('designer store', () => {
  it('starts with the sample and the hint when nothing is saved, and restores an autosave', () => {
    const storage = memoryStorage();
    const first = createDesignerStore({ storage });
    expect(first.getState().design.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke-a', 'vnet-spoke-b']);
    expect(first.getState().ui.hint).toBe(true);
    first.getState().actions.addVnet({ x: 10, y: 20 });
    expect(storage.data.get(AUTOSAVE_KEY)).toContain('"vnet-1"');
    const second = createDesignerStore({ storage });
    expect(second.getState().design.vnets).toHaveLength(4);
    expect(second.getState().design.layout.positions['vnet-1']).toEqual({ x: 10, y: 20 });
    expect(second.getState().ui.hint).toBe(false);
  });

  it('ignores a corrupted autosave and falls back to the sample', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"version": 1, "vnets": "nope"}');
    expect(createDesignerStore({ storage }).getState().design.name).toBe('Sample hub and spoke');
  });

  it('adds VNets with distinct names and free address space, and peers them both ways', () => {
    const store = createDesignerStore({ design: empty(), storage: null });
    const { actions } = store.getState();
    const hub = actions.addVnet();
    const spoke = actions.addVnet();
    const d = store.getState().design;
    const [a, b] = d.vnets;
    expect(a?.addressPrefixes).toHaveLength(1);
    expect(a?.addressPrefixes[0]).not.toBe(b?.addressPrefixes[0]);
    actions.connect(hub, spoke);
    const links = store.getState().design.peerings;
    expect(links.map((l) => l.name).sort()).toEqual([`peer-${a?.name}-to-${b?.name}`, `peer-${b?.name}-to-${a?.name}`]);
    expect(links.every((l) => l.allowVirtualNetworkAccess && !l.allowGatewayTransit)).toBe(true);
    expect(store.getState().edges.map((e) => e.id)).toEqual([`peer-${hub}--${spoke}`]);
    actions.connect(spoke, hub);
    expect(store.getState().design.peerings).toHaveLength(2);
  });

  it('undoes and redoes every change, one step per action, at most 100 steps', () => {
    const store = createDesignerStore({ design: empty(), storage: null });
    const { actions } = store.getState();
    actions.addVnet();
    actions.addVnet();
    expect(store.getState().design.vnets).toHaveLength(2);
    actions.undo();
    expect(store.getState().design.vnets).toHaveLength(1);
    expect(store.getState().nodes).toHaveLength(1);
    actions.redo();
    expect(store.getState().design.vnets).toHaveLength(2);
    for (let i = 0; i < 120; i++) actions.commit([{ op: 'setPosition', id: 'x', position: { x: i, y: i } }]);
    expect(store.getState().history.past).toHaveLength(100);
  });

  it('merges edits with the same merge key into one undo step', () => {
    let t = 0;
    const store = createDesignerStore({ design: sampleDesign(), storage: null, now: () => t });
    const { actions } = store.getState();
    for (const name of ['h', 'hu', 'hub']) {
      t += 100;
      actions.commit([{ op: 'updateVnet', vnetId: 'vnet-hub', patch: { name } }], 'vnet-hub.name');
    }
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().design.vnets[0]?.name).toBe('vnet-hub');
  });

  it('keeps a drag on the canvas until it stops, then commits it as one step without revalidating', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const { actions } = store.getState();
    const before = store.getState().design;
    const findingsBefore = findingsOf(before);
    const untouched = store.getState().nodes.find((n) => n.id === 'vnet-spoke-a');
    for (let i = 1; i <= 5; i++) {
      actions.onNodesChange([{ type: 'position', id: 'vnet-hub', position: { x: 320 + i * 10, y: 80 }, dragging: true }]);
    }
    expect(store.getState().design).toBe(before);
    actions.commitDrag();
    const after = store.getState().design;
    expect(after.layout.positions['vnet-hub']).toEqual({ x: 370, y: 80 });
    expect(store.getState().history.past).toHaveLength(1);
    expect(findingsOf(after)).toBe(findingsBefore);
    expect(store.getState().nodes.find((n) => n.id === 'vnet-spoke-a')).toBe(untouched);
  });

  it('recomputes findings when a network fact changes', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const before = findingsOf(store.getState().design);
    store.getState().actions.commit([{ op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { addressPrefixes: ['10.1.0.0/33'] } }]);
    const after = findingsOf(store.getState().design);
    expect(after).not.toBe(before);
  });

  it('copies, pastes and duplicates VNets with fresh ids and the links between them', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const { actions } = store.getState();
    actions.select({ nodes: ['vnet-hub', 'vnet-spoke-a'] });
    actions.copy();
    actions.paste();
    const d = store.getState().design;
    expect(d.vnets.map((v) => v.name)).toContain('vnet-hub-copy');
    const copyIds = store.getState().selection.nodes;
    expect(copyIds).toHaveLength(2);
    expect(d.peerings.filter((l) => copyIds.includes(l.from) && copyIds.includes(l.to))).toHaveLength(2);
    const ids = d.vnets.flatMap((v) => [v.id, ...v.subnets.map((s) => s.id), ...v.gateways.map((g) => g.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    actions.duplicate();
    expect(store.getState().design.vnets).toHaveLength(7);
  });

  it('pastes clipboard text from another store as one undo step; foreign or bad text changes nothing', () => {
    const from = createDesignerStore({ design: sampleDesign(), storage: null });
    from.getState().actions.select({ nodes: ['vnet-hub', 'vnet-spoke-a', 'onprem-hq'] });
    expect(from.getState().actions.copy()).toBe(true);
    const text = from.getState().ui.clipboardText ?? '';
    const to = createDesignerStore({ design: empty(), storage: null });
    const { actions } = to.getState();
    const before = to.getState().design;
    expect(actions.pasteText('just some text')).toEqual({ status: 'foreign' });
    expect(actions.pasteText(text.replace('"vnets":[', '"vnets":[{"id":"x"},'))).toMatchObject({ status: 'refused' });
    expect(to.getState().design).toBe(before);
    expect(to.getState().history.past).toHaveLength(0);
    expect(actions.pasteText(text)).toEqual({ status: 'pasted' });
    const d = to.getState().design;
    expect(d.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke-a']);
    expect(d.onPremises[0]?.gatewayId).toBe(d.vnets[0]?.gateways[0]?.id);
    expect(to.getState().selection.nodes).toHaveLength(3);
    expect(to.getState().history.past).toHaveLength(1);
    // The same text again pastes another copy, offset further.
    actions.pasteText(text);
    const again = to.getState().design;
    expect(again.vnets.map((v) => v.name).slice(2)).toEqual(['vnet-hub-copy', 'vnet-spoke-a-copy']);
    expect(again.layout.positions['vnet-hub-copy']).toEqual({ x: 320 + 80, y: 80 + 80 });
    actions.undo();
    actions.undo();
    expect(to.getState().design.vnets).toHaveLength(0);
    // Nothing selected: nothing copied, the clipboard stays.
    from.getState().actions.clearSelection();
    expect(from.getState().actions.copy()).toBe(false);
    expect(from.getState().ui.clipboardText).toBe(text);
  });

  it('asks the canvas to fit a replaced design, but not an empty one (that would zoom to the maximum)', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const { actions } = store.getState();
    actions.replaceDesign(empty());
    actions.requestFit();
    expect(store.getState().ui.fitRequest).toBe(0);
    actions.replaceDesign(sampleDesign());
    expect(store.getState().ui.fitRequest).toBe(1);
    actions.openDesign(empty());
    expect(store.getState().ui.fitRequest).toBe(1);
  });

  it('deletes the selected VNets and peering edges in one step', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const { actions } = store.getState();
    actions.select({ nodes: ['vnet-spoke-b'], edges: ['peer-vnet-hub--vnet-spoke-a'] });
    actions.deleteSelection();
    const d = store.getState().design;
    expect(d.vnets.map((v) => v.id)).toEqual(['vnet-hub', 'vnet-spoke-a']);
    expect(d.peerings).toHaveLength(0);
    expect(store.getState().selection).toEqual({ nodes: [], edges: [] });
    actions.undo();
    expect(store.getState().design.peerings).toHaveLength(4);
  });

  it('selects what a finding names, including the edges of its links', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    store.getState().actions.selectFinding({
      code: 'PEER_ONE_WAY', severity: 'warning', message: 'm', vnets: ['vnet-hub', 'vnet-spoke-a'], peerings: ['link-hub-a'], docs: '',
    });
    const s = store.getState();
    expect(s.selection).toEqual({ nodes: ['vnet-hub', 'vnet-spoke-a'], edges: ['peer-vnet-hub--vnet-spoke-a'] });
    expect(s.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['vnet-hub', 'vnet-spoke-a']);
    expect(s.highlight?.edges).toEqual(['peer-vnet-hub--vnet-spoke-a']);
  });

  it('nudges selected nodes, merging repeated nudges into one step', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const { actions } = store.getState();
    actions.select({ nodes: ['vnet-hub'] });
    actions.nudge(10, 0);
    actions.nudge(10, 0);
    expect(store.getState().design.layout.positions['vnet-hub']).toEqual({ x: 340, y: 80 });
    expect(store.getState().history.past).toHaveLength(1);
  });
});

describe('designer store: drags handed over by the canvas', () => {
  it('commits only the dragged nodes given on drag stop, as one step', () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    const before = store.getState().design.layout.positions;
    store.getState().actions.commitDrag([
      { id: 'vnet-spoke-a', position: { x: 100.4, y: 400.6 } },
      { id: 'vnet-spoke-b', position: { x: 560, y: 340 } },
    ]);
    const after = store.getState().design.layout.positions;
    expect(after['vnet-spoke-a']).toEqual({ x: 100, y: 401 });
    expect(after['vnet-spoke-b']).toBe(before['vnet-spoke-b']);
    expect(after['vnet-hub']).toBe(before['vnet-hub']);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().nodes.find((n) => n.id === 'vnet-spoke-a')?.position).toEqual({ x: 100, y: 401 });
  });
});
