/**
 * DEPLOY_BGP_ASN_RESERVED: an ASN Azure refuses: an on-premises device's BGP ASN (local network gateway
 * `bgpSettings.asn`) or a VPN gateway's own ASN that Azure or IANA reserves. VPN Gateway FAQ, "What ASNs can I
 * use?" https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp (Azure: 8074, 8075, 12076, 65515,
 * 65517-65520; IANA: 23456, 64496-64511, 65535-65551, 4294967295); Route Server FAQ
 * https://learn.microsoft.com/azure/route-server/route-server-faq. A gateway may keep 65515, its default.
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { AZURE_GATEWAY_ASN, reservedAsnOwner, shown } from './azureFacts';
import { capPerCode } from './cap';
import { connectedSites } from './sites';

export function bgpAsn(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const v of designIndex(design).vnetById.values()) {
    if (v.isPlaceholder) continue;
    for (const g of v.gateways) {
      if (g.gatewayType !== 'Vpn' || g.asn === undefined || g.asn === AZURE_GATEWAY_ASN) continue;
      const owner = reservedAsnOwner(g.asn);
      if (!owner) continue;
      out.push(finding('DEPLOY_BGP_ASN_RESERVED', `VPN gateway ${shown(g.name)} in VNet ${shown(v.name)} has the ASN ${g.asn}, which ${owner} reserves: Azure refuses it (use a private ASN such as 65010, or leave it empty for ${AZURE_GATEWAY_ASN}).`, {
        vnets: [v.id], details: { gateway: g.name, asn: g.asn, reservedBy: owner },
      }));
    }
  }
  for (const { site: o, vnet, type } of connectedSites(design)) {
    if (type !== 'IPsec' || o.bgp === undefined) continue;
    const owner = reservedAsnOwner(o.bgp.asn);
    if (!owner) continue;
    out.push(finding('DEPLOY_BGP_ASN_RESERVED', `On-premises network ${shown(o.name)} has the BGP ASN ${o.bgp.asn}, which ${owner} reserves: Azure refuses it for an on-premises VPN device.`, {
      vnets: [vnet.id], details: { site: o.name, asn: o.bgp.asn, reservedBy: owner },
    }));
  }
  return capPerCode(out);
}
