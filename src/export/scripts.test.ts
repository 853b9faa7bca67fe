/**
 * The two script exports (Azure PowerShell, Azure CLI) against what Azure and the tools accept (issue 11):
 * zone-redundant public IPs for AZ gateways, re-runnable Bastion, Bastion SKUs the tools accept, a Basic
 * firewall created with its management IP configuration, the az version check, no value placed where az
 * reads an option, peering sync only when out of sync, and on-premises sites with their secrets read at
 * run time, never written into the file.
 */
import { describe, expect, it } from 'vitest';
import { toPowerShell } from './powershell';
import { toAzureCli } from './azureCli';
import type { Design } from '../model/schema';
import { design, erGateway, firewall, link, peer, subnet, vnet, vpnGateway } from '../../test/builders';

const hubWith = (extra: Parameters<typeof vnet>[2]): Design =>
  design([vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27'), subnet('AzureBastionSubnet', '10.0.1.0/26'), subnet('AzureFirewallSubnet', '10.0.2.0/26'), subnet('AzureFirewallManagementSubnet', '10.0.3.0/26')], ...extra })]);

const lines = (text: string, needle: string): string[] => text.split('\n').filter((l) => l.includes(needle));

describe('gateway public IPs', () => {
  it('are zone-redundant (zones 1, 2, 3) exactly for AZ SKUs', () => {
    const az = hubWith({ gateways: [vpnGateway('vgw', { sku: 'VpnGw2AZ', activeActive: true })] });
    const ps = toPowerShell(az);
    expect(lines(ps, "New-AzPublicIpAddress -Name 'pip-vgw-")).toHaveLength(2);
    for (const l of lines(ps, "New-AzPublicIpAddress -Name 'pip-vgw-")) expect(l).toContain("-Sku 'Standard' -AllocationMethod 'Static' -Zone '1', '2', '3'");
    const cli = toAzureCli(az);
    for (const l of lines(cli, "az network public-ip create --name 'pip-vgw-")) expect(l).toContain('--sku Standard --allocation-method Static --zone 1 2 3');
    const er = toAzureCli(hubWith({ gateways: [erGateway('ergw', { sku: 'ErGw1AZ' })] }));
    expect(lines(er, "public-ip create --name 'pip-ergw'")[0]).toContain('--zone 1 2 3');

    const plain = hubWith({ gateways: [vpnGateway('vgw', { sku: 'VpnGw2' })], bastions: [{ id: 'b', name: 'bas', sku: 'Standard' }] });
    expect(toPowerShell(plain)).not.toContain('-Zone');
    expect(toAzureCli(plain)).not.toContain('--zone');
  });
});

describe('Azure Bastion', () => {
  it('PowerShell checks it exists before New-AzBastion (which throws when it does)', () => {
    const ps = toPowerShell(hubWith({ bastions: [{ id: 'b', name: 'bas-hub', sku: 'Standard' }] }));
    expect(ps).toContain("if (-not (Get-AzBastion -ResourceGroupName 'rg-network' -Name 'bas-hub' -ErrorAction SilentlyContinue)) {");
    expect(ps).toMatch(/\n {4}New-AzBastion -ResourceGroupName 'rg-network' -Name 'bas-hub' .* -Sku 'Standard' \| Out-Null\n\}\n/);
  });

  it('writes the SKU as the tools spell it, and never a SKU the tool refuses', () => {
    const lower = hubWith({ bastions: [{ id: 'b', name: 'bas-hub', sku: 'premium' }] });
    expect(toPowerShell(lower)).toContain("-Sku 'Premium'");
    expect(toAzureCli(lower)).toContain('--sku Premium');
    const developer = hubWith({ bastions: [{ id: 'b', name: 'bas-hub', sku: 'Developer' }] });
    const ps = toPowerShell(developer);
    // New-AzBastion's ValidateSet is Basic, Standard, Premium (NewAzBastionCommand.cs): the script stops before it changes anything.
    expect(ps).not.toContain("-Sku 'Developer'");
    expect(ps).toMatch(/\nthrow 'This script cannot run: Azure Bastion bas-hub: New-AzBastion accepts the SKUs Basic, Standard and Premium, not Developer/);
    expect(toAzureCli(developer)).toContain('--sku Developer');
    const nonsense = hubWith({ bastions: [{ id: 'b', name: 'bas-hub', sku: '--subscription=x' }] });
    const cli = toAzureCli(nonsense);
    expect(cli).not.toContain('--subscription=x --');
    expect(cli).toMatch(/\nprintf '%s\\n' 'error: this script cannot run: Azure Bastion bas-hub: az network bastion create accepts the SKUs Basic, Developer, Premium and Standard/);
  });
});

describe('Azure Firewall', () => {
  it('CLI: a Basic firewall gets its management IP configuration at creation', () => {
    const cli = toAzureCli(hubWith({ appliances: [firewall('10.0.2.4', { name: 'afw', sku: 'Basic' })] }));
    expect(cli).toContain(
      "az network firewall create --name 'afw' --resource-group 'rg-network' --location \"$LOCATION\" --sku AZFW_VNet --tier Basic --firewall-policy 'afwp-afw' --vnet-name 'hub' --conf-name ipconfig1 --public-ip 'pip-afw' --m-conf-name management --m-public-ip 'pip-afw-mgmt' --output none",
    );
    expect(cli).not.toContain('firewall ip-config create');
  });

  it('PowerShell: a Basic firewall policy is created only with an Az.Network that accepts -SkuTier Basic', () => {
    const ps = toPowerShell(hubWith({ appliances: [firewall('10.0.2.4', { name: 'afw', sku: 'Basic' })] }));
    expect(ps).toContain("(Get-Command -Name 'New-AzFirewallPolicy').Parameters['SkuTier'].Attributes.ValidValues -notcontains 'Basic'");
    expect(toPowerShell(hubWith({ appliances: [firewall('10.0.2.4', { name: 'afw', sku: 'Standard' })] }))).not.toContain('Get-Command');
  });
});

describe('Azure CLI version and arguments', () => {
  const d = design([vnet('a', ['10.1.0.0/16']), vnet('b', ['10.2.0.0/16'])], peer('a', 'b'));

  it('checks az version at the start and stops with a clear message when it is too old', () => {
    const cli = toAzureCli(d);
    const check = cli.indexOf('az version');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(cli.indexOf('az account set'));
    expect(cli).toContain("az version --query '\"azure-cli\"' --output tsv | require_version 'Azure CLI' 2.50.0 'run: az upgrade'");
  });

  it('updates an existing link with the generic --set, which every az version accepts', () => {
    expect(toAzureCli(d)).toContain(
      "az network vnet peering update --resource-group 'rg-network' --vnet-name 'a' --name 'peer-a-to-b' --set allowVirtualNetworkAccess=true allowForwardedTraffic=false allowGatewayTransit=false useRemoteGateways=false --output none",
    );
  });

  it('never places a value starting with - where az reads an option (tag keys, DNS servers, names)', () => {
    const evil = design([
      vnet('hub', ['10.0.0.0/16'], { name: '-hub', tags: { '--subscription=other': 'x', env: '-dev' }, dnsServers: ['--subscription=other', '10.0.0.4'], subnets: [subnet('-snet', '10.0.1.0/24')] }),
    ]);
    const cli = toAzureCli(evil);
    // A single-quoted or double-quoted word that starts with '-' right after a space would be read as an option.
    const code = cli.split('\n').filter((l) => !l.startsWith('#')).join('\n');
    expect(code).not.toMatch(/ '-/);
    expect(code).not.toMatch(/ "-/);
    expect(cli).toContain("--name='-hub'");
    expect(cli).toContain("--tags 'env=-dev'");
    expect(cli).toContain("--dns-servers '10.0.0.4'");
    expect(cli).toContain("'error: this script cannot run: VNet -hub: the tag key --subscription=other starts with -");
    expect(cli).toContain("'error: this script cannot run: VNet -hub: the DNS server --subscription=other starts with -");
    expect(cli).toMatch(/\nexit 1\n/);
  });
});

describe('peering sync after a resize', () => {
  const resized = vnet('vnet-r', ['10.1.0.0/16', '10.11.0.0/16'], { importedAddressPrefixes: ['10.1.0.0/16'] });
  const d = design([resized, vnet('vnet-b', ['10.2.0.0/16'])], peer(resized, 'vnet-b'));

  it('PowerShell syncs only a link that is not FullyInSync', () => {
    expect(toPowerShell(d)).toContain(
      "$peering = Get-AzVirtualNetworkPeering -VirtualNetworkName 'vnet-b' -ResourceGroupName 'rg-network' -Name 'peer-vnet-b-to-vnet-r'\nif ($peering.PeeringSyncLevel -ne 'FullyInSync') {\n    Sync-AzVirtualNetworkPeering -VirtualNetworkPeering $peering | Out-Null\n}\n",
    );
  });

  it('CLI syncs only a link that is not FullyInSync', () => {
    expect(toAzureCli(d)).toContain(
      "if az network vnet peering show --resource-group 'rg-network' --vnet-name 'vnet-b' --name 'peer-vnet-b-to-vnet-r' --query \"peeringSyncLevel != 'FullyInSync'\" --output tsv | grep -qx true; then\n  az network vnet peering sync --resource-group 'rg-network' --vnet-name 'vnet-b' --name 'peer-vnet-b-to-vnet-r' --output none\nfi\n",
    );
  });
});

describe('on-premises sites', () => {
  const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], gateways: [vpnGateway('vgw-hub', { activeActive: true, asn: 65010 })] });
  const er = vnet('er', ['10.5.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.5.0.0/27')], gateways: [erGateway('ergw')] });
  const d = design([hub, er], [link(hub, er)], {
    onPremises: [
      { id: 'hq', name: 'hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-vgw-hub', gatewayIpAddress: '203.0.113.10', bgp: { asn: 65050, peeringAddress: '192.168.0.1' } },
      { id: 'branch', name: 'branch', addressRanges: ['192.169.0.0/24'], gatewayId: 'gw-vgw-hub', fqdn: 'vpn.example.com' },
      { id: 'noip', name: 'noip', addressRanges: ['192.170.0.0/24'], gatewayId: 'gw-vgw-hub' },
      { id: 'dc', name: 'dc', addressRanges: ['172.20.0.0/16'], gatewayId: 'gw-ergw', expressRouteCircuitId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c' },
    ],
  });

  it('PowerShell: local network gateways and connections, the shared keys as SecureString parameters', () => {
    const ps = toPowerShell(d);
    expect(ps).toContain('[Parameter(Mandatory)]\n    [securestring] $SharedKeyHq');
    expect(ps).toContain('[Parameter(Mandatory)]\n    [string] $GatewayIpNoip');
    expect(ps).toContain("[string] $CircuitIdDc = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c'");
    expect(ps).toContain("New-AzLocalNetworkGateway -Name 'lgw-hq' -ResourceGroupName 'rg-network' -Location $Location -GatewayIpAddress '203.0.113.10' -AddressPrefix @('192.168.0.0/16') -Asn 65050 -BgpPeeringAddress '192.168.0.1' -Force");
    expect(ps).toContain("-Fqdn 'vpn.example.com'");
    expect(ps).toContain('-GatewayIpAddress $GatewayIpNoip');
    expect(ps).toMatch(/New-AzVirtualNetworkGatewayConnection -Name 'cn-vgw-hub-hq' .* -ConnectionType 'IPsec' -SharedKey \(ConvertFrom-SecureString -SecureString \$SharedKeyHq -AsPlainText\) -EnableBgp \$true -Force \| Out-Null/);
    expect(ps).toMatch(/New-AzVirtualNetworkGatewayConnection -Name 'cn-ergw-dc' .* -ConnectionType 'ExpressRoute' -PeerId \$CircuitIdDc -Force \| Out-Null/);
  });

  it('CLI: local gateways and connections, the shared keys from the environment or a prompt', () => {
    const cli = toAzureCli(d);
    expect(cli).toContain("az network local-gateway create --name 'lgw-hq' --resource-group 'rg-network' --location \"$LOCATION\" --gateway-ip-address '203.0.113.10' --local-address-prefixes '192.168.0.0/16' --asn 65050 --bgp-peering-address '192.168.0.1' --output none");
    expect(cli).toContain("az resource create --resource-group 'rg-network' --name 'lgw-branch' --resource-type Microsoft.Network/localNetworkGateways --api-version 2025-07-01 --location \"$LOCATION\" --properties '{\"fqdn\":\"vpn.example.com\",\"localNetworkAddressSpace\":{\"addressPrefixes\":[\"192.169.0.0/24\"]}}' --output none");
    expect(cli).toContain('--gateway-ip-address="$GATEWAY_IP_NOIP"');
    expect(cli).toContain('read -r -s -p ');
    expect(cli).toContain("az network vpn-connection create --name 'cn-vgw-hub-hq' --resource-group 'rg-network' --location \"$LOCATION\" --vnet-gateway1 'vgw-hub' --local-gateway2 'lgw-hq' --shared-key=\"$SHARED_KEY_HQ\" --enable-bgp --output none");
    expect(cli).toContain("az network vpn-connection create --name 'cn-ergw-dc' --resource-group 'rg-network' --location \"$LOCATION\" --vnet-gateway1 'ergw' --express-route-circuit2=\"$CIRCUIT_ID_DC\" --output none");
  });
});

describe('headers', () => {
  it('say what each script needs', () => {
    const d = design([vnet('a', ['10.1.0.0/16'])]);
    expect(toPowerShell(d)).toContain('# Needs: PowerShell 7 and the Az modules Az.Accounts, Az.Network and Az.Resources');
    expect(toAzureCli(d)).toContain('# Needs: bash and Azure CLI 2.50.0 or newer');
  });
});
