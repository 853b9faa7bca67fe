/**
 * Where gateways and appliances live [reference 2.3, 1.6]: a VPN/ExpressRoute gateway needs
 * `GatewaySubnet`, an Azure Firewall `AzureFirewallSubnet`, a Bastion `AzureBastionSubnet`, a Route Server
 * `RouteServerSubnet` (exact names); a VNet holds at most one VPN gateway, one ExpressRoute gateway, one
 * Route Server and one Azure Firewall. The missing-subnet fix adds the subnet in the VNet's first free
 * block of the recommended size (or renames a case-variant look-alike).
 */
import { nextFreeBlock } from '../../model/cidr';
import type { Design, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, withUsableFixes } from './finding';
import { freeId } from './names';
import { renameFix, SPECIAL_SUBNETS, specialNameFor, type SpecialSubnetName } from './specialSubnets';

/** Sizes to try for a new special subnet: recommended first, down to the smallest without a warning-free choice. */
const NEW_SIZES: Record<SpecialSubnetName, number[]> = {
  GatewaySubnet: [27, 28, 29],
  AzureFirewallSubnet: [26],
  AzureFirewallManagementSubnet: [26],
  AzureBastionSubnet: [26],
  RouteServerSubnet: [26, 27],
};

export function addSubnetFix(design: Design, v: VNet, special: SpecialSubnetName): Fix | undefined {
  const ix = designIndex(design);
  // a VPN and an ExpressRoute gateway together need a /27 GatewaySubnet at least (DEPLOY_GATEWAY_SUBNET_SIZE)
  const coexisting = special === 'GatewaySubnet' && v.gateways.some((g) => g.gatewayType === 'Vpn') && v.gateways.some((g) => g.gatewayType === 'ExpressRoute');
  const maxLength = coexisting ? 27 : 32;
  const lookAlike = v.subnets.find((s) => specialNameFor(s.name) === special);
  if (lookAlike) {
    // renamed, a look-alike too small for coexisting gateways would trade one error for another; a second subnet
    // of the same name (case-insensitively) would be a duplicate
    return ix.subnetPrefixes(lookAlike).every((p) => p.range.family !== 4 || p.range.prefixLength <= maxLength) ? renameFix(design, v, lookAlike, special) : undefined;
  }
  const used = v.subnets.flatMap((s) => ix.subnetPrefixes(s).map((p) => p.text));
  for (const len of NEW_SIZES[special].filter((l) => l <= maxLength)) {
    for (const p of ix.ipv4PrefixesOf(v.id)) {
      const block = nextFreeBlock(p.text, len, used);
      if (!block) continue;
      const subnet = { id: freeId(design, `snet-${v.id}-${special.toLowerCase()}`), name: special, addressPrefixes: [block] };
      return { title: `Add ${special} ${block} to '${v.name}'`, ops: [{ op: 'addSubnet', vnetId: v.id, subnet }] };
    }
  }
  return undefined;
}

export function gatewayPlacement(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder) continue;
    if (v.gateways.length + v.appliances.length + v.bastions.length + v.routeServers.length === 0) continue;
    const needs: [SpecialSubnetName, string[]][] = [
      ['GatewaySubnet', v.gateways.map((g) => `gateway '${g.name}'`)],
      ['AzureFirewallSubnet', v.appliances.filter((a) => a.kind === 'AzureFirewall').map((a) => `firewall '${a.name}'`)],
      // the Developer SKU is a shared, zero-configuration Bastion: no AzureBastionSubnet ("The Azure Bastion Standard
      // SKU requires a dedicated subnet (AzureBastionSubnet), while the Developer SKU doesn't", Azure Architecture
      // Center, private-link-virtual-wan-dns; https://learn.microsoft.com/azure/bastion/quickstart-developer-sku)
      ['AzureBastionSubnet', v.bastions.filter((b) => b.sku.trim().toLowerCase() !== 'developer').map((b) => `Bastion '${b.name}'`)],
      ['RouteServerSubnet', v.routeServers.map((r) => `Route Server '${r.name}'`)],
    ];
    for (const [special, users] of needs) {
      if (users.length === 0 || v.subnets.some((s) => s.name === special)) continue;
      const fix = addSubnetFix(design, v, special);
      out.push(finding('GW_SUBNET_MISSING', `VNet '${v.name}' has ${users.join(', ')} but no subnet named exactly '${special}' (/${SPECIAL_SUBNETS[special].recommended} recommended).`, {
        vnets: [v.id], details: { vnet: v.name, subnet: special }, fixes: fix ? [fix] : [],
      }));
    }
    const groups: [string, string[]][] = [
      ['VPN gateways', v.gateways.filter((g) => g.gatewayType === 'Vpn').map((g) => g.name)],
      ['ExpressRoute gateways', v.gateways.filter((g) => g.gatewayType === 'ExpressRoute').map((g) => g.name)],
      ['Route Servers', v.routeServers.map((r) => r.name)],
      ['Azure Firewalls', v.appliances.filter((a) => a.kind === 'AzureFirewall').map((a) => a.name)],
    ];
    for (const [kind, names] of groups) {
      if (names.length < 2) continue;
      out.push(finding('GW_DUPLICATE', `VNet '${v.name}' has ${names.length} ${kind} (${names.map((n) => `'${n}'`).join(', ')}): Azure allows one per VNet.`, {
        vnets: [v.id], details: { vnet: v.name, kind, count: names.length },
      }));
    }
  }
  return withUsableFixes(design, out);
}
