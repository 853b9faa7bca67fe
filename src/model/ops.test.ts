import { describe, expect, it } from 'vitest';
import { applyOp, applyOps } from './ops';
import { sampleDesign } from './sample';
import { parseDesign } from './parse';

describe('design operations', () => {
  it('never mutate their input', () => {
    const d = sampleDesign();
    const before = JSON.stringify(d);
    applyOps(d, [
      { op: 'updateVnet', vnetId: 'vnet-hub', patch: { name: 'x' } },
      { op: 'removeVnet', vnetId: 'vnet-spoke-a' },
      { op: 'setPosition', id: 'vnet-hub', position: { x: 1, y: 2 } },
    ]);
    expect(JSON.stringify(d)).toBe(before);
  });

  it('removing a VNet removes its links, intents and position, and the result still parses', () => {
    const d = applyOp(sampleDesign(), { op: 'removeVnet', vnetId: 'vnet-hub' });
    expect(d.peerings).toEqual([]);
    expect(d.layout.positions['vnet-hub']).toBeUndefined();
    expect(d.onPremises[0]?.gatewayId).toBeUndefined();
    expect(parseDesign(JSON.parse(JSON.stringify(d))).ok).toBe(true);
  });

  it('ignores links to VNets that do not exist and duplicate ids', () => {
    const d = sampleDesign();
    const link = { ...d.peerings[0]!, id: 'new', to: 'ghost' };
    expect(applyOp(d, { op: 'addPeering', link })).toBe(d);
    expect(applyOp(d, { op: 'addPeering', link: d.peerings[0]! })).toBe(d);
  });

  it('removing a route table clears the subnet associations', () => {
    let d = sampleDesign();
    d = applyOps(d, [
      { op: 'addRouteTable', routeTable: { id: 'rt', name: 'rt-a', subscriptionId: d.subscriptions[0]!.id, resourceGroup: 'rg-network', location: 'westeurope', disableBgpRoutePropagation: false, routes: [] } },
      { op: 'updateSubnet', vnetId: 'vnet-spoke-a', subnetId: 'snet-a-app', patch: { routeTableId: 'rt' } },
      { op: 'removeRouteTable', routeTableId: 'rt' },
    ]);
    expect(d.vnets.find((v) => v.id === 'vnet-spoke-a')?.subnets[0]?.routeTableId).toBeUndefined();
    expect(parseDesign(JSON.parse(JSON.stringify(d))).ok).toBe(true);
  });
});
