/**
 * Azure CLI export: a bash script (reference 8) that switches subscription with `az account set` and
 * runs the plan's stages in order. Every user value is a single-quoted shell word; variables are only
 * subscription ids and regions, overridable from the environment. Peerings are created or updated with
 * all four flags explicit.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter, byLinkFlags, linkCommentParts, memoised } from './scriptWriter';
import { shString as q } from './escape';
import { flat } from './text';
import { planFor, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope, type VNetRef } from './plan';
import { headerLines, orderedStages } from './stages';

const env = (param: string): string => param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** Shell words, space-separated. */
function words(xs: readonly string[]): string {
  let out = '';
  for (const x of xs) out += out === '' ? q(x) : ` ${q(x)}`;
  return out;
}

/** What every link from or to one VNet repeats (a hub has a link per spoke): built once per VNet. */
interface LinkEnd {
  /** halves of the link comment: `# Link <vnet> -> ` and `<vnet>\n` */
  comment: { from: string; to: string };
  /** `--resource-group '<rg>' --vnet-name '<vnet>' --name ` */
  at: string;
  /** ` --remote-vnet <the VNet's resource id>` */
  remote: string;
}

/** The end of a link's update and create commands, set by its four flags. */
const linkFlags = byLinkFlags((access, forwarded, transit, remoteGateways) => {
  const flags = ` --allow-vnet-access ${access} --allow-forwarded-traffic ${forwarded} --allow-gateway-transit ${transit} --use-remote-gateways ${remoteGateways} --output none\n`;
  return { update: flat(flags), create: flat(`${flags}fi\n`) };
});

class Script extends ScriptWriter {
  /** the environment variable of a subscription or location parameter, and its `"$VARIABLE"` */
  readonly env = memoised(env);
  readonly v = memoised((param) => `"$${this.env(param)}"`);
  private readonly linkEnds = new Map<VNetRef, LinkEnd>();
  private whereOf?: { g: Scope; loc: string; text: string };

  protected switchTo(subscriptionParam: string): string {
    return `az account set --subscription ${this.v(subscriptionParam)}`;
  }
  /** A resource id: the subscription from its variable, the rest as one quoted literal. */
  rid(scope: Scope, rest: string): string {
    return `"/subscriptions/$${this.env(scope.sub.param)}"${q(`/resourceGroups/${scope.resourceGroup}/providers/Microsoft.Network/${rest}`)}`;
  }
  /** `--resource-group '<rg>' --location "$LOCATION"` (the last one is kept: runs of commands share it). */
  where(g: Scope, loc: string): string {
    const w = this.whereOf;
    if (w?.g === g && w.loc === loc) return w.text;
    const text = flat(`--resource-group ${q(g.resourceGroup)} --location ${this.v(loc)}`);
    this.whereOf = { g, loc, text };
    return text;
  }
  linkEnd(vn: VNetRef): LinkEnd {
    let end = this.linkEnds.get(vn);
    if (end === undefined) {
      end = {
        comment: linkCommentParts(vn),
        at: flat(`--resource-group ${q(vn.resourceGroup)} --vnet-name ${q(vn.name)} --name `),
        remote: flat(` --remote-vnet ${this.rid(vn, `virtualNetworks/${vn.name}`)}`),
      };
      this.linkEnds.set(vn, end);
    }
    return end;
  }
}

