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

describe('resizing a peered VNet (issue 11, defect 10)', () => {
  const vnetOf = (d: ReturnType<typeof sampleDesign>, id: string) => d.vnets.find((v) => v.id === id)!;

  it('records the space Azure last had as the sync baseline when the address space of a peered VNet changes', () => {
    const d = sampleDesign();
    const before = vnetOf(d, 'vnet-spoke-a').addressPrefixes;
    expect(vnetOf(d, 'vnet-spoke-a').importedAddressPrefixes).toBeUndefined();
    const grown = applyOp(d, { op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { addressPrefixes: [...before, '10.99.0.0/16'] } });
    expect(vnetOf(grown, 'vnet-spoke-a').importedAddressPrefixes).toEqual(before);
    // a second change keeps the first baseline (Azure still has the original space)
    const again = applyOp(grown, { op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { addressPrefixes: [...before, '10.98.0.0/16'] } });
    expect(vnetOf(again, 'vnet-spoke-a').importedAddressPrefixes).toEqual(before);
    expect(parseDesign(JSON.parse(JSON.stringify(again))).ok).toBe(true);
  });

  it('leaves the baseline alone for an unpeered VNet, an unchanged space, another field, or an explicit baseline', () => {
    const d = sampleDesign();
    const lone = { ...vnetOf(d, 'vnet-spoke-a'), id: 'lone', name: 'lone', addressPrefixes: ['10.200.0.0/16'] };
    const withLone = applyOp(d, { op: 'addVnet', vnet: lone });
    expect(vnetOf(applyOp(withLone, { op: 'updateVnet', vnetId: 'lone', patch: { addressPrefixes: ['10.201.0.0/16'] } }), 'lone').importedAddressPrefixes).toBeUndefined();
    const same = vnetOf(d, 'vnet-spoke-a').addressPrefixes;
    expect(vnetOf(applyOp(d, { op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { addressPrefixes: [...same] } }), 'vnet-spoke-a').importedAddressPrefixes).toBeUndefined();
    expect(vnetOf(applyOp(d, { op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { name: 'renamed' } }), 'vnet-spoke-a').importedAddressPrefixes).toBeUndefined();
    const explicit = applyOp(d, { op: 'updateVnet', vnetId: 'vnet-spoke-a', patch: { addressPrefixes: ['10.50.0.0/16'], importedAddressPrefixes: ['10.49.0.0/16'] } });
    expect(vnetOf(explicit, 'vnet-spoke-a').importedAddressPrefixes).toEqual(['10.49.0.0/16']);
  });
});
