/**
 * The resources of one resource group's stage as ARM JSON text (an inner-scope nested template, so
 * `resourceId('type', name)` resolves in that resource group): the shapes of armShapes.ts, filled. User
 * text is a literal value (`armLiteral`), a string inside an expression (`armExprString`) or a name in
 * one of our comments (cleaned), never spliced raw, and always JSON-escaped (`chars`, `str`).
 */
import type { ApiVersions } from './apiVersions';
import { armExprString as q, armLiteral as lit, cleanText, isPlain } from './escape';
import { sameRoutes, type PlannedGroup, type PlannedLink, type PlannedRouteTable, type PlannedSite, type PlannedVNet, type Stage, type VNetRef } from './plan';
import { arr, chars, json, more, obj, OpenArray, Shape, str, strs, type JsonWriter } from './jsonText';
import * as shapes from './armShapes';
import { flat } from './text';
import { isBgpEnabled } from './stages';

export type { Json, JsonObject } from './jsonText';

const NET = 'Microsoft.Network';

/**
 * User text in an expression, quoted (`armExprString`) and escaped for a `"$"` hole. Plain text (the
 * usual name) needs neither escape: one test instead of two, and no string built to be tested.
 */
const expr = (s: string): string => (isPlain(s) ? `'${s}'` : chars(q(s)));
/** User text as a whole literal value (`armLiteral`), escaped */
const literal = (s: string): string => (isPlain(s) ? s : chars(lit(s)));
/**
 * User text inside one of our sentences (a comment), cleaned and escaped. The literal starts and ends
 * with our words, so `armLiteral`'s escape of a literal that looks like an expression never applies.
 */
const inText = (s: string): string => (isPlain(s) ? s : chars(cleanText(s)));
/** User text as a whole literal value, as a JSON string (quotes included) */
const literalStr = (s: string): string => `"${literal(s)}"`;
/** Literal values as a JSON array at `depth` */
const literals = (depth: number, values: readonly string[]): string => arr(depth, values.map(literalStr));

/**
 * `[resourceId('Microsoft.Network/type', 'a'[, 'b'])]`, the id siblings name in a `dependsOn`, JSON-escaped
 * (from names already quoted and escaped by `expr`: JSON escapes each character on its own).
 */
function idOf(type: string, a: string, b?: string): string {
  return `[resourceId('${NET}/${type}', ${a}${b === undefined ? '' : `, ${b}`})]`;
}

/** `idOf` from user names */
const localId = (type: string, a: string, b?: string): string => idOf(type, expr(a), b === undefined ? undefined : expr(b));

/**
 * What links print about a VNet at either end, joined once with the LINK shape's constant text around
 * it: the hub is an end of thousands of links, so a link is a few ready pieces and its own name.
 */
interface LinkEnd {
  /** a link's text up to its name, when this VNet is the local end */
  head: string;
  /** from after the link's name up to the remote end's name in the comment, when this VNet is local */
  localMid: string;
  /** from the remote end's name in the comment up to the flags, when this VNet is remote */
  remoteTail: string;
  /** the `dependsOn` of a link waiting for a link of this VNet, up to that link's (quoted) name */
  dependsOnHead: string;
}

/** Writes the resources of one export at depth `d` of the template text (shapes in armShapes.ts). */
export class ArmResourceWriter {
  private readonly shapes;
  private readonly ends = new Map<VNetRef, LinkEnd>();
  /**
   * A link's flags (LINK_FLAGS) and the text up to its `dependsOn`, by allowVirtualNetworkAccess << 3 |
   * allowForwardedTraffic << 2 | allowGatewayTransit << 1 | useRemoteGateways
   */
  private readonly linkFlags: string[];
  /** the end of a link's `dependsOn` after the name of the link it waits for, and the end of a link */
  private readonly dependsOnTail: string;
  private readonly linkClose: string;
  /**
   * The `zones` member of a zone-redundant public IP, after its `sku`. An AZ gateway SKU needs them, else
   * Azure refuses the gateway (VmssVpnGatewayPublicIpsMustHaveZonesConfigured). Source:
   * https://learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways
   */
  private readonly zones: string;
  /** the writer and the resources array of the part being written (see `writeUnits`) */
  private w: JsonWriter | undefined;
  private out: OpenArray | undefined;
  /** NSGs deployed in an earlier part than the one being written: a subnet's `dependsOn` leaves them out */
  private nsgsElsewhere: ReadonlySet<string> = new Set();

