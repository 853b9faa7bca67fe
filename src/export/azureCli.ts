/**
 * Azure CLI export: a bash script (reference 8) that switches subscription with `az account set` and
 * runs the plan's stages in order. Every user value is a single-quoted shell word; variables are only
 * subscription ids and regions, overridable from the environment. Peerings are created or updated with
 * all four flags explicit.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter } from './scriptWriter';
import { shString as q } from './escape';
import { planFor, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope } from './plan';
import { headerLines, orderedStages } from './stages';

const env = (param: string): string => param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const v = (param: string): string => `"$${env(param)}"`;
const words = (xs: readonly string[]): string => xs.map(q).join(' ');
/** A resource id: the subscription from its variable, the rest as one quoted literal. */
const rid = (scope: Scope, rest: string): string => `"/subscriptions/$${env(scope.sub.param)}"${q(`/resourceGroups/${scope.resourceGroup}/providers/Microsoft.Network/${rest}`)}`;
const where = (g: Scope, loc: string): string => `--resource-group ${q(g.resourceGroup)} --location ${v(loc)}`;

class Script extends ScriptWriter {
  protected switchTo(subscriptionParam: string): string {
    return `az account set --subscription ${v(subscriptionParam)}`;
  }
}

function network(sc: Script, g: PlannedGroup, vn: PlannedVNet): void {
  const loc = vn.location.param;
  const name = vn.ref.name;
  sc.comment(`Virtual network ${name}`);
  for (const n of vn.nvas) sc.comment(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  let cmd = `az network vnet create --name ${q(name)} ${where(g, loc)} --address-prefixes ${words(vn.addressPrefixes)}`;
  if (vn.dnsServers.length > 0) cmd += ` --dns-servers ${words(vn.dnsServers)}`;
  if (vn.tags.length > 0) cmd += ` --tags ${vn.tags.map(([k, x]) => q(`${k}=${x}`)).join(' ')}`;
  sc.push(`${cmd} --output none`);
  for (const s of vn.subnets) {
    let sub = `az network vnet subnet create --name ${q(s.name)} --vnet-name ${q(name)} --resource-group ${q(g.resourceGroup)} --address-prefixes ${words(s.addressPrefixes)}`;
    if (s.routeTable) sub += ` --route-table ${rid(s.routeTable.scope, `routeTables/${s.routeTable.name}`)}`;
    if (s.nsg !== undefined) sub += ` --network-security-group ${rid(g, `networkSecurityGroups/${s.nsg}`)}`;
    sc.push(`${sub} --output none`);
  }
  const pip = (p: string) => sc.push(`az network public-ip create --name ${q(p)} ${where(g, loc)} --sku Standard --allocation-method Static --output none`);
  for (const gw of vn.gateways) {
    sc.comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes; two public IPs = active-active)`);
    gw.publicIps.forEach(pip);
    const vpn = gw.gatewayType === 'Vpn' ? ' --vpn-type RouteBased' : '';
    const asn = gw.asn !== undefined ? ` --asn ${gw.asn}` : '';
    sc.push(`az network vnet-gateway create --name ${q(gw.name)} ${where(g, loc)} --vnet ${q(name)} --public-ip-addresses ${words(gw.publicIps)} --gateway-type ${gw.gatewayType}${vpn} --sku ${q(gw.sku)}${asn} --output none`);
  }
  for (const fw of vn.firewalls) {
    sc.comment(`Azure Firewall ${fw.name} (needs the azure-firewall CLI extension); the design expects its private IP ${fw.privateIpAddress}`);
    pip(fw.publicIp);
    if (fw.managementPublicIp !== undefined) pip(fw.managementPublicIp);
    sc.push(`az network firewall policy create --name ${q(fw.policy)} ${where(g, loc)} --sku ${fw.tier} --output none`);
    sc.push(`az network firewall create --name ${q(fw.name)} ${where(g, loc)} --sku AZFW_VNet --tier ${fw.tier} --firewall-policy ${q(fw.policy)} --output none`);
    const mgmt = fw.managementPublicIp === undefined ? '' : ` --m-name management --m-public-ip-address ${q(fw.managementPublicIp)} --m-vnet-name ${q(name)}`;
    sc.push(`az network firewall ip-config create --firewall-name ${q(fw.name)} --name ipconfig1 --resource-group ${q(g.resourceGroup)} --public-ip-address ${q(fw.publicIp)} --vnet-name ${q(name)}${mgmt} --output none`);
  }
  for (const rs of vn.routeServers) {
    sc.comment(`Route Server ${rs.name}`);
    pip(rs.publicIp);
    sc.push(`az network routeserver create --name ${q(rs.name)} ${where(g, loc)} --hosted-subnet ${rid(g, `virtualNetworks/${name}/subnets/RouteServerSubnet`)} --public-ip-address ${q(rs.publicIp)} --output none`);
  }
  for (const b of vn.bastions) {
    sc.comment(`Azure Bastion ${b.name}`);
    pip(b.publicIp);
    sc.push(`az network bastion create --name ${q(b.name)} ${where(g, loc)} --public-ip-address ${q(b.publicIp)} --vnet-name ${q(name)} --sku ${q(b.sku)} --output none`);
  }
}

function link(sc: Script, l: PlannedLink): void {
  sc.comment(`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`);
  const at = `--resource-group ${q(l.local.resourceGroup)} --vnet-name ${q(l.local.name)} --name ${q(l.name)}`;
  const flags = `--allow-vnet-access ${l.allowVirtualNetworkAccess} --allow-forwarded-traffic ${l.allowForwardedTraffic} --allow-gateway-transit ${l.allowGatewayTransit} --use-remote-gateways ${l.useRemoteGateways}`;
  sc.push(
    `if az network vnet peering show ${at} --output none 2>/dev/null; then`,
    `  az network vnet peering update ${at} ${flags} --output none`,
    'else',
    `  az network vnet peering create ${at} --remote-vnet ${rid(l.remote, `virtualNetworks/${l.remote.name}`)} ${flags} --output none`,
    'fi',
  );
}

export function toAzureCli(design: Design, options?: ExportOptions): string {
  const plan = planFor(design, options?.findings);
  const sc = new Script();
  sc.push('#!/usr/bin/env bash');
  for (const line of headerLines(plan, 'Azure CLI (bash)')) sc.comment(line);
  sc.comment('Run after az login (once per tenant for cross-tenant peerings). Override the variables below from the environment.');
  sc.push('set -euo pipefail', '');
  const vars = [...plan.subscriptions.map((s) => ({ p: s.param, def: s.id, what: `Subscription id${s.name ? ` of ${s.name}` : ''}` })), ...plan.locations.map((l) => ({ p: l.param, def: l.value, what: 'Azure region' }))];
  for (const x of vars) {
    sc.comment(x.what);
    sc.push(`if [[ -z "\${${env(x.p)}:-}" ]]; then ${env(x.p)}=${q(x.def)}; fi`);
  }
  if (vars.length > 0) sc.push('');
  for (const g of plan.groups) {
    sc.comment(`Resource group ${g.resourceGroup}`);
    sc.use(g);
    sc.push(`az group create --name ${q(g.resourceGroup)} --location ${v(g.location.param)} --output none`, '');
  }
  for (const { group: g, stage } of orderedStages(plan)) {
    sc.comment(`${g.resourceGroup}: ${stage === 'routing' ? 'route tables' : stage === 'network' ? 'network' : stage === 'peering' ? 'peering links' : 'links that use the remote gateway (after the hub gateway and its transit link)'}`);
    sc.use(g);
    if (stage === 'routing') {
      for (const rt of g.routeTables) {
        sc.push(`az network route-table create --name ${q(rt.name)} ${where(g, rt.location.param)} --disable-bgp-route-propagation ${rt.disableBgpRoutePropagation} --output none`);
        for (const r of rt.routes) {
          const hop = r.nextHopIpAddress !== undefined ? ` --next-hop-ip-address ${q(r.nextHopIpAddress)}` : '';
          sc.push(`az network route-table route create --route-table-name ${q(rt.name)} --resource-group ${q(g.resourceGroup)} --name ${q(r.name)} --address-prefix ${q(r.addressPrefix)} --next-hop-type ${r.nextHopType}${hop} --output none`);
        }
      }
    } else if (stage === 'network') {
      for (const n of g.nsgs) sc.push(`az network nsg create --name ${q(n.name)} ${where(g, n.location.param)} --output none`);
      for (const vn of g.vnets) network(sc, g, vn);
    } else {
      for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) link(sc, l);
    }
    sc.push('');
  }
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (reference 1.5)');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    sc.push(`az network vnet peering sync --resource-group ${q(y.link.local.resourceGroup)} --vnet-name ${q(y.link.local.name)} --name ${q(y.link.name)} --output none`);
  }
  return sc.lines.text();
}
