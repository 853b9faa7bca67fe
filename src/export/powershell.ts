/**
 * Azure PowerShell export (Az modules, never AzureRM; reference 7): one script that switches subscription
 * with Set-AzContext and runs the plan's stages in order. Every user value is a verbatim (single-quoted)
 * string; user text never appears inside a double-quoted string or an expression. Peerings are
 * idempotent: an existing link gets its four flags set, a missing one is added.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter } from './scriptWriter';
import { commentText, psString as s } from './escape';
import { Names } from './names';
import { symbolName } from './bicepResources';
import { planFor, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope } from './plan';
import { headerLines, orderedStages } from './stages';

const pascal = (p: string): string => p.charAt(0).toUpperCase() + p.slice(1);
const sw = (b: boolean): string => (b ? ':$true' : ':$false');
const list = (xs: readonly string[]): string => `@(${xs.map(s).join(', ')})`;

class Script extends ScriptWriter {
  readonly names: Names;
  readonly vars = new Map<string, string>();
  constructor(reserved: string[]) {
    super();
    this.names = new Names(['ErrorActionPreference', 'true', 'false', 'null', ...reserved]);
  }
  protected switchTo(subscriptionParam: string): string {
    return `Set-AzContext -Subscription $${pascal(subscriptionParam)} | Out-Null`;
  }
  variable(kind: string, key: string, name: string): string {
    const v = `$${this.names.take(symbolName(kind, name))}`;
    this.vars.set(`${kind}|${key}`, v);
    return v;
  }
}

const common = (g: Scope, loc: string): string => `-ResourceGroupName ${s(g.resourceGroup)} -Location $${pascal(loc)}`;
const vnetId = (l: PlannedLink['remote']): string =>
  `('/subscriptions/' + $${pascal(l.sub.param)} + ${s(`/resourceGroups/${l.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${l.name}`)})`;

function publicIp(sc: Script, g: Scope, name: string, loc: string): string {
  const v = sc.variable('pip', `${g.resourceGroup}|${name}`, name);
  sc.push(`${v} = New-AzPublicIpAddress -Name ${s(name)} ${common(g, loc)} -Sku 'Standard' -AllocationMethod 'Static' -Force`);
  return v;
}

function network(sc: Script, g: PlannedGroup, v: PlannedVNet): void {
  const loc = v.location.param;
  const name = v.ref.name;
  sc.comment(`Virtual network ${name}`);
  for (const n of v.nvas) sc.comment(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  const vv = sc.variable('vnet', `${g.key}|${name}`, name);
  const args = [`-Name ${s(name)}`, common(g, loc), `-AddressPrefix ${list(v.addressPrefixes)}`];
  if (v.subnets.length > 0) {
    sc.push(`${vv}Subnets = @(`);
    for (const sn of v.subnets) {
      let line = `    New-AzVirtualNetworkSubnetConfig -Name ${s(sn.name)} -AddressPrefix ${list(sn.addressPrefixes)}`;
      if (sn.routeTable) line += ` -RouteTableId ${sc.vars.get(`rt|${sn.routeTable.id}`) ?? '$null'}.Id`;
      if (sn.nsg !== undefined) line += ` -NetworkSecurityGroupId ${sc.vars.get(`nsg|${g.key}|${sn.nsg.toLowerCase()}`) ?? '$null'}.Id`;
      sc.push(line);
    }
    sc.push(')');
    args.push(`-Subnet ${vv}Subnets`);
  }
  if (v.dnsServers.length > 0) args.push(`-DnsServer ${list(v.dnsServers)}`);
  if (v.tags.length > 0) args.push(`-Tag @{ ${v.tags.map(([k, x]) => `${s(k)} = ${s(x)}`).join('; ')} }`);
  sc.push(`${vv} = New-AzVirtualNetwork ${args.join(' ')} -Force`);
  const subnetId = (subnet: string) => `(${vv}.Id + ${s(`/subnets/${subnet}`)})`;
  for (const gw of v.gateways) {
    sc.comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`);
    const pips = gw.publicIps.map((p) => publicIp(sc, g, p, loc));
    const cfg = sc.variable('ipConfigs', gw.name, gw.name);
    sc.push(`${cfg} = @(`, ...pips.map((p, i) => `    New-AzVirtualNetworkGatewayIpConfig -Name 'ipconfig${i + 1}' -SubnetId ${subnetId('GatewaySubnet')} -PublicIpAddressId ${p}.Id`), ')');
    const extra = gw.gatewayType === 'Vpn' ? " -VpnType 'RouteBased'" : '';
    const bgp = gw.asn !== undefined ? ` -EnableBgp $true -Asn ${gw.asn}` : ' -EnableBgp $false';
    sc.push(`New-AzVirtualNetworkGateway -Name ${s(gw.name)} ${common(g, loc)} -IpConfigurations ${cfg} -GatewayType ${s(gw.gatewayType)}${extra} -GatewaySku ${s(gw.sku)} -EnableActiveActiveFeature${sw(gw.activeActive)}${bgp} -Force | Out-Null`);
  }
  for (const fw of v.firewalls) {
    sc.comment(`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`);
    const pip = publicIp(sc, g, fw.publicIp, loc);
    const mgmt = fw.managementPublicIp === undefined ? '' : ` -ManagementPublicIpAddress ${publicIp(sc, g, fw.managementPublicIp, loc)}`;
    const pol = sc.variable('afwp', fw.policy, fw.policy);
    sc.push(`${pol} = New-AzFirewallPolicy -Name ${s(fw.policy)} ${common(g, loc)} -SkuTier ${s(fw.tier)} -Force`);
    sc.push(`${vv} = Get-AzVirtualNetwork -Name ${s(name)} -ResourceGroupName ${s(g.resourceGroup)}`);
    sc.push(`New-AzFirewall -Name ${s(fw.name)} ${common(g, loc)} -VirtualNetwork ${vv} -PublicIpAddress ${pip}${mgmt} -FirewallPolicyId ${pol}.Id -SkuName 'AZFW_VNet' -SkuTier ${s(fw.tier)} -Force | Out-Null`);
  }
  for (const rs of v.routeServers) {
    sc.comment(`Route Server ${rs.name}`);
    const pip = publicIp(sc, g, rs.publicIp, loc);
    sc.push(`New-AzRouteServer -RouteServerName ${s(rs.name)} ${common(g, loc)} -HostedSubnet ${subnetId('RouteServerSubnet')} -PublicIpAddress ${pip} -Force | Out-Null`);
  }
  for (const b of v.bastions) {
    sc.comment(`Azure Bastion ${b.name}`);
    const pip = publicIp(sc, g, b.publicIp, loc);
    sc.push(`${vv} = Get-AzVirtualNetwork -Name ${s(name)} -ResourceGroupName ${s(g.resourceGroup)}`);
    sc.push(`New-AzBastion -ResourceGroupName ${s(g.resourceGroup)} -Name ${s(b.name)} -PublicIpAddress ${pip} -VirtualNetwork ${vv} -Sku ${s(b.sku)} | Out-Null`);
  }
}

function link(sc: Script, l: PlannedLink): void {
  sc.comment(`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`);
  const where = `-VirtualNetworkName ${s(l.local.name)} -ResourceGroupName ${s(l.local.resourceGroup)}`;
  sc.push(
    `$peering = Get-AzVirtualNetworkPeering ${where} -Name ${s(l.name)} -ErrorAction SilentlyContinue`,
    'if ($peering) {',
    `    $peering.AllowVirtualNetworkAccess = $${l.allowVirtualNetworkAccess}`,
    `    $peering.AllowForwardedTraffic = $${l.allowForwardedTraffic}`,
    `    $peering.AllowGatewayTransit = $${l.allowGatewayTransit}`,
    `    $peering.UseRemoteGateways = $${l.useRemoteGateways}`,
    '    Set-AzVirtualNetworkPeering -VirtualNetworkPeering $peering | Out-Null',
    '} else {',
    `    $localVnet = Get-AzVirtualNetwork -Name ${s(l.local.name)} -ResourceGroupName ${s(l.local.resourceGroup)}`,
    `    Add-AzVirtualNetworkPeering -Name ${s(l.name)} -VirtualNetwork $localVnet -RemoteVirtualNetworkId ${vnetId(l.remote)} -BlockVirtualNetworkAccess${sw(!l.allowVirtualNetworkAccess)} -AllowForwardedTraffic${sw(l.allowForwardedTraffic)} -AllowGatewayTransit${sw(l.allowGatewayTransit)} -UseRemoteGateways${sw(l.useRemoteGateways)} | Out-Null`,
    '}',
  );
}

export function toPowerShell(design: Design, options?: ExportOptions): string {
  const plan = planFor(design, options?.findings);
  const params = [...plan.subscriptions.map((x) => ({ name: pascal(x.param), def: x.id, what: `Subscription id${x.name ? ` of ${x.name}` : ''}` })), ...plan.locations.map((l) => ({ name: pascal(l.param), def: l.value, what: 'Azure region' }))];
  const sc = new Script(['peering', 'localVnet', ...params.map((p) => p.name)]);
  for (const line of headerLines(plan, 'Azure PowerShell (Az modules)')) sc.comment(line);
  sc.comment('Run after Connect-AzAccount (once per tenant for cross-tenant peerings).');
  sc.push('#Requires -Modules Az.Accounts, Az.Network, Az.Resources', '[CmdletBinding()]', 'param(');
  params.forEach((p, i) => sc.push(`    # ${commentText(p.what)}`, `    [string] $${p.name} = ${s(p.def)}${i < params.length - 1 ? ',' : ''}`));
  sc.push(')', "$ErrorActionPreference = 'Stop'", '');
  for (const g of plan.groups) {
    sc.comment(`Resource group ${g.resourceGroup}`);
    sc.use(g);
    sc.push(`New-AzResourceGroup -Name ${s(g.resourceGroup)} -Location $${pascal(g.location.param)} -Force | Out-Null`, '');
  }
  for (const { group: g, stage } of orderedStages(plan)) {
    sc.comment(`${g.resourceGroup}: ${stage === 'routing' ? 'route tables' : stage === 'network' ? 'network' : stage === 'peering' ? 'peering links' : 'links that use the remote gateway (after the hub gateway and its transit link)'}`);
    sc.use(g);
    if (stage === 'routing') {
      for (const rt of g.routeTables) {
        const v = sc.variable('rt', rt.id, rt.name);
        sc.push(`${v}Routes = @(`);
        for (const r of rt.routes) sc.push(`    New-AzRouteConfig -Name ${s(r.name)} -AddressPrefix ${s(r.addressPrefix)} -NextHopType ${s(r.nextHopType)}${r.nextHopIpAddress !== undefined ? ` -NextHopIpAddress ${s(r.nextHopIpAddress)}` : ''}`);
        sc.push(')', `${v} = New-AzRouteTable -Name ${s(rt.name)} ${common(g, rt.location.param)} -Route ${v}Routes -DisableBgpRoutePropagation${sw(rt.disableBgpRoutePropagation)} -Force`);
      }
    } else if (stage === 'network') {
      for (const n of g.nsgs) {
        const v = sc.variable('nsg', `${g.key}|${n.name.toLowerCase()}`, n.name);
        sc.push(`${v} = New-AzNetworkSecurityGroup -Name ${s(n.name)} ${common(g, n.location.param)} -Force`);
      }
      for (const v of g.vnets) network(sc, g, v);
    } else {
      for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) link(sc, l);
    }
    sc.push('');
  }
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (reference 1.5)');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    sc.push(`Sync-AzVirtualNetworkPeering -Name ${s(y.link.name)} -VirtualNetworkName ${s(y.link.local.name)} -ResourceGroupName ${s(y.link.local.resourceGroup)} | Out-Null`);
  }
  return sc.lines.text();
}
