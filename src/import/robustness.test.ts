/**
 * Issue 13, robustness: budgets with a clear message, no quadratic work, no spreads of huge arrays.
 * Counted in operations, never timed: each case would run for minutes (or exhaust memory) without its limit.
 */
import { describe, expect, it } from 'vitest';
import { importAny } from '.';

const tpl = (resources: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources, ...extra });
const vnetNamed = (name: string) => ({ type: 'Microsoft.Network/virtualNetworks', name, location: 'westeurope', properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } } });

describe('ARM evaluation budgets', () => {
  it("refuses format('{0:D536870000}', 1) at once, naming the expression", () => {
    const r = importAny(tpl([vnetNamed("[format('{0:D536870000}', 1)]")]));
    expect(r.ok).toBe(true);
    expect(r.report.skipped).toEqual([
      expect.objectContaining({ where: 'resources[0].name', why: 'format() would build a string of 536,870,000 characters; the limit is 1,000,000' }),
    ]);
  });

  it('refuses ten nested padLeft calls that would build gigabytes', () => {
    let e = "'x'";
    for (let i = 0; i < 10; i++) e = `padLeft(${e}, 900000, concat(${e}, 'y'))`;
    const r = importAny(tpl([vnetNamed(`[${e}]`)]));
    expect(!r.ok && r.error).toMatch(/^evaluating the template takes more than 2,000,000 steps \(at (padLeft|concat)\(\)\): it is refused as too costly$/);
  });

  it('refuses an 800 x 800 x 800 copy-loop product with one message naming where the budget ran out', () => {
    const template = tpl([{
      ...vnetNamed("[concat('v', copyIndex())]"),
      copy: { name: 'outer', count: 800 },
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        copy: [{ name: 'subnets', count: 800, input: { name: "[concat('s', copyIndex('subnets'))]", properties: { addressPrefix: '10.0.0.0/24', list: '[range(0, 800)]' } } }],
      },
    }]);
    const r = importAny(template);
    expect(!r.ok && r.error).toMatch(/^evaluating the template takes more than 2,000,000 steps \(at .+\): it is refused as too costly$/);
  });

  it('computes cidrSubnet inside a loop without listing the subnets', () => {
    const r = importAny(tpl([{ ...vnetNamed("[concat('v', copyIndex())]"), copy: { name: 'l', count: 800 }, properties: { addressSpace: { addressPrefixes: ["[cidrSubnet('10.0.0.0/8', 29, copyIndex(2000000))]"] } } }]));
    expect(r.ok && r.design.vnets[799]?.addressPrefixes).toEqual(['10.244.60.248/29']);
  });
});

describe('no quadratic work, no spreads', () => {
  it('100,000 skipped items and 5,000 peerings named alike import (linear report, ids and duplicate checks)', () => {
    const items: unknown[] = [];
    for (let i = 0; i < 100_000; i++) items.push({ type: 'Microsoft.Compute/virtualMachines', name: `vm${i}`, id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm${i}` });
    for (let i = 0; i < 5_000; i++) {
      items.push({
        type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', name: 'to-hub',
        id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke${i}/virtualNetworkPeerings/to-hub`,
        remoteVirtualNetwork: { id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub' },
      });
    }
    const r = importAny(JSON.stringify(items));
    if (!r.ok) throw new Error(r.error);
    expect(r.report.skipped).toHaveLength(100_000);
    expect(r.design.peerings).toHaveLength(5_000);
    expect(new Set(r.design.peerings.map((l) => l.id)).size).toBe(5_000);
  });

  it('a template with more than 130,000 route children merges them without a spread', () => {
    const routes = Array.from({ length: 170 }, (_, t) => ({
      type: 'Microsoft.Network/routeTables/routes', name: `[concat('rt${t}/r', copyIndex())]`, copy: { name: `c${t}`, count: 800 },
      properties: { addressPrefix: '10.0.0.0/8', nextHopType: 'None' },
    }));
    const tables = Array.from({ length: 170 }, (_, t) => ({ type: 'Microsoft.Network/routeTables', name: `rt${t}`, location: 'westeurope', properties: {} }));
    const r = importAny(tpl([...tables, ...routes]));
    // the design keeps at most 1,000 routes per table (schema), so the route tables are cut: the point is that no RangeError escapes
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.error).not.toMatch(/Maximum call stack|RangeError/);
  });
});
