import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, erGateway, onPrem, vnet, vpnGateway } from '../../../../test/builders';
import type { OnPremises } from '../../../model/schema';
import { bgpAsn } from './bgpAsn';
import { onPremConnection } from './onPremConnection';
import { isHostName, onPremEndpoint } from './onPremEndpoint';

const hub = vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway('vgw'), erGateway('ergw')] });
const site = (name: string, gw: string, extra: Partial<OnPremises> = {}): OnPremises => ({ ...onPrem(name, ['192.168.0.0/24'], gw), ...extra });
const withSites = (...sites: OnPremises[]) => design([hub], [], { onPremises: sites });

describe('DEPLOY_ONPREM_ENDPOINT_MISSING and DEPLOY_ONPREM_ADDRESS_INVALID', () => {
  it('warns about a VPN site without device IP or FQDN, and not about ExpressRoute or unconnected sites', () => {
    const found = onPremEndpoint(withSites(site('paris', 'gw-vgw'), site('er', 'gw-ergw'), onPrem('loose', ['192.168.9.0/24'])));
    expect(found.map((f) => [f.code, f.severity, f.details?.site])).toEqual([['DEPLOY_ONPREM_ENDPOINT_MISSING', 'warning', 'paris']]);
  });

  it('refuses an invalid device IP, FQDN or BGP peer address', () => {
    const found = onPremEndpoint(withSites(
      site('a', 'gw-vgw', { gatewayIpAddress: '203.0.113.300' }),
      site('b', 'gw-vgw', { fqdn: '-vpn.contoso.com' }),
      site('c', 'gw-vgw', { gatewayIpAddress: '203.0.113.10', bgp: { asn: 65020, peeringAddress: 'router' } }),
    ));
    expect(found.map((f) => [f.code, f.details?.site])).toEqual([['DEPLOY_ONPREM_ADDRESS_INVALID', 'a'], ['DEPLOY_ONPREM_ADDRESS_INVALID', 'b'], ['DEPLOY_ONPREM_ADDRESS_INVALID', 'c']]);
    expect(found[2]?.message).toBe("On-premises network 'c' cannot be deployed: its BGP peer address 'router' is not an IP address.");
  });

  it('accepts a valid device IP, FQDN and BGP settings', () => {
    expect(onPremEndpoint(withSites(
      site('a', 'gw-vgw', { gatewayIpAddress: '203.0.113.10', bgp: { asn: 65020, peeringAddress: '192.168.0.1' } }),
      site('b', 'gw-vgw', { fqdn: 'vpn.contoso.com' }),
    ))).toEqual([]);
    expect(isHostName('vpn.contoso.com.')).toBe(true);
    expect(isHostName(`${'a'.repeat(64)}.com`)).toBe(false);
  });
});

describe('DEPLOY_ONPREM_CONNECTION_TYPE and DEPLOY_ONPREM_CIRCUIT_MISSING', () => {
  it('refuses an IPsec site on an ExpressRoute gateway and vice versa, with a fix to the gateway type', () => {
    const d = withSites(site('a', 'gw-ergw', { connectionType: 'IPsec' }), site('b', 'gw-vgw', { connectionType: 'ExpressRoute' }));
    const found = onPremConnection(d);
    expect(found.map((f) => [f.code, f.severity, f.details?.site])).toEqual([['DEPLOY_ONPREM_CONNECTION_TYPE', 'error', 'a'], ['DEPLOY_ONPREM_CONNECTION_TYPE', 'error', 'b']]);
    expect(found[0]?.message).toBe("On-premises network 'a' connects as a site-to-site VPN (IPsec) to ExpressRoute gateway 'ergw', which takes only an ExpressRoute circuit.");
    const fixed = applyFix(d, found[1]!.fixes![0]!);
    expect(fixed.onPremises[1]?.connectionType).toBe('IPsec');
  });

  it('warns about an ExpressRoute site without circuit id, not with one', () => {
    const found = onPremConnection(withSites(site('a', 'gw-ergw'), site('b', 'gw-ergw', { expressRouteCircuitId: '/subscriptions/x/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c' })));
    expect(found.map((f) => [f.code, f.severity, f.details?.site])).toEqual([['DEPLOY_ONPREM_CIRCUIT_MISSING', 'warning', 'a']]);
  });
});

describe('DEPLOY_BGP_ASN_RESERVED', () => {
  it('refuses ASNs Azure or IANA reserve, on sites and on the VPN gateway (which may keep 65515)', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway('vgw', { asn: 65520 })] }), vnet('h2', ['10.1.0.0/16'], { gateways: [vpnGateway('ok', { asn: 65515 })] })], [], {
      onPremises: [
        site('a', 'gw-vgw', { bgp: { asn: 65515, peeringAddress: '192.168.0.1' } }),
        site('b', 'gw-vgw', { bgp: { asn: 64500, peeringAddress: '192.168.0.1' } }),
        site('c', 'gw-vgw', { bgp: { asn: 65010, peeringAddress: '192.168.0.1' } }),
      ],
    });
    const found = bgpAsn(d);
    expect(found.map((f) => [f.details?.asn, f.details?.reservedBy])).toEqual([[65520, 'Azure'], [65515, 'Azure'], [64500, 'IANA']]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
});
