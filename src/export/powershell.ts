/**
 * Azure PowerShell export (Az modules, never AzureRM; reference 7): one script that switches subscription
 * with Set-AzContext and runs the plan's stages in order. Every user value is a verbatim (single-quoted)
 * string; user text never appears inside a double-quoted string or an expression. The script can be run
 * again: the New-Az* cmdlets that take -Force overwrite, New-AzBastion (which has none and throws when the
 * Bastion exists) runs only when Get-AzBastion finds none, an existing link gets its four flags set and a
 * missing one is added. Secrets (site-to-site shared keys) are SecureString parameters, never in the file.
 * A value a cmdlet would refuse (a Bastion SKU outside its ValidateSet) is never written: the script
 * throws before it changes anything, naming it.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter, acceptedValue, byLinkFlags, linkCommentParts, listText, memoised } from './scriptWriter';
import { commentText, psString as s } from './escape';
import { flat } from './text';
import { Names } from './names';
import { symbolName } from './bicepResources';
import { planFor, type DeployPlan, type PlannedGroup, type PlannedLink, type PlannedSite, type PlannedVNet, type Scope, type VNetRef } from './plan';
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
  protected refusalLines(reasons: readonly string[]): string {
    let out = '# This design cannot be deployed as it is: the script stops here, before it changes anything.\n';
    for (const r of reasons) out += `# ${commentText(r)}\n`;
    return `${out}throw ${s(`This script cannot run: ${reasons.join(' ')}`)}\n\n`;
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

/**
 * A Standard static public IP. `zoneRedundant`: zones 1, 2 and 3, as an AZ gateway SKU requires of its IPs
 * (VmssVpnGatewayPublicIpsMustHaveZonesConfigured otherwise; learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways).
 */
function publicIp(sc: Script, g: Scope, name: string, loc: string, zoneRedundant = false): string {
  const v = sc.variable('pip', name);
  sc.add(`${v} = New-AzPublicIpAddress -Name ${s(name)} ${sc.common(g, loc)} -Sku 'Standard' -AllocationMethod 'Static'${zoneRedundant ? " -Zone '1', '2', '3'" : ''} -Force\n`);
  return v;
}

/**
 * The SKUs New-AzBastion accepts: its -Sku ValidateSet (case-sensitive), github Azure/azure-powershell
 * src/Network/Network/Bastion/NewAzBastionCommand.cs (Basic, Standard, Premium; Developer is not in it).
 */
export const NEW_AZ_BASTION_SKUS = ['Basic', 'Standard', 'Premium'] as const;

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
    const pips = gw.publicIps.map((p) => publicIp(sc, g, p, loc, gw.zoneRedundant));
    const cfg = sc.variable('ipConfigs', gw.name);
    sc.add(`${cfg} = @(\n${pips.map((p, i) => `    New-AzVirtualNetworkGatewayIpConfig -Name 'ipconfig${i + 1}' -SubnetId ${subnetId('GatewaySubnet')} -PublicIpAddressId ${p}.Id\n`).join('')})\n`);
    const extra = gw.gatewayType === 'Vpn' ? " -VpnType 'RouteBased'" : '';
    const bgp = gw.asn !== undefined ? ` -EnableBgp $true -Asn ${gw.asn}` : ' -EnableBgp $false';
    const cmd = `New-AzVirtualNetworkGateway -Name ${s(gw.name)} ${sc.common(g, loc)} -IpConfigurations ${cfg} -GatewayType ${s(gw.gatewayType)}${extra} -GatewaySku ${s(gw.sku)} -EnableActiveActiveFeature${sw(gw.activeActive)}${bgp} -Force`;
    const sites = v.sites.filter((x) => x.gatewayName === gw.name);
    if (sites.length === 0) {
      sc.add(`${cmd} | Out-Null\n`);
      continue;
    }
    const gv = sc.variable('vgw', gw.name);
    sc.add(`${gv} = ${cmd}\n`);
    for (const site of sites) siteCommands(sc, g, loc, gv, site);
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
    const sku = acceptedValue(b.sku, NEW_AZ_BASTION_SKUS);
    if (sku === undefined) {
      sc.refuse(`Azure Bastion ${b.name}: New-AzBastion accepts the SKUs ${listText(NEW_AZ_BASTION_SKUS)}, not ${b.sku}; change its SKU in the design and export again.`);
      continue;
    }
    sc.add(`${vv} = Get-AzVirtualNetwork -Name ${s(name)} -ResourceGroupName ${s(g.resourceGroup)}\n`);
    // New-AzBastion throws when the Bastion exists (NewAzBastionCommand.cs, IsResourcePresent): create it only when missing.
    sc.add(
      `if (-not (Get-AzBastion -ResourceGroupName ${s(g.resourceGroup)} -Name ${s(b.name)} -ErrorAction SilentlyContinue)) {\n` +
        `    New-AzBastion -ResourceGroupName ${s(g.resourceGroup)} -Name ${s(b.name)} -PublicIpAddress ${pip} -VirtualNetwork ${vv} -Sku ${s(sku)} | Out-Null\n}\n`,
    );
  }
}