  constructor(
    api: ApiVersions,
    readonly d: number,
  ) {
    const constants = { apiVersion: chars(api.network) };
    const at = (text: string, depth = d) => new Shape(text, depth, constants);
    this.shapes = {
      ROUTE_TABLE: at(shapes.ROUTE_TABLE),
      ROUTE: at(shapes.ROUTE, d + 3),
      NSG: at(shapes.NSG),
      VNET: at(shapes.VNET),
      SUBNET: at(shapes.SUBNET),
      SUBNET_ROUTE_TABLE: at(shapes.SUBNET_ROUTE_TABLE, d + 2),
      SUBNET_NSG: at(shapes.SUBNET_NSG, d + 2),
      PUBLIC_IP: at(shapes.PUBLIC_IP),
      GATEWAY: at(shapes.GATEWAY),
      FIREWALL_POLICY: at(shapes.FIREWALL_POLICY),
      FIREWALL: at(shapes.FIREWALL),
      ROUTE_SERVER: at(shapes.ROUTE_SERVER),
      ROUTE_SERVER_IP_CONFIG: at(shapes.ROUTE_SERVER_IP_CONFIG),
      BASTION: at(shapes.BASTION),
      LOCAL_GATEWAY: at(shapes.LOCAL_GATEWAY),
      CONNECTION: at(shapes.CONNECTION),
      LINK: at(shapes.LINK),
      DEPENDS_ON_ONE: at(shapes.DEPENDS_ON_ONE),
    };
    // A link is LINK's pieces around its holes: the local VNet (0), the link's name (1), the local VNet
    // in the comment (2), the remote end's comment text (3) and id (4), the flags (5), the dependsOn (6).
    const link = this.shapes.LINK;
    if (link.holes !== 7) throw new Error('LINK shape: expected 7 holes');
    const flags = at(shapes.LINK_FLAGS, d + 2);
    this.linkFlags = Array.from({ length: 16 }, (_, i) => flat(flags.fill([8, 4, 2, 1].map((bit) => String((i & bit) !== 0))) + link.piece(6)));
    this.dependsOnTail = ')]' + this.shapes.DEPENDS_ON_ONE.piece(1);
    this.linkClose = link.piece(7);
    this.zones = more(d, ['"zones": ' + strs(d + 1, ['1', '2', '3'])]);
  }

  /**
   * Writes units `from` to `to` (exclusive) of a group's stage (units as `stageUnitSizes` counts them) as
   * one template's `resources` array, at depth d - 1, straight into `w`; returns how many resources it
   * wrote. A `dependsOn` may only name resources of its own template, so a link that is the first of its
   * part does not wait for the link before it, and a subnet does not wait for an NSG of an earlier part:
   * the part's deployment waits for the earlier part as a whole instead (arm.ts).
   */
  writeUnits(w: JsonWriter, g: PlannedGroup, stage: Stage, from: number, to: number): number {
    const out = new OpenArray(w, this.d - 1);
    this.w = w;
    this.out = out;
    if (stage === 'routing') {
      for (let i = from; i < to; i++) this.routeTable(g.routeTables[i] as PlannedRouteTable);
    } else if (stage === 'network') {
      const nsgs = g.nsgs;
      this.nsgsElsewhere = from === 0 ? new Set() : nsgsBefore(nsgs, from);
      for (let i = from; i < Math.min(to, nsgs.length); i++) {
        const n = nsgs[i] as PlannedGroup['nsgs'][number];
        this.put(this.shapes.NSG, [literal(n.name), chars(n.location.param), inText(n.name)]);
      }
      for (let i = Math.max(from, nsgs.length); i < to; i++) this.vnet(g.vnets[i - nsgs.length] as PlannedVNet);
    } else {
      const links = stage === 'peering' ? g.links : g.remoteGatewayLinks;
      // the link before this one in the part: its local VNet and its quoted name
      let previous: LinkEnd | undefined;
      let previousName = '';
      for (let i = from; i < to; i++) {
        const l = links[i] as PlannedLink;
        const local = this.end(l.local);
        const name = expr(l.name);
        this.link(l, local, name, previous, previousName);
        previous = local;
        previousName = name;
      }
    }
    out.close();
    this.w = this.out = undefined;
    return out.length;
  }

