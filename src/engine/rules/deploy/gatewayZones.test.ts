import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, erGateway, vnet, vpnGateway } from '../../../../test/builders';
import { nonAzSku, REGIONS_WITHOUT_ZONES } from './azureFacts';
import { gatewayZones } from './gatewayZones';

describe('DEPLOY_GATEWAY_ZONES', () => {
  it('fires for AZ SKUs in a region Microsoft lists without zones, and the fix picks the same size without zones', () => {
    const d = design([
      vnet('w', ['10.0.0.0/16'], { location: 'West US', gateways: [vpnGateway('vgw', { sku: 'VpnGw3AZ' }), erGateway('ergw', { sku: 'ErGw2AZ' })] }),
    ]);
    const found = gatewayZones(d);
    expect(found.map((f) => f.fixes?.[0]?.title)).toEqual(["Use the VpnGw3 SKU (no zones) for gateway 'vgw'", "Use the HighPerformance SKU (no zones) for gateway 'ergw'"]);
    expect(found[0]?.message).toBe("Gateway 'vgw' in VNet 'w' has the zone-redundant SKU VpnGw3AZ, but 'West US' has no availability zones: Azure refuses the gateway.");
    // each fix rewrites the VNet's gateway list: apply one, validate again (as the designer does)
    let fixed = d;
    for (let i = 0; i < 5; i++) {
      const next = gatewayZones(fixed)[0]?.fixes?.[0];
      if (!next) break;
      fixed = applyFix(fixed, next);
    }
    expect(fixed.vnets[0]?.gateways.map((g) => g.sku)).toEqual(['VpnGw3', 'HighPerformance']);
    expect(gatewayZones(fixed)).toEqual([]);
  });

  it('does not fire in zone regions, in regions it does not know, or for non-AZ SKUs', () => {
    const d = design([
      vnet('weu', ['10.0.0.0/16'], { location: 'westeurope', gateways: [vpnGateway('a', { sku: 'VpnGw1AZ' })] }),
      vnet('new', ['10.1.0.0/16'], { location: 'atlantis', gateways: [vpnGateway('b', { sku: 'VpnGw1AZ' })] }),
      vnet('w', ['10.2.0.0/16'], { location: 'westus', gateways: [vpnGateway('c', { sku: 'VpnGw1' }), erGateway('d', { sku: 'ErGwScale' })] }),
    ]);
    expect(gatewayZones(d)).toEqual([]);
  });

  it('maps every AZ SKU to a non-AZ one and lists only regions without zones', () => {
    for (const sku of ['VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ']) expect(nonAzSku(sku), sku).toMatch(/^(VpnGw[1-5]|Standard|HighPerformance|UltraPerformance)$/);
    for (const zoned of ['westeurope', 'eastus', 'northeurope', 'swedencentral', 'japanwest']) expect(REGIONS_WITHOUT_ZONES.has(zoned), zoned).toBe(false);
  });
});