/**
 * An on-premises site on gateway `gv`. IPsec: its local network gateway (device IP or FQDN, ranges, BGP)
 * and a site-to-site connection whose shared key comes from the script's SecureString parameter, never
 * from the file. ExpressRoute: a connection to the circuit whose id is a parameter (-PeerId). Cmdlets and
 * parameters: github Azure/azure-powershell src/Network/Network/LocalNetworkGateway/NewAzureLocalNetworkGatewayCommand.cs
 * and VirtualNetworkGatewayConnection/NewAzureVirtualNetworkGatewayConnectionCommand.cs.
 */
function siteCommands(sc: Script, g: Scope, loc: string, gv: string, site: PlannedSite): void {
  const where = sc.common(g, loc);
  if (site.type === 'ExpressRoute') {
    sc.comment(`On-premises network ${site.name}: ExpressRoute connection to its circuit`);
    sc.add(`New-AzVirtualNetworkGatewayConnection -Name ${s(site.connectionName)} ${where} -VirtualNetworkGateway1 ${gv} -ConnectionType 'ExpressRoute' -PeerId ${sc.param(site.param)} -Force | Out-Null\n`);
    return;
  }
  sc.comment(`On-premises network ${site.name}: local network gateway and site-to-site connection`);
  const lv = sc.variable('lgw', site.localGatewayName);
  const device = site.gatewayIpAddress !== undefined ? ` -GatewayIpAddress ${s(site.gatewayIpAddress)}` : site.fqdn !== undefined ? ` -Fqdn ${s(site.fqdn)}` : ` -GatewayIpAddress ${sc.param(site.ipParam ?? '')}`;
  const bgp = site.bgp === undefined ? '' : ` -Asn ${site.bgp.asn} -BgpPeeringAddress ${s(site.bgp.peeringAddress)}`;
  sc.add(`${lv} = New-AzLocalNetworkGateway -Name ${s(site.localGatewayName)} ${where}${device} -AddressPrefix ${list(site.addressRanges)}${bgp} -Force\n`);
  // -SharedKey takes a string: the SecureString parameter is read into it only here, at run time (-AsPlainText: PowerShell 7).
  const key = `(ConvertFrom-SecureString -SecureString ${sc.param(site.param)} -AsPlainText)`;
  sc.add(`New-AzVirtualNetworkGatewayConnection -Name ${s(site.connectionName)} ${where} -VirtualNetworkGateway1 ${gv} -LocalNetworkGateway2 ${lv} -ConnectionType 'IPsec' -SharedKey ${key}${site.bgp === undefined ? '' : ' -EnableBgp $true'} -Force | Out-Null\n`);
}

