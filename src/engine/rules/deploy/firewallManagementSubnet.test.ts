import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, firewall, subnet, vnet } from '../../../../test/builders';
import { firewallManagementSubnet } from './firewallManagementSubnet';

const hub = (sku: 'Basic' | 'Standard', extra: ReturnType<typeof subnet>[] = []) =>
  vnet('hub', ['10.0.0.0/16'], { appliances: [firewall('10.0.0.4', { sku })], subnets: [subnet('AzureFirewallSubnet', '10.0.0.0/26'), ...extra] });

describe('DEPLOY_FIREWALL_MANAGEMENT_SUBNET', () => {
  it('fires for a Basic firewall without AzureFirewallManagementSubnet; the fix adds a free /26', () => {
    const d = design([hub('Basic')]);
    const [f] = firewallManagementSubnet(d);
    expect(f?.message).toBe("Firewall 'afw' in VNet 'hub' has the Basic SKU, which needs a subnet named exactly 'AzureFirewallManagementSubnet' (/26) for its management traffic.");
    expect(f?.fixes?.[0]?.title).toBe("Add AzureFirewallManagementSubnet 10.0.0.64/26 to 'hub'");
    expect(firewallManagementSubnet(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });

  it('does not fire for Standard, or when the subnet exists', () => {
    expect(firewallManagementSubnet(design([hub('Standard')]))).toEqual([]);
    expect(firewallManagementSubnet(design([hub('Basic', [subnet('AzureFirewallManagementSubnet', '10.0.0.64/26')])]))).toEqual([]);
  });
});
