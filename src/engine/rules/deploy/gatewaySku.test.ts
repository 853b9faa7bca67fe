import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, erGateway, onPrem, subnet, vnet, vpnGateway } from '../../../../test/builders';
import { gatewaySku } from './gatewaySku';

const hub = (extra: Parameters<typeof vnet>[2]) => vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], ...extra });

describe('DEPLOY_GATEWAY_SKU', () => {
  it('fires for a SKU of the other gateway type or no SKU at all, with a fix to the template SKU', () => {
    const d = design([hub({ gateways: [vpnGateway('vgw', { sku: 'ErGw1AZ' }), erGateway('ergw', { sku: 'VpnGw2' })] }), vnet('w', ['10.1.0.0/16'], { location: 'West US', gateways: [vpnGateway('vgw2', { sku: 'Gold' })] })]);
    const found = gatewaySku(d);
    expect(found.map((f) => [f.details?.gateway, f.fixes?.[0]?.title])).toEqual([
      ['vgw', "Use the VpnGw1AZ SKU for gateway 'vgw'"],
      ['ergw', "Use the ErGw1AZ SKU for gateway 'ergw'"],
      ['vgw2', "Use the VpnGw1 SKU for gateway 'vgw2'"], // West US has no availability zones
    ]);
    expect(found[0]?.message).toContain("has the SKU 'ErGw1AZ', which is not a VPN gateway SKU");
    // each fix rewrites the VNet's gateway list: apply one, validate again (as the designer does)
    let fixed = d;
    for (let i = 0; i < 5; i++) {
      const next = gatewaySku(fixed)[0]?.fixes?.[0];
      if (!next) break;
      fixed = applyFix(fixed, next);
    }
    expect(gatewaySku(fixed)).toEqual([]);
  });

  it('fires for a Basic VPN gateway asked for active-active or BGP (its ASN or a BGP site)', () => {
    const d = design([hub({ gateways: [vpnGateway('vgw', { sku: 'Basic', activeActive: true, asn: 65010 })] })], [], {
      onPremises: [{ ...onPrem('paris', ['192.168.0.0/24'], 'gw-vgw'), bgp: { asn: 65020, peeringAddress: '192.168.0.1' } }],
    });
    const [f] = gatewaySku(d);
    expect(f?.message).toBe("The VPN gateway 'vgw' in VNet 'hub' uses the Basic SKU, which does not support active-active mode or BGP (ASN 65010) or BGP with on-premises network 'paris'.");
    expect(f?.severity).toBe('error');
  });

  it('does not fire for valid SKUs (any case), nor for a plain Basic gateway', () => {
    const d = design([hub({ gateways: [vpnGateway('vgw', { sku: 'vpngw2az', activeActive: true, asn: 65010 }), erGateway('ergw', { sku: 'ErGwScale' })] }), hub({ id: 'b', name: 'b', gateways: [vpnGateway('basic', { sku: 'Basic' })] })]);
    expect(gatewaySku(d)).toEqual([]);
  });
});
