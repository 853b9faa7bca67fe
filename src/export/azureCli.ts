/**
 * Azure CLI export: a bash script (reference 8) that switches subscription with `az account set` and
 * runs the plan's stages in order. Every user value is a single-quoted shell word; variables are only
 * subscription ids, regions and the on-premises parameters, overridable from the environment. Peerings
 * are created or updated with all four flags explicit.
 *
 * No value is ever placed where az reads an option (issue 11): az parses its arguments with Python's
 * argparse, which reads a word starting with `-` as an option. A single value starting with `-` is written
 * `--option='value'` (argparse takes everything after the `=` as the value); a value starting with `-` in a
 * list (`--dns-servers a b`, `--tags k=v ...`) cannot be written safely, so it is left out and the script
 * refuses to run: it starts with a line naming the value and where it is, and `exit 1`.
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { ScriptWriter, acceptedValue, byLinkFlags, linkCommentParts, listText, memoised } from './scriptWriter';
import { escapeJsonBidi, shString as q } from './escape';
import { apiVersionsOf } from './apiVersions';
import { flat } from './text';
import { planFor, type DeployPlan, type PlannedGroup, type PlannedLink, type PlannedSite, type PlannedVNet, type Scope, type VNetRef } from './plan';
import { headerLines, orderedStages } from './stages';

const env = (param: string): string => param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * The oldest Azure CLI the script runs with. `az network vnet peering sync` came with az 2.31.0
 * (github Azure/azure-cli pull 20457, merged 2021-11-23) and failed for cross-tenant peerings until pull
 * 26559 (merged 2023-05-30, in 2.50.0); the boolean form `--allow-vnet-access true|false` of
 * `peering create` is the aaz-generated one of the same era. Existing links are updated with the generic
 * `--set`, which every version accepts.
 */
export const AZ_MIN_VERSION = '2.50.0';
/**
 * `az network firewall create` creates a Basic firewall with its management IP configuration
 * (`--m-conf-name`, `--m-public-ip`) from azure-firewall extension 0.14.3 on (github
 * Azure/azure-cli-extensions src/azure-firewall/HISTORY.rst; example in azext_firewall/_help.py).
 */
export const AZ_FIREWALL_EXTENSION_MIN = '0.14.3';
/** Bastion SKUs: Microsoft.Network bastionHosts sku.name (ARM schema 2025-07-01: Basic, Standard, Developer, Premium). */
export const BASTION_SKUS = ['Basic', 'Developer', 'Premium', 'Standard'] as const;

/** What every link from or to one VNet repeats (a hub has a link per spoke): built once per VNet. */
interface LinkEnd {
  /** halves of the link comment: `# Link <vnet> -> ` and `<vnet>\n` */
  comment: { from: string; to: string };
  /** `--resource-group '<rg>' --vnet-name '<vnet>'` */
  at: string;
  /** ` --remote-vnet <the VNet's resource id>` */
  remote: string;
}

/** The end of a link's update and create commands, set by its four flags. */
const linkFlags = byLinkFlags((access, forwarded, transit, remoteGateways) => {
  const update = ` --set allowVirtualNetworkAccess=${access} allowForwardedTraffic=${forwarded} allowGatewayTransit=${transit} useRemoteGateways=${remoteGateways} --output none\n`;
  const create = ` --allow-vnet-access ${access} --allow-forwarded-traffic ${forwarded} --allow-gateway-transit ${transit} --use-remote-gateways ${remoteGateways} --output none\nfi\n`;
  return { update: flat(update), create: flat(create) };
});

/** `--option 'value'`, or `--option='value'` when the value starts with `-` (see the file comment). */
export function arg(option: string, value: string): string {
  return value.startsWith('-') ? `${option}=${q(value)}` : `${option} ${q(value)}`;
}

class Script extends ScriptWriter {
  constructor(readonly networkApi: string) {
    super();
  }
  /** the environment variable of a parameter, and its `"$VARIABLE"` */
  readonly env = memoised(env);
  readonly v = memoised((param) => `"$${this.env(param)}"`);
  private readonly linkEnds = new Map<VNetRef, LinkEnd>();
  private whereOf?: { g: Scope; loc: string; text: string };

