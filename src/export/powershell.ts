/**
 * Azure PowerShell export (Az modules, never AzureRM; reference 7): one script that switches subscription
 * with Set-AzContext and runs the plan's stages in order. Every user value is a verbatim (single-quoted)
 * string; user text never appears inside a double-quoted string or an expression. Peerings are
 * idempotent: an existing link gets its four flags set, a missing one is added.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter, byLinkFlags, linkCommentParts, memoised } from './scriptWriter';
import { commentText, psString as s } from './escape';
import { flat } from './text';
import { Names } from './names';
import { symbolName } from './bicepResources';
import { planFor, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope, type VNetRef } from './plan';
import { headerLines, orderedStages } from './stages';

const pascal = (p: string): string => p.charAt(0).toUpperCase() + p.slice(1);
const sw = (b: boolean): string => (b ? ':$true' : ':$false');

/** `@('a', 'b')` */
function list(xs: readonly string[]): string {
  let out = '';
  for (const x of xs) out += out === '' ? s(x) : `, ${s(x)}`;
  return `@(${out})`;
}

/** What every link from or to one VNet repeats (a hub has a link per spoke): built once per VNet. */
interface LinkEnd {
  /** halves of the link comment: `# Link <vnet> -> ` and `<vnet>\n` */
  comment: { from: string; to: string };
  /** `$peering = Get-AzVirtualNetworkPeering -VirtualNetworkName '<vnet>' -ResourceGroupName '<rg>' -Name ` */
  get: string;
  /** the `$localVnet = ...` line and the start of the Add-AzVirtualNetworkPeering line, up to its `-Name ` */
  add: string;
  /** ` -VirtualNetwork $localVnet -RemoteVirtualNetworkId <the VNet's resource id>` */
  remote: string;
}

/** The parts of a link's commands set by its four flags. */
const linkFlags = byLinkFlags((access, forwarded, transit, remoteGateways) => ({
  update: flat(
    ' -ErrorAction SilentlyContinue\n' +
      'if ($peering) {\n' +
      `    $peering.AllowVirtualNetworkAccess = $${access}\n` +
      `    $peering.AllowForwardedTraffic = $${forwarded}\n` +
      `    $peering.AllowGatewayTransit = $${transit}\n` +
      `    $peering.UseRemoteGateways = $${remoteGateways}\n` +
      '    Set-AzVirtualNetworkPeering -VirtualNetworkPeering $peering | Out-Null\n' +
      '} else {\n',
  ),
  create: flat(` -BlockVirtualNetworkAccess${sw(!access)} -AllowForwardedTraffic${sw(forwarded)} -AllowGatewayTransit${sw(transit)} -UseRemoteGateways${sw(remoteGateways)} | Out-Null\n}\n`),
}));

class Script extends ScriptWriter {
  readonly names: Names;
  /** PowerShell variables of route tables (by route table id) and NSGs (by group key | lower-case name) */
  readonly routeTableVars = new Map<string, string>();
  readonly nsgVars = new Map<string, string>();
  /** `$Param` of a subscription or location parameter */
  readonly param = memoised((p) => `$${pascal(p)}`);
  private readonly linkEnds = new Map<VNetRef, LinkEnd>();
  private commonOf?: { g: Scope; loc: string; text: string };