  /** Starts the next resource of the part being written; returns the writer to write it with. */
  private next(): JsonWriter {
    const { w, out } = this;
    if (w === undefined || out === undefined) throw new Error('ArmResourceWriter: no part is being written');
    out.item();
    return w;
  }

  /** Writes one resource of the part: `shape` filled with `values`, waiting for `dependsOn` (ids from `idOf`, escaped). */
  private put(shape: Shape, values: string[], dependsOn?: readonly string[]): void {
    const w = this.next();
    if (dependsOn === undefined || dependsOn.length === 0) shape.write(w, values, '');
    else if (dependsOn.length === 1) shape.write(w, values, this.shapes.DEPENDS_ON_ONE.fill([dependsOn[0] as string]));
    else shape.write(w, values, more(this.d, ['"dependsOn": ' + arr(this.d + 1, dependsOn.map(quoted))]));
  }

  /**
   * Writes a child of a VNet waiting for `previous` (the resource before it: children of one VNet are
   * written one at a time) and `extra`; returns `id`, the `previous` of the next one.
   */
  private chained(shape: Shape, values: string[], previous: string, id: string, extra?: readonly string[]): string {
    const deps = [previous];
    if (extra !== undefined) for (const e of extra) if (e !== previous) deps.push(e);
    this.put(shape, values, deps);
    return id;
  }

  private routeTable(rt: PlannedRouteTable): void {
    const d = this.d;
    // Spokes' tables usually hold the same routes (to the hub's firewall): the text of the table before
    // is reused when its routes are the same.
    if (!sameRoutes(rt.routes, this.lastRoutes)) {
      const routes = rt.routes.map((r) => {
        const nextHop = r.nextHopIpAddress === undefined ? [] : ['"nextHopIpAddress": ' + literalStr(r.nextHopIpAddress)];
        return this.shapes.ROUTE.fill([literal(r.name), literal(r.addressPrefix), chars(r.nextHopType), more(d + 4, nextHop)]);
      });
      this.lastRoutes = rt.routes;
      this.lastRoutesText = arr(d + 2, routes);
    }
    this.put(this.shapes.ROUTE_TABLE, [literal(rt.name), chars(rt.location.param), inText(rt.name), String(rt.disableBgpRoutePropagation), this.lastRoutesText]);
  }

  /** The routes of the last route table written and their text (see `routeTable`). */
  private lastRoutes: PlannedRouteTable['routes'] | undefined;
  private lastRoutesText = '';

  /**
   * `loc`: the location parameter's name, escaped; `comment` is our sentence with user text in it.
   * `zoneRedundant`: zones 1, 2 and 3 (a gateway with an AZ SKU, `PlannedGateway.zoneRedundant`).
   */
  private publicIp(name: string, loc: string, comment: string, zoneRedundant = false): void {
    this.put(this.shapes.PUBLIC_IP, [literal(name), loc, inText(comment), zoneRedundant ? this.zones : '']);
  }

  /** An IP configuration in `subnet` of `vnet` with public IP `pip`, at depth `d`; `extra` members follow. */
  private ipConfig(d: number, vnet: string, name: string, subnet: string, pip: string, extra: string[] = []): string {
    const properties = obj(d + 1, [
      '"subnet": ' + idRef(d + 2, localId('virtualNetworks/subnets', vnet, subnet)),
      '"publicIPAddress": ' + idRef(d + 2, localId('publicIPAddresses', pip)),
      ...extra,
    ]);
    return obj(d, ['"name": ' + str(name), '"properties": ' + properties]);
  }