function network(sc: Script, g: PlannedGroup, vn: PlannedVNet): void {
  const loc = vn.location.param;
  const name = vn.ref.name;
  sc.comment(`Virtual network ${name}`);
  for (const n of vn.nvas) sc.comment(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  let cmd = `az network vnet create --name ${q(name)} ${sc.where(g, loc)} --address-prefixes ${words(vn.addressPrefixes)}`;
  if (vn.dnsServers.length > 0) cmd += ` --dns-servers ${words(vn.dnsServers)}`;
  if (vn.tags.length > 0) cmd += ` --tags ${vn.tags.map(([k, x]) => q(`${k}=${x}`)).join(' ')}`;
  sc.add(`${cmd} --output none\n`);
  for (const s of vn.subnets) {
    let sub = `az network vnet subnet create --name ${q(s.name)} --vnet-name ${q(name)} --resource-group ${q(g.resourceGroup)} --address-prefixes ${words(s.addressPrefixes)}`;
    if (s.routeTable) sub += ` --route-table ${sc.rid(s.routeTable.scope, `routeTables/${s.routeTable.name}`)}`;
    if (s.nsg !== undefined) sub += ` --network-security-group ${sc.rid(g, `networkSecurityGroups/${s.nsg}`)}`;
    sc.add(`${sub} --output none\n`);
  }
  const pip = (p: string) => sc.add(`az network public-ip create --name ${q(p)} ${sc.where(g, loc)} --sku Standard --allocation-method Static --output none\n`);
  for (const gw of vn.gateways) {
    sc.comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes; two public IPs = active-active)`);
    gw.publicIps.forEach(pip);
    const vpn = gw.gatewayType === 'Vpn' ? ' --vpn-type RouteBased' : '';
    const asn = gw.asn !== undefined ? ` --asn ${gw.asn}` : '';
    sc.add(`az network vnet-gateway create --name ${q(gw.name)} ${sc.where(g, loc)} --vnet ${q(name)} --public-ip-addresses ${words(gw.publicIps)} --gateway-type ${gw.gatewayType}${vpn} --sku ${q(gw.sku)}${asn} --output none\n`);
  }
  for (const fw of vn.firewalls) {
    sc.comment(`Azure Firewall ${fw.name} (needs the azure-firewall CLI extension); the design expects its private IP ${fw.privateIpAddress}`);
    pip(fw.publicIp);
    if (fw.managementPublicIp !== undefined) pip(fw.managementPublicIp);
    sc.add(`az network firewall policy create --name ${q(fw.policy)} ${sc.where(g, loc)} --sku ${fw.tier} --output none\n`);
    sc.add(`az network firewall create --name ${q(fw.name)} ${sc.where(g, loc)} --sku AZFW_VNet --tier ${fw.tier} --firewall-policy ${q(fw.policy)} --output none\n`);
    const mgmt = fw.managementPublicIp === undefined ? '' : ` --m-name management --m-public-ip-address ${q(fw.managementPublicIp)} --m-vnet-name ${q(name)}`;
    sc.add(`az network firewall ip-config create --firewall-name ${q(fw.name)} --name ipconfig1 --resource-group ${q(g.resourceGroup)} --public-ip-address ${q(fw.publicIp)} --vnet-name ${q(name)}${mgmt} --output none\n`);
  }
  for (const rs of vn.routeServers) {
    sc.comment(`Route Server ${rs.name}`);
    pip(rs.publicIp);
    sc.add(`az network routeserver create --name ${q(rs.name)} ${sc.where(g, loc)} --hosted-subnet ${sc.rid(g, `virtualNetworks/${name}/subnets/RouteServerSubnet`)} --public-ip-address ${q(rs.publicIp)} --output none\n`);
  }
  for (const b of vn.bastions) {
    sc.comment(`Azure Bastion ${b.name}`);
    pip(b.publicIp);
    sc.add(`az network bastion create --name ${q(b.name)} ${sc.where(g, loc)} --public-ip-address ${q(b.publicIp)} --vnet-name ${q(name)} --sku ${q(b.sku)} --output none\n`);
  }
}

/** A link: its comment, then update-or-create, pieced from per-VNet and per-flags parts. */
function link(sc: Script, l: PlannedLink): void {
  const from = sc.linkEnd(l.local);
  const to = sc.linkEnd(l.remote);
  const flags = linkFlags(l);
  const at = flat(from.at + q(l.name));
  sc.add(
    from.comment.from +
      to.comment.to +
      `if az network vnet peering show ${at} --output none 2>/dev/null; then\n` +
      `  az network vnet peering update ${at}${flags.update}` +
      'else\n' +
      `  az network vnet peering create ${at}${to.remote}${flags.create}`,
  );
}

const STAGE_TITLES = { routing: 'route tables', network: 'network', peering: 'peering links', remoteGateways: 'links that use the remote gateway (after the hub gateway and its transit link)' } as const;

export function toAzureCli(design: Design, options?: ExportOptions): string {
  const plan = planFor(design, options?.findings);
  const sc = new Script();
  const { v } = sc;
  sc.add('#!/usr/bin/env bash\n');
  for (const line of headerLines(plan, 'Azure CLI (bash)')) sc.comment(line);
  sc.comment('Run after az login (once per tenant for cross-tenant peerings). Override the variables below from the environment.');
  sc.add('set -euo pipefail\n');
  sc.blank();
  const vars = [...plan.subscriptions.map((s) => ({ p: s.param, def: s.id, what: `Subscription id${s.name ? ` of ${s.name}` : ''}` })), ...plan.locations.map((l) => ({ p: l.param, def: l.value, what: 'Azure region' }))];
  for (const x of vars) {
    sc.comment(x.what);
    sc.add(`if [[ -z "\${${sc.env(x.p)}:-}" ]]; then ${sc.env(x.p)}=${q(x.def)}; fi\n`);
  }
  if (vars.length > 0) sc.blank();
  for (const g of plan.groups) {
    sc.comment(`Resource group ${g.resourceGroup}`);
    sc.use(g);
    sc.add(`az group create --name ${q(g.resourceGroup)} --location ${v(g.location.param)} --output none\n`);
    sc.blank();
  }
  for (const { group: g, stage } of orderedStages(plan)) {
    sc.comment(`${g.resourceGroup}: ${STAGE_TITLES[stage]}`);
    sc.use(g);
    if (stage === 'routing') {
      for (const rt of g.routeTables) {
        let cmd = `az network route-table create --name ${q(rt.name)} ${sc.where(g, rt.location.param)} --disable-bgp-route-propagation ${rt.disableBgpRoutePropagation} --output none\n`;
        for (const r of rt.routes) {
          const hop = r.nextHopIpAddress !== undefined ? ` --next-hop-ip-address ${q(r.nextHopIpAddress)}` : '';
          cmd += `az network route-table route create --route-table-name ${q(rt.name)} --resource-group ${q(g.resourceGroup)} --name ${q(r.name)} --address-prefix ${q(r.addressPrefix)} --next-hop-type ${r.nextHopType}${hop} --output none\n`;
        }
        sc.add(cmd);
      }
    } else if (stage === 'network') {
      for (const n of g.nsgs) sc.add(`az network nsg create --name ${q(n.name)} ${sc.where(g, n.location.param)} --output none\n`);
      for (const vn of g.vnets) network(sc, g, vn);
    } else {
      for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) link(sc, l);
    }
    sc.blank();
  }
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (until synced, the peers keep routing to its old address space)');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    sc.add(`az network vnet peering sync --resource-group ${q(y.link.local.resourceGroup)} --vnet-name ${q(y.link.local.name)} --name ${q(y.link.name)} --output none\n`);
  }
  return sc.script();
}
