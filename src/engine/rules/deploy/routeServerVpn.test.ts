import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, erGateway, subnet, vnet, vpnGateway } from '../../../../test/builders';
import { routeServerVpn } from './routeServerVpn';

const hub = (gateways: ReturnType<typeof vpnGateway>[]) =>
  vnet('hub', ['10.0.0.0/16'], { gateways, routeServers: [{ id: 'rs', name: 'rs-hub' }], subnets: [subnet('GatewaySubnet', '10.0.0.0/27'), subnet('RouteServerSubnet', '10.0.1.0/26')] });

describe('DEPLOY_ROUTE_SERVER_VPN', () => {
  it('fires for a VPN gateway that is not active-active beside a Route Server, and the fix makes it active-active', () => {
    const d = design([hub([vpnGateway('vgw')])]);
    const [f, ...rest] = routeServerVpn(d);
    expect(rest).toEqual([]);
    expect(f?.message).toBe("VNet 'hub' has Route Server 'rs-hub' and VPN gateway 'vgw', which is not active-active: Route Server requires an active-active VPN gateway with ASN 65515.");
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.vnets[0]?.gateways[0]).toMatchObject({ activeActive: true, sku: 'VpnGw1AZ' });
    expect(routeServerVpn(fixed)).toEqual([]);
  });

  it('fires for an ASN other than 65515 and the fix returns to the default', () => {
    const d = design([hub([vpnGateway('vgw', { activeActive: true, asn: 65010 })])]);
    const [f] = routeServerVpn(d);
    expect(f?.message).toContain('has the ASN 65010 instead of 65515');
    expect(routeServerVpn(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });

  it('offers no fix for a Basic gateway (it cannot be active-active)', () => {
    const [f] = routeServerVpn(design([hub([vpnGateway('vgw', { sku: 'Basic' })])]));
    expect(f?.code).toBe('DEPLOY_ROUTE_SERVER_VPN');
    expect(f?.fixes).toBeUndefined();
  });

  it('does not fire for an active-active gateway, an ExpressRoute gateway, or a VPN gateway without Route Server', () => {
    expect(routeServerVpn(design([hub([vpnGateway('vgw', { activeActive: true, asn: 65515 }), erGateway()])]))).toEqual([]);
    expect(routeServerVpn(design([vnet('x', ['10.0.0.0/16'], { gateways: [vpnGateway()] })]))).toEqual([]);
  });
});