  /**
   * A VNet, its subnets as child resources and what sits in them: one unit, `vnetResourceCount`
   * resources. Each child waits for the one before it (Azure serialises writes to one VNet) and for its
   * NSG or public IPs: `previous` is the id of the one before.
   */
  private vnet(v: PlannedVNet): void {
    const { d, shapes: sh } = this;
    const name = v.ref.name;
    const loc = chars(v.location.param);
    const nvas = v.nvas.map((n) => ` NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}.`).join('');
    const tags = v.tags.length === 0 ? [] : ['"tags": ' + json(d + 1, Object.fromEntries(v.tags.map(([k, val]) => [lit(k), lit(val)])))];
    const dhcp = v.dnsServers.length === 0 ? [] : ['"dhcpOptions": ' + obj(d + 2, ['"dnsServers": ' + literals(d + 3, v.dnsServers)])];
    // the name's forms: one test when it is plain (see `expr`)
    const plain = isPlain(name);
    const vnetText = plain ? name : inText(name);
    const vnet = plain ? `'${name}'` : expr(name);
    this.put(sh.VNET, [plain ? name : literal(name), loc, vnetText, inText(nvas), more(d, tags), literals(d + 3, v.addressPrefixes), more(d + 1, dhcp)]);

    let previous = idOf('virtualNetworks', vnet);
    // children after this one: a subnet's id is only made when another child waits for it
    let after = v.subnets.length + v.gateways.length + v.firewalls.length + 2 * v.routeServers.length + v.bastions.length;
    for (const s of v.subnets) {
      after--;
      const prefix = s.addressPrefixes.length === 1 ? '"addressPrefix": ' + literalStr(s.addressPrefixes[0] ?? '') : '"addressPrefixes": ' + literals(d + 2, s.addressPrefixes);
      const optional: string[] = [];
      let nsg: string[] | undefined;
      if (s.routeTable) {
        const { scope, name: rt } = s.routeTable;
        optional.push(sh.SUBNET_ROUTE_TABLE.fill([chars(scope.sub.param), expr(scope.resourceGroup), expr(rt)]));
      }
      if (s.nsg !== undefined) {
        optional.push(sh.SUBNET_NSG.fill([expr(s.nsg)]));
        if (!this.nsgsElsewhere.has(s.nsg)) nsg = [localId('networkSecurityGroups', s.nsg)];
      }
      const subnet = expr(s.name);
      const values = [vnet, subnet, inText(s.name), vnetText, prefix, more(d + 1, optional)];
      previous = this.chained(sh.SUBNET, values, previous, after > 0 ? idOf('virtualNetworks/subnets', vnet, subnet) : '', nsg);
    }
    for (const gw of v.gateways) {
      for (const p of gw.publicIps) this.publicIp(p, loc, `Public IP of gateway ${gw.name}`, gw.zoneRedundant);
      const ipConfigs = gw.publicIps.map((p, i) => this.ipConfig(d + 3, name, `ipconfig${i + 1}`, 'GatewaySubnet', p, ['"privateIPAllocationMethod": "Dynamic"']));
      const optional: string[] = [];
      if (gw.gatewayType === 'Vpn') optional.push('"vpnType": "RouteBased"');
      if (gw.asn !== undefined) optional.push('"bgpSettings": ' + json(d + 2, { asn: gw.asn }));
      const sku = literal(gw.sku);
      const values = [literal(gw.name), loc, inText(gw.gatewayType), inText(gw.name), chars(gw.gatewayType), sku, sku, String(gw.activeActive), String(isBgpEnabled(v, gw)), arr(d + 2, ipConfigs), more(d + 1, optional)];
      previous = this.chained(sh.GATEWAY, values, previous, localId('virtualNetworkGateways', gw.name), gw.publicIps.map((p) => localId('publicIPAddresses', p)));
    }
    for (const site of v.sites) this.site(site, loc);
    for (const fw of v.firewalls) {
      this.publicIp(fw.publicIp, loc, `Public IP of Azure Firewall ${fw.name}`);
      if (fw.managementPublicIp !== undefined) this.publicIp(fw.managementPublicIp, loc, `Management public IP of Azure Firewall ${fw.name} (Basic tier)`);
      this.put(sh.FIREWALL_POLICY, [literal(fw.policy), loc, inText(fw.name), chars(fw.tier)]);
      const deps = [localId('publicIPAddresses', fw.publicIp), localId('firewallPolicies', fw.policy)];
      const management: string[] = [];
      if (fw.managementPublicIp !== undefined) {
        management.push('"managementIpConfiguration": ' + this.ipConfig(d + 2, name, 'management', 'AzureFirewallManagementSubnet', fw.managementPublicIp));
        deps.push(localId('publicIPAddresses', fw.managementPublicIp));
      }
      const ipConfigs = arr(d + 2, [this.ipConfig(d + 3, name, 'ipconfig1', 'AzureFirewallSubnet', fw.publicIp)]);
      const values = [literal(fw.name), loc, inText(fw.name), inText(fw.privateIpAddress), chars(fw.tier), expr(fw.policy), ipConfigs, more(d + 1, management)];
      previous = this.chained(sh.FIREWALL, values, previous, localId('azureFirewalls', fw.name), deps);
    }
    for (const rs of v.routeServers) {
      this.publicIp(rs.publicIp, loc, `Public IP of Route Server ${rs.name}`);
      previous = this.chained(sh.ROUTE_SERVER, [literal(rs.name), loc, inText(rs.name)], previous, localId('virtualHubs', rs.name));
      const values = [expr(rs.name), inText(rs.name), vnet, expr(rs.publicIp)];
      previous = this.chained(sh.ROUTE_SERVER_IP_CONFIG, values, previous, localId('virtualHubs/ipConfigurations', rs.name, 'ipconfig1'), [localId('publicIPAddresses', rs.publicIp)]);
    }
    for (const b of v.bastions) {
      this.publicIp(b.publicIp, loc, `Public IP of Bastion ${b.name}`);
      const ipConfigs = arr(d + 2, [this.ipConfig(d + 3, name, 'ipconfig1', 'AzureBastionSubnet', b.publicIp)]);
      previous = this.chained(sh.BASTION, [literal(b.name), loc, inText(b.name), literal(b.sku), ipConfigs], previous, localId('bastionHosts', b.name), [localId('publicIPAddresses', b.publicIp)]);
    }
  }