  protected switchTo(subscriptionParam: string): string {
    return `az account set --subscription ${this.v(subscriptionParam)}`;
  }
  protected refusalLines(reasons: readonly string[]): string {
    // The directive (file-wide: it comes before the first command) says the rest is unreachable on purpose.
    let out = '# This design cannot be deployed as it is: the script stops here, before it changes anything.\n# shellcheck disable=SC2317\n';
    for (const r of reasons) out += `printf '%s\\n' ${q(`error: this script cannot run: ${r}`)} >&2\n`;
    return `${out}exit 1\n\n`;
  }
  /**
   * Words of a list option (`--dns-servers a b`): a value starting with `-` is left out and refused, as
   * argparse would read it as an option. Empty when nothing is left.
   */
  words(xs: readonly string[], what: (x: string, i: number) => string): string {
    let out = '';
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as string;
      if (x.startsWith('-')) {
        this.refuse(`${what(x, i)} starts with -, which az would read as an option; change it in the design and export again.`);
        continue;
      }
      out += out === '' ? q(x) : ` ${q(x)}`;
    }
    return out;
  }
  /** A resource id: the subscription from its variable, the rest as one quoted literal. */
  rid(scope: Scope, rest: string): string {
    return `"/subscriptions/$${this.env(scope.sub.param)}"${q(`/resourceGroups/${scope.resourceGroup}/providers/Microsoft.Network/${rest}`)}`;
  }
  /** `--resource-group '<rg>' --location "$LOCATION"` (the last one is kept: runs of commands share it). */
  where(g: Scope, loc: string): string {
    const w = this.whereOf;
    if (w?.g === g && w.loc === loc) return w.text;
    const text = flat(`${arg('--resource-group', g.resourceGroup)} --location ${this.v(loc)}`);
    this.whereOf = { g, loc, text };
    return text;
  }
  linkEnd(vn: VNetRef): LinkEnd {
    let end = this.linkEnds.get(vn);
    if (end === undefined) {
      end = {
        comment: linkCommentParts(vn),
        at: flat(`${arg('--resource-group', vn.resourceGroup)} ${arg('--vnet-name', vn.name)}`),
        remote: flat(` --remote-vnet ${this.rid(vn, `virtualNetworks/${vn.name}`)}`),
      };
      this.linkEnds.set(vn, end);
    }
    return end;
  }
}

/** `--sku Standard --allocation-method Static`, zone-redundant for AZ gateway SKUs (see PlannedGateway.zoneRedundant). */
function publicIp(sc: Script, g: Scope, loc: string, name: string, zoneRedundant = false): void {
  sc.add(`az network public-ip create ${arg('--name', name)} ${sc.where(g, loc)} --sku Standard --allocation-method Static${zoneRedundant ? ' --zone 1 2 3' : ''} --output none\n`);
}

