/**
 * DEPLOY_FIREWALL_MANAGEMENT_SUBNET: an Azure Firewall with the Basic SKU in a VNet without
 * AzureFirewallManagementSubnet. Firewall Basic always uses a management NIC: "the Basic SKU requires a
 * management subnet (AzureFirewallManagementSubnet, /26) and a management public IP"
 * (https://learn.microsoft.com/azure/firewall/deploy-firewall-basic-portal-policy,
 * https://learn.microsoft.com/azure/firewall/management-nic). GW_SUBNET_MISSING covers AzureFirewallSubnet;
 * this covers the second subnet Basic needs. Fix: add AzureFirewallManagementSubnet (/26) in the first free block.
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { addSubnetFix } from '../gatewayPlacement';
import { shown } from './azureFacts';
import { capPerCode } from './cap';

export function firewallManagementSubnet(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder || v.subnets.some((s) => s.name === 'AzureFirewallManagementSubnet')) continue;
    const basic = v.appliances.filter((a) => a.kind === 'AzureFirewall' && a.sku === 'Basic');
    if (basic.length === 0) continue;
    const fix = addSubnetFix(design, v, 'AzureFirewallManagementSubnet');
    out.push(finding('DEPLOY_FIREWALL_MANAGEMENT_SUBNET', `Firewall ${shown(basic[0]!.name)} in VNet ${shown(v.name)} has the Basic SKU, which needs a subnet named exactly 'AzureFirewallManagementSubnet' (/26) for its management traffic.`, {
      vnets: [v.id], details: { vnet: v.name, firewall: basic[0]!.name }, fixes: fix ? [fix] : [],
    }));
  }
  return withUsableFixes(design, capPerCode(out));
}