/** The script's parameters: subscriptions, regions, then per on-premises site its secret or its circuit id and device IP. */
function scriptParams(plan: DeployPlan): { name: string; what: string; type: string; def?: string }[] {
  const out: { name: string; what: string; type: string; def?: string }[] = [
    ...plan.subscriptions.map((x) => ({ name: pascal(x.param), def: x.id, type: 'string', what: `Subscription id${x.name ? ` of ${x.name}` : ''}` })),
    ...plan.locations.map((l) => ({ name: pascal(l.param), def: l.value, type: 'string', what: 'Azure region' })),
  ];
  for (const g of plan.groups)
    for (const v of g.vnets)
      for (const site of v.sites) {
        if (site.type === 'ExpressRoute') {
          out.push({ name: pascal(site.param), type: 'string', what: `Resource id of the ExpressRoute circuit of ${site.name}`, ...(site.circuitId === undefined ? {} : { def: site.circuitId }) });
          continue;
        }
        out.push({ name: pascal(site.param), type: 'securestring', what: `Shared key of the site-to-site connection to ${site.name} (asked for when not given)` });
        if (site.ipParam !== undefined) out.push({ name: pascal(site.ipParam), type: 'string', what: `Public IP address of the VPN device of ${site.name}` });
      }
  return out;
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
  const params = scriptParams(plan);
  const sc = new Script(['peering', 'localVnet', ...params.map((p) => p.name)]);
  for (const line of headerLines(plan, 'Azure PowerShell (Az modules)')) sc.comment(line);
  sc.comment(`Needs: PowerShell 7 and the Az modules Az.Accounts, Az.Network and Az.Resources (#Requires below)${needsBasicPolicy(plan) ? '; an Az.Network whose New-AzFirewallPolicy accepts -SkuTier Basic (checked below)' : ''}.`);
  sc.comment('Run after Connect-AzAccount (once per tenant for cross-tenant peerings).');
  sc.add('#Requires -Modules Az.Accounts, Az.Network, Az.Resources\n[CmdletBinding()]\nparam(\n');
  params.forEach((p, i) => {
    const attr = p.def === undefined ? '    [Parameter(Mandatory)]\n' : '';
    sc.add(`    # ${commentText(p.what)}\n${attr}    [${p.type}] $${p.name}${p.def === undefined ? '' : ` = ${s(p.def)}`}${i < params.length - 1 ? ',' : ''}\n`);
  });
  sc.add(")\n$ErrorActionPreference = 'Stop'\n");
  sc.markRefusals();
  if (needsBasicPolicy(plan)) {
    // -SkuTier Basic is in New-AzFirewallPolicy's ValidateSet only in newer Az.Network (src/Network/Network/help/New-AzFirewallPolicy.md
    // lists Standard, Premium, Basic; older NewAzureFirewallPolicyCommand.cs has Standard, Premium).
    sc.add(
      "if ((Get-Command -Name 'New-AzFirewallPolicy').Parameters['SkuTier'].Attributes.ValidValues -notcontains 'Basic') {\n" +
        "    throw 'This script needs an Az.Network whose New-AzFirewallPolicy accepts -SkuTier Basic (a Basic firewall needs a Basic policy): run Update-Module Az.Network'\n}\n",
    );
  }
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
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (until synced, the peers keep routing to its old address space); a link already FullyInSync is left alone');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    sc.add(
      `$peering = Get-AzVirtualNetworkPeering -VirtualNetworkName ${s(y.link.local.name)} -ResourceGroupName ${s(y.link.local.resourceGroup)} -Name ${s(y.link.name)}\n` +
        "if ($peering.PeeringSyncLevel -ne 'FullyInSync') {\n    Sync-AzVirtualNetworkPeering -VirtualNetworkPeering $peering | Out-Null\n}\n",
    );
  }
  return sc.script();
}

function needsBasicPolicy(plan: DeployPlan): boolean {
  return plan.groups.some((g) => g.vnets.some((v) => v.firewalls.some((f) => f.tier === 'Basic')));
}