function network(sc: Script, g: PlannedGroup, vn: PlannedVNet): void {
  const loc = vn.location.param;
  const name = vn.ref.name;
  const rg = arg('--resource-group', g.resourceGroup);
  sc.comment(`Virtual network ${name}`);
  for (const n of vn.nvas) sc.comment(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  let cmd = `az network vnet create ${arg('--name', name)} ${sc.where(g, loc)} --address-prefixes ${sc.words(vn.addressPrefixes, (x) => `VNet ${name}: the address prefix ${x}`)}`;
  const dns = sc.words(vn.dnsServers, (x) => `VNet ${name}: the DNS server ${x}`);
  if (dns !== '') cmd += ` --dns-servers ${dns}`;
  // `--tags key=value`: az splits each word at its first `=`, so only a key starting with `-` is misread.
  const tags = sc.words(
    vn.tags.map(([k, x]) => `${k}=${x}`),
    (_kv, i) => `VNet ${name}: the tag key ${vn.tags[i]?.[0] ?? ''}`,
  );
  if (tags !== '') cmd += ` --tags ${tags}`;
  sc.add(`${cmd} --output none\n`);
  for (const s of vn.subnets) {
    let sub = `az network vnet subnet create ${arg('--name', s.name)} ${arg('--vnet-name', name)} ${rg} --address-prefixes ${sc.words(s.addressPrefixes, (x) => `subnet ${s.name} of VNet ${name}: the address prefix ${x}`)}`;
    if (s.routeTable) sub += ` --route-table ${sc.rid(s.routeTable.scope, `routeTables/${s.routeTable.name}`)}`;
    if (s.nsg !== undefined) sub += ` --network-security-group ${sc.rid(g, `networkSecurityGroups/${s.nsg}`)}`;
    sc.add(`${sub} --output none\n`);
  }
  for (const gw of vn.gateways) {
    sc.comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes; two public IPs = active-active)`);
    for (const p of gw.publicIps) publicIp(sc, g, loc, p, gw.zoneRedundant);
    const vpn = gw.gatewayType === 'Vpn' ? ' --vpn-type RouteBased' : '';
    const asn = gw.asn !== undefined ? ` --asn ${gw.asn}` : '';
    const pips = sc.words(gw.publicIps, (x) => `gateway ${gw.name}: the public IP name ${x}`);
    sc.add(`az network vnet-gateway create ${arg('--name', gw.name)} ${sc.where(g, loc)} ${arg('--vnet', name)} --public-ip-addresses ${pips} --gateway-type ${gw.gatewayType}${vpn} ${arg('--sku', gw.sku)}${asn} --output none\n`);
    for (const site of vn.sites) if (site.gatewayName === gw.name) siteCommands(sc, g, loc, site);
  }
  for (const fw of vn.firewalls) {
    sc.comment(`Azure Firewall ${fw.name} (needs the azure-firewall CLI extension ${AZ_FIREWALL_EXTENSION_MIN} or newer); the design expects its private IP ${fw.privateIpAddress}`);
    publicIp(sc, g, loc, fw.publicIp);
    if (fw.managementPublicIp !== undefined) publicIp(sc, g, loc, fw.managementPublicIp);
    sc.add(`az network firewall policy create ${arg('--name', fw.policy)} ${sc.where(g, loc)} --sku ${fw.tier} --output none\n`);
    // The IP configuration (and a Basic firewall's management one, which Azure requires at creation) in the create command itself.
    const mgmt = fw.managementPublicIp === undefined ? '' : ` --m-conf-name management ${arg('--m-public-ip', fw.managementPublicIp)}`;
    sc.add(
      `az network firewall create ${arg('--name', fw.name)} ${sc.where(g, loc)} --sku AZFW_VNet --tier ${fw.tier} ${arg('--firewall-policy', fw.policy)} ${arg('--vnet-name', name)} --conf-name ipconfig1 ${arg('--public-ip', fw.publicIp)}${mgmt} --output none\n`,
    );
  }
  for (const rs of vn.routeServers) {
    sc.comment(`Route Server ${rs.name}`);
    publicIp(sc, g, loc, rs.publicIp);
    sc.add(`az network routeserver create ${arg('--name', rs.name)} ${sc.where(g, loc)} --hosted-subnet ${sc.rid(g, `virtualNetworks/${name}/subnets/RouteServerSubnet`)} ${arg('--public-ip-address', rs.publicIp)} --output none\n`);
  }
  for (const b of vn.bastions) {
    const sku = acceptedValue(b.sku, BASTION_SKUS);
    if (sku === undefined) {
      sc.refuse(`Azure Bastion ${b.name}: az network bastion create accepts the SKUs ${listText(BASTION_SKUS)}, not ${b.sku}; change its SKU in the design and export again.`);
      continue;
    }
    sc.comment(`Azure Bastion ${b.name}`);
    publicIp(sc, g, loc, b.publicIp);
    sc.add(`az network bastion create ${arg('--name', b.name)} ${sc.where(g, loc)} ${arg('--public-ip-address', b.publicIp)} ${arg('--vnet-name', name)} --sku ${sku} --output none\n`);
  }
}

/**
 * An on-premises site on its gateway. IPsec: a local network gateway (device IP or FQDN, ranges, BGP) and
 * a site-to-site connection whose shared key comes from the environment or a prompt (see `siteVariables`),
 * never from the file. ExpressRoute: a connection to the circuit whose id is a variable.
 * (az network local-gateway create / vpn-connection create, learn.microsoft.com/cli/azure/network.)
 */
function siteCommands(sc: Script, g: Scope, loc: string, site: PlannedSite): void {
  const where = sc.where(g, loc);
  if (site.type === 'ExpressRoute') {
    sc.comment(`On-premises network ${site.name}: ExpressRoute connection to its circuit`);
    sc.add(`az network vpn-connection create ${arg('--name', site.connectionName)} ${where} ${arg('--vnet-gateway1', site.gatewayName)} --express-route-circuit2=${sc.v(site.param)} --output none\n`);
    return;
  }
  sc.comment(`On-premises network ${site.name}: local network gateway and site-to-site connection`);
  if (site.fqdn !== undefined) {
    // `az network local-gateway create` has no --fqdn (azure-cli network/aaz/latest/network/local_gateway/_create.py):
    // the local network gateway is created from its properties as JSON, every value JSON-escaped.
    const properties: Record<string, unknown> = { fqdn: site.fqdn, localNetworkAddressSpace: { addressPrefixes: site.addressRanges } };
    if (site.bgp) properties['bgpSettings'] = { asn: site.bgp.asn, bgpPeeringAddress: site.bgp.peeringAddress };
    sc.add(
      `az resource create ${arg('--resource-group', g.resourceGroup)} ${arg('--name', site.localGatewayName)} --resource-type Microsoft.Network/localNetworkGateways --api-version ${sc.networkApi} --location ${sc.v(loc)} --properties ${q(escapeJsonBidi(JSON.stringify(properties)))} --output none\n`,
    );
  } else {
    const device = site.gatewayIpAddress !== undefined ? arg('--gateway-ip-address', site.gatewayIpAddress) : `--gateway-ip-address=${sc.v(site.ipParam ?? '')}`;
    const ranges = sc.words(site.addressRanges, (x) => `on-premises network ${site.name}: the address range ${x}`);
    const bgp = site.bgp === undefined ? '' : ` --asn ${site.bgp.asn} ${arg('--bgp-peering-address', site.bgp.peeringAddress)}`;
    sc.add(`az network local-gateway create ${arg('--name', site.localGatewayName)} ${where} ${device} --local-address-prefixes ${ranges}${bgp} --output none\n`);
  }
  sc.add(
    `az network vpn-connection create ${arg('--name', site.connectionName)} ${where} ${arg('--vnet-gateway1', site.gatewayName)} ${arg('--local-gateway2', site.localGatewayName)} --shared-key=${sc.v(site.param)}${site.bgp === undefined ? '' : ' --enable-bgp'} --output none\n`,
  );
}

/**
 * The on-premises variables: from the environment, else asked for (the shared key without echo); without a
 * terminal to ask on, the script stops naming the variable to set.
 */
function siteVariables(sc: Script, plan: DeployPlan): void {
  const ask = (variable: string, prompt: string, secret: boolean) =>
    sc.add(
      `if [[ -z "\${${variable}:-}" ]]; then read -r${secret ? ' -s' : ''} -p ${q(prompt)} ${variable} || { printf 'error: set %s in the environment\\n' ${variable} >&2; exit 1; }; ${secret ? 'echo >&2; ' : ''}fi\n`,
    );
  for (const g of plan.groups)
    for (const vn of g.vnets)
      for (const site of vn.sites) {
        const x = sc.env(site.param);
        if (site.type === 'ExpressRoute') {
          sc.comment(`Resource id of the ExpressRoute circuit of ${site.name}`);
          if (site.circuitId !== undefined) sc.add(`if [[ -z "\${${x}:-}" ]]; then ${x}=${q(site.circuitId)}; fi\n`);
          else ask(x, `Resource id of the ExpressRoute circuit of ${site.name}: `, false);
          continue;
        }
        sc.comment(`Shared key of the site-to-site connection to ${site.name} (from the environment, else asked for; never written in this file)`);
        ask(x, `Shared key for the connection to ${site.name}: `, true);
        if (site.ipParam !== undefined) {
          const ip = sc.env(site.ipParam);
          sc.comment(`Public IP address of the VPN device of ${site.name}`);
          ask(ip, `Public IP address of the VPN device of ${site.name}: `, false);
        }
      }
}

/**
 * Stops with a clear message when az (or the firewall extension the design needs) is older than the script
 * needs. `require_version` reads the version on stdin (no command substitution: every `$` in the script is a
 * plain variable) and compares with `sort -V -C`; its `exit 1` ends the pipeline, and `set -e` with it the script.
 */
function versionCheck(sc: Script, plan: DeployPlan): void {
  sc.add(
    '# require_version <what> <minimum> <how to upgrade>: the version found is read from stdin\n' +
      'require_version() {\n' +
      "  local found=''\n" +
      '  read -r found || true\n' +
      "  if [[ -z \"$found\" ]] || ! printf '%s\\n' \"$2\" \"$found\" | sort -V -C; then\n" +
      "    printf 'error: this script needs %s %s or newer; found %s (%s)\\n' \"$1\" \"$2\" \"${found:-none}\" \"$3\" >&2\n" +
      '    exit 1\n' +
      '  fi\n' +
      '}\n' +
      `az version --query '"azure-cli"' --output tsv | require_version 'Azure CLI' ${AZ_MIN_VERSION} 'run: az upgrade'\n`,
  );
  if (!plan.groups.some((g) => g.vnets.some((v) => v.firewalls.length > 0))) return;
  sc.add(
    `{ az extension show --name azure-firewall --query version --output tsv 2>/dev/null || true; } | require_version 'the azure-firewall extension' ${AZ_FIREWALL_EXTENSION_MIN} 'run: az extension add --upgrade --name azure-firewall'\n`,
  );
}

/** A link: its comment, then update-or-create, pieced from per-VNet and per-flags parts. */
function link(sc: Script, l: PlannedLink): void {
  const from = sc.linkEnd(l.local);
  const to = sc.linkEnd(l.remote);
  const flags = linkFlags(l);
  const at = flat(`${from.at} ${arg('--name', l.name)}`);
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
  const sc = new Script(apiVersionsOf(options).network);
  const { v } = sc;
  sc.add('#!/usr/bin/env bash\n');
  for (const line of headerLines(plan, 'Azure CLI (bash)')) sc.comment(line);
  sc.comment(`Needs: bash and Azure CLI ${AZ_MIN_VERSION} or newer (checked below).`);
  sc.comment('Run after az login (once per tenant for cross-tenant peerings). Override the variables below from the environment.');
  // File-wide (before the first command): shellcheck's notes on `$` and `\` inside single quotes are about user
  // text, which is single-quoted on purpose so that nothing in it expands.
  sc.comment('User text is single-quoted on purpose: a $ or \\ in it is literal.');
  sc.add('# shellcheck disable=SC1003,SC2016\n');
  sc.markRefusals();
  sc.add('set -euo pipefail\n');
  versionCheck(sc, plan);
  sc.blank();
  const vars = [...plan.subscriptions.map((s) => ({ p: s.param, def: s.id, what: `Subscription id${s.name ? ` of ${s.name}` : ''}` })), ...plan.locations.map((l) => ({ p: l.param, def: l.value, what: 'Azure region' }))];
  for (const x of vars) {
    sc.comment(x.what);
    sc.add(`if [[ -z "\${${sc.env(x.p)}:-}" ]]; then ${sc.env(x.p)}=${q(x.def)}; fi\n`);
  }
  siteVariables(sc, plan);
  if (vars.length > 0) sc.blank();
  for (const g of plan.groups) {
    sc.comment(`Resource group ${g.resourceGroup}`);
    sc.use(g);
    sc.add(`az group create ${arg('--name', g.resourceGroup)} --location ${v(g.location.param)} --output none\n`);
    sc.blank();
  }
  for (const { group: g, stage } of orderedStages(plan)) {
    sc.comment(`${g.resourceGroup}: ${STAGE_TITLES[stage]}`);
    sc.use(g);
    if (stage === 'routing') {
      for (const rt of g.routeTables) {
        let cmd = `az network route-table create ${arg('--name', rt.name)} ${sc.where(g, rt.location.param)} --disable-bgp-route-propagation ${rt.disableBgpRoutePropagation} --output none\n`;
        for (const r of rt.routes) {
          const hop = r.nextHopIpAddress !== undefined ? ` ${arg('--next-hop-ip-address', r.nextHopIpAddress)}` : '';
          cmd += `az network route-table route create ${arg('--route-table-name', rt.name)} ${arg('--resource-group', g.resourceGroup)} ${arg('--name', r.name)} ${arg('--address-prefix', r.addressPrefix)} --next-hop-type ${r.nextHopType}${hop} --output none\n`;
        }
        sc.add(cmd);
      }
    } else if (stage === 'network') {
      for (const n of g.nsgs) sc.add(`az network nsg create ${arg('--name', n.name)} ${sc.where(g, n.location.param)} --output none\n`);
      for (const vn of g.vnets) network(sc, g, vn);
    } else {
      for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) link(sc, l);
    }
    sc.blank();
  }
  if (plan.syncs.length > 0) sc.comment('Re-sync the links of VNets peered with a resized VNet (until synced, the peers keep routing to its old address space); a link already FullyInSync is left alone');
  for (const y of plan.syncs) {
    sc.use(y.link.local);
    const at = `${arg('--resource-group', y.link.local.resourceGroup)} ${arg('--vnet-name', y.link.local.name)} ${arg('--name', y.link.name)}`;
    sc.add(`if az network vnet peering show ${at} --query "peeringSyncLevel != 'FullyInSync'" --output tsv | grep -qx true; then\n  az network vnet peering sync ${at} --output none\nfi\n`);
  }
  return sc.script();
}
