/**
 * The on-premises end of a site-to-site VPN (local network gateway,
 * https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal#LocalNetworkGateway and
 * https://learn.microsoft.com/azure/templates/microsoft.network/localnetworkgateways):
 * - DEPLOY_ONPREM_ENDPOINT_MISSING (warning): an IPsec site connected to a gateway has neither the device's public
 *   IP address (`gatewayIpAddress`) nor its FQDN (`fqdn`): Azure needs one; the export asks for it as a parameter.
 * - DEPLOY_ONPREM_ADDRESS_INVALID (error): the device IP, the FQDN or the BGP peer address is not valid
 *   (`gatewayIpAddress` and `bgpSettings.bgpPeeringAddress` are IP addresses; `fqdn` a DNS name, RFC 1123 labels).
 */
import type { Design, OnPremises } from '../../../model/schema';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { shown } from './azureFacts';
import { capPerCode } from './cap';
import { isIpAddress } from './dnsServers';
import { connectedSites } from './sites';

/** A DNS host name: labels of letters, digits and inner hyphens, 1-63 characters each, 253 in all. */
export function isHostName(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  return text.replace(/\.$/, '').split('.').every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
}

function addressProblems(o: OnPremises): string[] {
  const out: string[] = [];
  const ip = o.gatewayIpAddress?.trim();
  const fqdn = o.fqdn?.trim();
  if (ip && !isIpAddress(ip)) out.push(`its device address ${shown(ip, 60)} is not an IP address`);
  if (!ip && fqdn && !isHostName(fqdn)) out.push(`its device FQDN ${shown(fqdn, 60)} is not a DNS name`);
  if (o.bgp && !isIpAddress(o.bgp.peeringAddress.trim())) out.push(`its BGP peer address ${shown(o.bgp.peeringAddress, 60)} is not an IP address`);
  return out;
}

export function onPremEndpoint(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const { site: o, vnet, type } of connectedSites(design)) {
    if (type !== 'IPsec') continue;
    const vnets = [vnet.id];
    if (!o.gatewayIpAddress?.trim() && !o.fqdn?.trim()) {
      out.push(finding('DEPLOY_ONPREM_ENDPOINT_MISSING', `On-premises network ${shown(o.name)} is a site-to-site VPN without its device's public IP address or FQDN: the export asks for it as a parameter.`, {
        vnets, details: { site: o.name },
      }));
    }
    const problems = addressProblems(o);
    if (problems.length > 0) {
      out.push(finding('DEPLOY_ONPREM_ADDRESS_INVALID', `On-premises network ${shown(o.name)} cannot be deployed: ${problems.join('; ')}.`, {
        vnets, details: { site: o.name },
      }));
    }
  }
  return capPerCode(out);
}