  /**
   * An on-premises site (`vnetResourceCount` counts it): IPsec, a local network gateway and a connection
   * with the shared key from a `securestring` parameter (passed down by the deployment: inner scope, the
   * documented way to hand a secure value to a nested template); ExpressRoute, a connection to the
   * circuit whose id is a parameter. Sources: https://learn.microsoft.com/azure/templates/microsoft.network/localnetworkgateways,
   * https://learn.microsoft.com/azure/templates/microsoft.network/connections,
   * https://learn.microsoft.com/azure/azure-resource-manager/templates/linked-templates#expression-evaluation-scope-in-nested-templates
   */
  private site(site: PlannedSite, loc: string): void {
    const d = this.d;
    const param = (name: string): string => str(`[parameters('${name}')]`);
    const gatewayId = localId('virtualNetworkGateways', site.gatewayName);
    const members: string[] = [];
    const deps = [gatewayId];
    if (site.type === 'IPsec') {
      const optional: string[] = [];
      if (site.gatewayIpAddress !== undefined) optional.push('"gatewayIpAddress": ' + literalStr(site.gatewayIpAddress));
      else if (site.fqdn !== undefined) optional.push('"fqdn": ' + literalStr(site.fqdn));
      else if (site.ipParam !== undefined) optional.push('"gatewayIpAddress": ' + param(site.ipParam));
      if (site.bgp) optional.push('"bgpSettings": ' + obj(d + 2, ['"asn": ' + String(site.bgp.asn), '"bgpPeeringAddress": ' + literalStr(site.bgp.peeringAddress)]));
      const comment = `Local network gateway of on-premises network ${site.name}`;
      this.put(this.shapes.LOCAL_GATEWAY, [literal(site.localGatewayName), loc, inText(comment), literals(d + 3, site.addressRanges), more(d + 1, optional)]);
      const lgwId = localId('localNetworkGateways', site.localGatewayName);
      deps.push(lgwId);
      members.push('"localNetworkGateway2": ' + obj(d + 2, ['"id": "' + lgwId + '"', '"properties": {}']));
      members.push('"sharedKey": ' + param(site.param));
      members.push('"enableBgp": ' + String(site.bgp !== undefined));
    } else {
      members.push('"peer": ' + obj(d + 2, ['"id": ' + param(site.param)]));
    }
    const comment = `${site.type === 'IPsec' ? 'Site-to-site VPN' : 'ExpressRoute'} connection of gateway ${site.gatewayName} to on-premises network ${site.name}`;
    this.put(this.shapes.CONNECTION, [literal(site.connectionName), loc, inText(comment), site.type, expr(site.gatewayName), more(d + 1, members)], deps);
  }

