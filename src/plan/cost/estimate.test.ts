import { describe, expect, it } from 'vitest';
import { makeLink } from '../../model/factories';
import { applyOps } from '../../model/ops';
import type { Design, PeeringLink, VNet } from '../../model/schema';
import { blankVnet, emptyDesign } from '../templates/builder';
import { estimatePeeringCost } from './estimate';
import { DEFAULT_PRICES_DATE } from './prices';
import { regionZone } from './zones';

const vnet = (id: string, location: string, prefix: string): VNet => blankVnet(id, id, 'sub', 'rg', location, prefix);
const link = (from: string, to: string): PeeringLink => makeLink({ id: `${from}->${to}`, name: `${from}-to-${to}`, from, to });

function design(traffic: Record<string, number>, extra: Partial<Design> = {}): Design {
  return {
    ...emptyDesign(),
    vnets: [vnet('weu-a', 'westeurope', '10.0.0.0/16'), vnet('weu-b', 'westeurope', '10.1.0.0/16'), vnet('jpe', 'Japan East', '10.2.0.0/16'), vnet('bra', 'brazilsouth', '10.3.0.0/16'), vnet('mars', 'marsnorth', '10.4.0.0/16')],
    peerings: [link('weu-a', 'weu-b'), link('weu-b', 'weu-a'), link('weu-a', 'jpe'), link('jpe', 'weu-a'), link('jpe', 'bra'), link('bra', 'jpe'), link('weu-a', 'bra'), link('weu-a', 'mars'), link('mars', 'weu-a')],
    planning: { trafficGbPerMonth: traffic },
    ...extra,
  };
}

describe('peering cost estimate', () => {
  it('regional peering charges egress and ingress: 1,000 GB each way at $0.01 + $0.01 is $20 per direction', () => {
    const e = estimatePeeringCost(design({ 'weu-a->weu-b': 1000, 'weu-b->weu-a': 1000 }));
    expect(e.links.map((l) => [l.kind, l.usd])).toEqual([['regional', 20], ['regional', 20]]);
    expect(e.regionalUsd).toBe(40);
    expect(e.globalUsd).toBe(0);
    expect(e.totalUsd).toBe(40);
    expect(e.totalGb).toBe(2000);
    expect(e.pricesDate).toBe(DEFAULT_PRICES_DATE);
  });

  it('global peering charges the sender zone outbound and the receiver zone inbound rate', () => {
    // West Europe (Zone 1) -> Japan East (Zone 2): 500 GB x (0.035 + 0.09) = 62.50
    // Japan East (Zone 2) -> Brazil South (Zone 3): 100 GB x (0.09 + 0.16) = 25.00
    const e = estimatePeeringCost(design({ 'weu-a->jpe': 500, 'jpe->bra': 100 }));
    expect(e.links.map((l) => [l.fromZone, l.toZone, l.egressUsdPerGb, l.ingressUsdPerGb, l.usd])).toEqual([
      ['zone1', 'zone2', 0.035, 0.09, 62.5],
      ['zone2', 'zone3', 0.09, 0.16, 25],
    ]);
    expect(e.globalUsd).toBe(87.5);
    expect(e.totalUsd).toBe(87.5);
  });

  it('uses the prices stored in the design, and their date', () => {
    const d = applyOps(design({ 'weu-a->weu-b': 300, 'weu-a->jpe': 10 }), [
      { op: 'setPlanningPrices', prices: { 'regional.egress': 0.02, 'regional.ingress': 0.015, 'zone2.ingress': 0.1, bogus: 5 }, pricesDate: '2027-01-15' },
    ]);
    const e = estimatePeeringCost(d);
    // 300 x (0.02 + 0.015) = 10.50; 10 x (0.035 + 0.1) = 1.35
    expect(e.links.map((l) => l.usd)).toEqual([10.5, 1.35]);
    expect(e.totalUsd).toBe(11.85);
    expect(e.pricesDate).toBe('2027-01-15');
    expect(e.prices['regional.egress']).toBe(0.02);
  });

  it('a one-way link carries no traffic and costs nothing, and says why', () => {
    const e = estimatePeeringCost(design({ 'weu-a->bra': 1000 }));
    expect(e.links[0]).toMatchObject({ usd: 0, note: 'one-way link: no traffic flows until the reverse link exists' });
    expect(e.totalUsd).toBe(0);
    expect(e.totalGb).toBe(0);
  });

  it('reports regions the zone mapping does not know (and prices them as Zone 1)', () => {
    const e = estimatePeeringCost(design({ 'mars->weu-a': 100 }));
    expect(e.unknownRegions).toEqual(['marsnorth']);
    expect(e.links[0]?.usd).toBe(7);
  });

  it('ignores links without traffic, zero, and traffic for links that no longer exist', () => {
    const e = estimatePeeringCost(design({ 'weu-a->weu-b': 0, 'gone->away': 50 }));
    expect(e.links).toEqual([]);
    expect(estimatePeeringCost(design({}, { planning: undefined })).totalUsd).toBe(0);
  });

  it('setLinkTraffic sets and clears traffic without touching other planning data', () => {
    let d = design({ 'weu-a->weu-b': 5 });
    d = applyOps(d, [{ op: 'setLinkTraffic', linkId: 'weu-b->weu-a', gbPerMonth: 7 }]);
    expect(d.planning?.trafficGbPerMonth).toEqual({ 'weu-a->weu-b': 5, 'weu-b->weu-a': 7 });
    d = applyOps(d, [{ op: 'setLinkTraffic', linkId: 'weu-a->weu-b', gbPerMonth: undefined }, { op: 'setLinkTraffic', linkId: 'x', gbPerMonth: Number.NaN }]);
    expect(d.planning?.trafficGbPerMonth).toEqual({ 'weu-b->weu-a': 7 });
  });

  it('maps regions to zones', () => {
    expect(regionZone('West Europe')).toBe('zone1');
    expect(regionZone('eastus2')).toBe('zone1');
    expect(regionZone('australiaeast')).toBe('zone2');
    expect(regionZone('southafricanorth')).toBe('zone3');
    expect(regionZone('usgovvirginia')).toBe('usgov');
    expect(regionZone('chinaeast2')).toBeUndefined();
  });
});
