/**
 * DEPLOY_DNS_SERVER_INVALID: a VNet's custom DNS server is not an IP address. Azure's
 * `dhcpOptions.dnsServers` is "the list of DNS servers IP addresses" (Microsoft.Network virtualNetworks,
 * https://learn.microsoft.com/azure/templates/microsoft.network/virtualnetworks#dhcpoptions; "Name resolution
 * that uses your own DNS server" https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances
 * takes IP addresses only). A value starting with `-` is also an option to the Azure CLI (`--dns-servers`), so it
 * must never reach the script (issue 11, defect 8).
 */
import { isValidIpAddress } from '../../../model/cidr';
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { shown } from './azureFacts';
import { capPerCode } from './cap';

/** An IPv4 or IPv6 address exactly as typed (no surrounding spaces, no prefix length). */
export const isIpAddress = (text: string): boolean => text === text.trim() && text !== '' && isValidIpAddress(text);

export function dnsServers(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const v of design.vnets) {
    if (v.isPlaceholder) continue;
    for (const server of v.dnsServers) {
      if (isIpAddress(server)) continue;
      const why = server.trimStart().startsWith('-') ? ": it starts with '-', which the Azure CLI reads as an option" : '';
      out.push(finding('DEPLOY_DNS_SERVER_INVALID', `The DNS server ${shown(server, 60)} of VNet ${shown(v.name)} is not an IP address${why}; Azure takes DNS servers as IP addresses only.`, {
        vnets: [v.id], details: { vnet: v.name, dnsServer: server.slice(0, 100) },
      }));
    }
  }
  return capPerCode(out);
}