  /**
   * A link (`name` quoted and escaped) waiting for the link before it in its part, if any: link
   * `previousName` of `previous` (Azure serialises peering writes).
   */
  private link(l: PlannedLink, local: LinkEnd, name: string, previous: LinkEnd | undefined, previousName: string): void {
    const flags = (l.allowVirtualNetworkAccess ? 8 : 0) | (l.allowForwardedTraffic ? 4 : 0) | (l.allowGatewayTransit ? 2 : 0) | (l.useRemoteGateways ? 1 : 0);
    const w = this.next();
    w.add(local.head);
    w.add(name);
    w.add(local.localMid);
    w.add(this.end(l.remote).remoteTail);
    w.add(this.linkFlags[flags] as string);
    if (previous !== undefined) {
      w.add(previous.dependsOnHead);
      w.add(previousName);
      w.add(this.dependsOnTail);
    }
    w.add(this.linkClose);
  }

  private end(v: VNetRef): LinkEnd {
    let e = this.ends.get(v);
    if (e === undefined) {
      const link = this.shapes.LINK;
      const vnet = expr(v.name);
      const text = inText(v.name);
      const remoteText = v.isPlaceholder ? `${text} (existing VNet, not created here)` : text;
      // (escaped a piece at a time: JSON escapes each character on its own)
      const remoteId = `[resourceId(parameters('${chars(v.sub.param)}'), ${expr(v.resourceGroup)}, '${NET}/virtualNetworks', ${vnet})]`;
      e = {
        head: link.piece(0) + vnet + link.piece(1),
        localMid: link.piece(2) + text + link.piece(3),
        remoteTail: remoteText + link.piece(4) + remoteId + link.piece(5),
        // the id of a link of this VNet, `localId`, escaped a piece at a time: JSON escapes each character alone
        dependsOnHead: `${this.shapes.DEPENDS_ON_ONE.piece(0)}[resourceId('${NET}/virtualNetworks/virtualNetworkPeerings', ${vnet}, `,
      };
      this.ends.set(v, e);
    }
    return e;
  }
}

/** The NSGs whose unit is before unit `from` (by name; a name given twice counts where it is last, as its id would). */
function nsgsBefore(nsgs: PlannedGroup['nsgs'], from: number): Set<string> {
  const last = new Map<string, number>();
  nsgs.forEach((n, i) => last.set(n.name, i));
  const out = new Set<string>();
  for (const [name, i] of last) if (i < from) out.add(name);
  return out;
}

/** `{ "id": ... }` at depth `d` */
const idRef = (d: number, id: string): string => obj(d, ['"id": "' + id + '"']);

/** An escaped string's JSON literal */
const quoted = (escaped: string): string => `"${escaped}"`;