  constructor(reserved: string[]) {
    super();
    this.names = new Names(['ErrorActionPreference', 'true', 'false', 'null', ...reserved]);
  }
  protected switchTo(subscriptionParam: string): string {
    return `Set-AzContext -Subscription ${this.param(subscriptionParam)} | Out-Null`;
  }
  variable(kind: string, name: string): string {
    return `$${this.names.take(symbolName(kind, name))}`;
  }
  /** `-ResourceGroupName '<rg>' -Location $<Location>` (the last one is kept: runs of commands share it). */
  common(g: Scope, loc: string): string {
    const c = this.commonOf;
    if (c?.g === g && c.loc === loc) return c.text;
    const text = flat(`-ResourceGroupName ${s(g.resourceGroup)} -Location ${this.param(loc)}`);
    this.commonOf = { g, loc, text };
    return text;
  }
  linkEnd(v: VNetRef): LinkEnd {
    let end = this.linkEnds.get(v);
    if (end === undefined) {
      const vnet = s(v.name);
      const rg = s(v.resourceGroup);
      end = {
        comment: linkCommentParts(v),
        get: flat(`$peering = Get-AzVirtualNetworkPeering -VirtualNetworkName ${vnet} -ResourceGroupName ${rg} -Name `),
        add: flat(`    $localVnet = Get-AzVirtualNetwork -Name ${vnet} -ResourceGroupName ${rg}\n    Add-AzVirtualNetworkPeering -Name `),
        remote: flat(
          ` -VirtualNetwork $localVnet -RemoteVirtualNetworkId ('/subscriptions/' + ${this.param(v.sub.param)} + ${s(`/resourceGroups/${v.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${v.name}`)})`,
        ),
      };
      this.linkEnds.set(v, end);
    }
    return end;
  }
}

function publicIp(sc: Script, g: Scope, name: string, loc: string): string {
  const v = sc.variable('pip', name);
  sc.add(`${v} = New-AzPublicIpAddress -Name ${s(name)} ${sc.common(g, loc)} -Sku 'Standard' -AllocationMethod 'Static' -Force\n`);
  return v;
}

function network(sc: Script, g: PlannedGroup, v: PlannedVNet): void {
  const loc = v.location.param;
  const name = v.ref.name;
  sc.comment(`Virtual network ${name}`);
  for (const n of v.nvas) sc.comment(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  const vv = sc.variable('vnet', name);
  let cmd = `${vv} = New-AzVirtualNetwork -Name ${s(name)} ${sc.common(g, loc)} -AddressPrefix ${list(v.addressPrefixes)}`;
  if (v.subnets.length > 0) {
    let subnets = `${vv}Subnets = @(\n`;
    for (const sn of v.subnets) {
      subnets += `    New-AzVirtualNetworkSubnetConfig -Name ${s(sn.name)} -AddressPrefix ${list(sn.addressPrefixes)}`;
      if (sn.routeTable) subnets += ` -RouteTableId ${sc.routeTableVars.get(sn.routeTable.id) ?? '$null'}.Id`;
      if (sn.nsg !== undefined) subnets += ` -NetworkSecurityGroupId ${sc.nsgVars.get(`${g.key}|${sn.nsg.toLowerCase()}`) ?? '$null'}.Id`;
      subnets += '\n';
    }
    sc.add(`${subnets})\n`);
    cmd += ` -Subnet ${vv}Subnets`;
  }
  if (v.dnsServers.length > 0) cmd += ` -DnsServer ${list(v.dnsServers)}`;
  if (v.tags.length > 0) cmd += ` -Tag @{ ${v.tags.map(([k, x]) => `${s(k)} = ${s(x)}`).join('; ')} }`;
  sc.add(`${cmd} -Force\n`);
  const subnetId = (subnet: string) => `(${vv}.Id + ${s(`/subnets/${subnet}`)})`;
  for (const gw of v.gateways) {
    sc.comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`);
    const pips = gw.publicIps.map((p) => publicIp(sc, g, p, loc));
    const cfg = sc.variable('ipConfigs', gw.name);
    sc.add(`${cfg} = @(\n${pips.map((p, i) => `    New-AzVirtualNetworkGatewayIpConfig -Name 'ipconfig${i + 1}' -SubnetId ${subnetId('GatewaySubnet')} -PublicIpAddressId ${p}.Id\n`).join('')})\n`);
    const extra = gw.gatewayType === 'Vpn' ? " -VpnType 'RouteBased'" : '';
    const bgp = gw.asn !== undefined ? ` -EnableBgp $true -Asn ${gw.asn}` : ' -EnableBgp $false';
    sc.add(`New-AzVirtualNetworkGateway -Name ${s(gw.name)} ${sc.common(g, loc)} -IpConfigurations ${cfg} -GatewayType ${s(gw.gatewayType)}${extra} -GatewaySku ${s(gw.sku)} -EnableActiveActiveFeature${sw(gw.activeActive)}${bgp} -Force | Out-Null\n`);
  }
  for (const fw of v.firewalls) {
    sc.comment(`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`);
    const pip = publicIp(sc, g, fw.publicIp, loc);
    const mgmt = fw.managementPublicIp === undefined ? '' : ` -ManagementPublicIpAddress ${publicIp(sc, g, fw.managementPublicIp, loc)}`;
    const pol = sc.variable('afwp', fw.policy);
    sc.add(`${pol} = New-AzFirewallPolicy -Name ${s(fw.policy)} ${sc.common(g, loc)} -SkuTier ${s(fw.tier)} -Force\n`);
    sc.add(`${vv} = Get-AzVirtualNetwork -Name ${s(name)} -ResourceGroupName ${s(g.resourceGroup)}\n`);
    sc.add(`New-AzFirewall -Name ${s(fw.name)} ${sc.common(g, loc)} -VirtualNetwork ${vv} -PublicIpAddress ${pip}${mgmt} -FirewallPolicyId ${pol}.Id -SkuName 'AZFW_VNet' -SkuTier ${s(fw.tier)} -Force | Out-Null\n`);
  }
  for (const rs of v.routeServers) {
    sc.comment(`Route Server ${rs.name}`);
    const pip = publicIp(sc, g, rs.publicIp, loc);
    sc.add(`New-AzRouteServer -RouteServerName ${s(rs.name)} ${sc.common(g, loc)} -HostedSubnet ${subnetId('RouteServerSubnet')} -PublicIpAddress ${pip} -Force | Out-Null\n`);
  }
  for (const b of v.bastions) {
    sc.comment(`Azure Bastion ${b.name}`);
    const pip = publicIp(sc, g, b.publicIp, loc);
    sc.add(`${vv} = Get-AzVirtualNetwork -Name ${s(name)} -ResourceGroupName ${s(g.resourceGroup)}\n`);
    sc.add(`New-AzBastion -ResourceGroupName ${s(g.resourceGroup)} -Name ${s(b.name)} -PublicIpAddress ${pip} -VirtualNetwork ${vv} -Sku ${s(b.sku)} | Out-Null\n`);
  }
}

/** A link: its comment, then update-or-add, pieced from per-VNet and per-flags parts. */
function link(sc: Script, l: PlannedLink): void {
  const from = sc.linkEnd(l.local);
  const to = sc.linkEnd(l.remote);
  const flags = linkFlags(l);
  const name = s(l.name);
  sc.add(from.comment.from + to.comment.to + from.get + name + flags.update + from.add + name + to.remote + flags.create);
}

const STAGE_TITLES = { routing: 'route tables', network: 'network', peering: 'peering links', remoteGateways: 'links that use the remote gateway (after the hub gateway and its transit link)' } as const;

export function toPowerShell(design: Design, options?: ExportOptions): string {
  const plan = planFor(design, options?.findings);
  const params = [...plan.subscriptions.map((x) => ({ name: pascal(x.param), def: x.id, what: `Subscription id${x.name ? ` of ${x.name}` : ''}` })), ...plan.locations.map((l) => ({ name: pascal(l.param), def: l.value, what: 'Azure region' }))];
  const sc = new Script(['peering', 'localVnet', ...params.map((p) => p.name)]);
  for (const line of headerLines(plan, 'Azure PowerShell (Az modules)')) sc.comment(line);
  sc.comment('Run after Connect-AzAccount (once per tenant for cross-tenant peerings).');
  sc.add('#Requires -Modules Az.Accounts, Az.Network, Az.Resources\n[CmdletBinding()]\nparam(\n');
  params.forEach((p, i) => sc.add(`    # ${commentText(p.what)}\n    [string] $${p.name} = ${s(p.def)}${i < params.length - 1 ? ',' : ''}\n`));
  sc.add(")\n$ErrorActionPreference = 'Stop'\n");
  sc.blank();
  for (const g of plan.groups) {
    sc.comment(`Resource group ${g.resourceGroup}`);
    sc.use(g);
    sc.add(`New-AzResourceGroup -Name ${s(g.resourceGroup)} -Location ${sc.param(g.location.param)} -Force | Out-Null\n`);
    sc.blank();
  }
  for (const { group: g, stage } of orderedStages(plan)) {
    sc.comment(`${g.resourceGroup}: ${STAGE_TITLES[stage]}`);
    sc.use(g);
    if (stage === 'routing') {
      for (const rt of g.routeTables) {
        const v = sc.variable('rt', rt.name);
        sc.routeTableVars.set(rt.id, v);
        let cmd = `${v}Routes = @(\n`;
        for (const r of rt.routes) {
          cmd += `    New-AzRouteConfig -Name ${s(r.name)} -AddressPrefix ${s(r.addressPrefix)} -NextHopType ${s(r.nextHopType)}`;
          cmd += r.nextHopIpAddress !== undefined ? ` -NextHopIpAddress ${s(r.nextHopIpAddress)}\n` : '\n';
        }
        sc.add(`${cmd})\n${v} = New-AzRouteTable -Name ${s(rt.name)} ${sc.common(g, rt.location.param)} -Route ${v}Routes -DisableBgpRoutePropagation${sw(rt.disableBgpRoutePropagation)} -Force\n`);
      }
    } else if (stage === 'network') {
      for (const n of g.nsgs) {
        const v = sc.variable('nsg', n.name);
        sc.nsgVars.set(`${g.key}|${n.name.toLowerCase()}`, v);
        sc.add(`${v} = New-AzNetworkSecurityGroup -Name ${s(n.name)} ${sc.common(g, n.location.param)} -Force\n`);
      }
      for (const v of g.vnets) network(sc, g, v);
    } else {
      for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) link(sc, l);
    }
    sc.blank();
  }
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (until synced, the peers keep routing to its old address space)');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    sc.add(`Sync-AzVirtualNetworkPeering -Name ${s(y.link.name)} -VirtualNetworkName ${s(y.link.local.name)} -ResourceGroupName ${s(y.link.local.resourceGroup)} | Out-Null\n`);
  }
  return sc.script();
}
