/**
 * The deployment plan every exporter renders: the design's network facts sorted, grouped by
 * (subscription, resource group) and by deployment stage, with derived resources (public IPs, firewall
 * policies, NSGs) named once. Keeping the ordering rules here means the five formats deploy in the same
 * order (reference section 13):
 *
 *   resource groups -> route tables -> NSGs, VNets, subnets, public IPs, gateways, firewalls, Route
 *   Servers, Bastions -> links -> links with useRemoteGateways (after the hub's gateway and the hub's
 *   allowGatewayTransit link, else RemoteVnetHasNoGateways, reference 1.7 rule 5) -> peering syncs.
 *
 * Placeholders are referenced by resource id and never created (nor are their own links).
 */
import type { Design, Gateway, OnPremises, PeeringLink, RouteTable, Subnet, VNet } from '../model/schema';
import { type DeployPlan, type LocationRef, type PlannedFirewall, type PlannedGateway, type PlannedGroup, type PlannedLink, type PlannedRouteTable, type PlannedSite, type PlannedSubnet, type PlannedSync, type PlannedVNet, type Stage, type SubscriptionRef, type VNetRef } from './planTypes';

export * from './planTypes';
import { validate } from '../engine/validate';
import type { Finding } from '../engine/types';
import { camelCase, deploymentName } from './names';
import { cleanText } from './escape';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = <T extends { name: string }>(a: T, b: T): number => cmp(a.name, b.name);
const groupKeyOf = (sub: string, rg: string): string => `${sub}\u0000${rg.toLowerCase()}`;

export function vnetResourceId(sub: string, rg: string, name: string): string {
  return `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/${name}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

const plans = new WeakMap<Design, { findings: readonly Finding[] | undefined; plan: DeployPlan }>();

/**
 * The plan of a design, memoised on the design object and its findings: designs are immutable (every op
 * returns a new object), so the five formats (and the UI switching between them) share one plan. The
 * plan is read-only for the exporters.
 */
export function planFor(design: Design, findings?: readonly Finding[]): DeployPlan {
  const hit = plans.get(design);
  if (hit && hit.findings === findings) return hit.plan;
  const plan = buildPlan(design, findings);
  plans.set(design, { findings, plan });
  return plan;
}

export function buildPlan(design: Design, findings?: readonly Finding[]): DeployPlan {
  return new PlanBuilder(design, findings).build();
}

/**
 * Builds one plan. A class, not one function with closures: each phase is a method the optimising
 * compiler takes on its own, quickly (one 200-line function with a dozen closures took it 150-320 ms per
 * try on this 2-core machine, and was thrown away and retried as its loops met new object shapes, so an
 * export ran it unoptimised for its first few dozen runs).
 */
class PlanBuilder {
  private readonly errors: string[];
  private readonly notes: string[] = [];
  private readonly subscriptions: SubscriptionRef[];
  private readonly subRef: Map<string, SubscriptionRef>;
  private readonly locations: LocationRef[];
  private readonly realVnets: VNet[];
  private readonly rgLocation: Map<string, string>;
  private readonly vnetById: Map<string, VNet>;
  private readonly rtById: Map<string, RouteTable>;
  private readonly groups = new Map<string, PlannedGroup>();
  /** group keys memoised by (subscription, resource group): thousands of resources share a few groups */
  private readonly keyCache = new Map<string, Map<string, string>>();
  /** one group key per VNet, computed once: VNets, links and subnets all look them up */
  private readonly keys = new WeakMap<VNet, string>();
  /** one ref per VNet, shared by the VNet and every link end (2,000 links on 1,000 spokes) */
  private readonly refs = new WeakMap<VNet, VNetRef>();
  private readonly nsgNames = new Map<PlannedGroup, Set<string>>();

  constructor(
    private readonly design: Design,
    findings: readonly Finding[] | undefined,
  ) {
    this.errors = (findings ?? validate(design)).filter((f) => f.severity === 'error').map((f) => `${f.code}: ${cleanText(f.message)}`);

    // Subscriptions: one parameter each, named after the subscription (AVM / landing-zone style).
    const subIds = new Set<string>();
    for (const s of design.subscriptions) subIds.add(s.id);
    for (const v of design.vnets) subIds.add(v.subscriptionId);
    for (const r of design.routeTables) subIds.add(r.subscriptionId);
    const subNames = new Map(design.subscriptions.map((s) => [s.id, s.name]));
    const tenants = new Map(design.subscriptions.map((s) => [s.id, s.tenantId.trim()]));
    const sortedSubs = [...subIds].sort();
    const takenParams = new Set<string>();
    this.subscriptions = sortedSubs.map((id, i) => {
      const base = sortedSubs.length === 1 ? 'subscriptionId' : `${camelCase(subNames.get(id) ?? '', `subscription${i + 1}`)}SubscriptionId`;
      let param = base;
      for (let n = 2; takenParams.has(param.toLowerCase()); n++) param = `${base}${n}`;
      takenParams.add(param.toLowerCase());
      return { id, name: subNames.get(id) ?? '', tenantId: tenants.get(id) ?? '', param };
    });
    this.subRef = new Map(this.subscriptions.map((s) => [s.id, s]));

    // Locations: one parameter per region in use.
    const regions = new Set<string>();
    this.realVnets = design.vnets.filter((v) => !v.isPlaceholder);
    for (const v of this.realVnets) regions.add(v.location.trim().toLowerCase());
    for (const r of design.routeTables) regions.add(r.location.trim().toLowerCase());
    this.rgLocation = new Map(design.resourceGroups.map((g) => [this.groupKey(g.subscriptionId, g.name), g.location.trim().toLowerCase()]));
    const sortedRegions = [...regions].sort();
    // Unique case-insensitively (PowerShell parameters are): regions that camel-case alike get 2, 3, ...
    const taken = new Set<string>();
    this.locations = sortedRegions.map((value) => {
      const base = value === '' || sortedRegions.length === 1 ? 'location' : `location${camelCase(value, 'Region').replace(/^./, (c) => c.toUpperCase())}`;
      let param = base;
      for (let n = 2; taken.has(param.toLowerCase()); n++) param = `${base}${n}`;
      taken.add(param.toLowerCase());
      return { value, param };
    });
    this.vnetById = new Map(design.vnets.map((v) => [v.id, v]));
    this.rtById = new Map(design.routeTables.map((r) => [r.id, r]));
  }

  build(): DeployPlan {
    const { design } = this;
    const usedKeys = new Set<string>();
    for (const v of this.realVnets) usedKeys.add(this.keyFor(v));
    for (const r of design.routeTables) usedKeys.add(this.groupKey(r.subscriptionId, r.resourceGroup));
    for (const g of [...design.resourceGroups].sort((a, b) => cmp(this.groupKey(a.subscriptionId, a.name), this.groupKey(b.subscriptionId, b.name)))) {
      if (usedKeys.has(this.groupKey(g.subscriptionId, g.name))) this.group(g.subscriptionId, g.name, g.location);
    }
    for (const rt of sortedCopy(design.routeTables, byName)) planRouteTable(this.group(rt.subscriptionId, rt.resourceGroup, rt.location), rt, this.locRef(rt.location));
    this.planVNets();
    const syncs = this.planLinks();
    const groups = this.groups;
    // Staged dependencies: `peering` waits for the networks of both ends; `remoteGateways` waits for the
    // remote network (its gateway) and the remote's `peering` stage (its allowGatewayTransit link).
    for (const g of groups.values()) {
      g.dependsOn.routing = [];
      g.dependsOn.network = g.dependsOn.network.filter((k) => k !== g.key && groups.get(k)?.routeTables.length);
      g.dependsOn.peering = g.dependsOn.peering.filter((k) => groups.get(k)?.vnets.length);
      g.dependsOn.remoteGateways = g.dependsOn.remoteGateways.filter((k) => groups.get(k)?.vnets.length);
      for (const list of Object.values(g.dependsOn)) list.sort();
    }
    const sortedGroups = [...groups.values()].sort((a, b) => cmp(a.sub.param, b.sub.param) || cmp(a.key, b.key));
    return {
      designName: cleanText(design.name),
      errors: this.errors,
      notes: this.notes,
      subscriptions: this.subscriptions,
      locations: [...this.locations].sort((a, b) => cmp(a.param, b.param)),
      groups: sortedGroups,
      syncs,
    };
  }

  /** The VNets, sorted by name (then id), into their groups, with their subnets' NSGs and route-table dependencies. */
  private planVNets(): void {
    let lastLocation: LocationRef | undefined;
    const vnets = sortedCopy(this.realVnets, (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
    for (let i = 0; i < vnets.length; i++) {
      const v = vnets[i] as VNet;
      const key = this.keyFor(v);
      const g = this.groups.get(key) ?? this.group(v.subscriptionId, v.resourceGroup, v.location);
      const location = lastLocation?.value === v.location ? lastLocation : this.locRef(v.location);
      lastLocation = location;
      const subnets = this.planSubnets(v.subnets);
      for (let j = 0; j < subnets.length; j++) {
        const s = subnets[j] as PlannedSubnet;
        if (s.nsg !== undefined) this.addNsg(g, s.nsg, location);
        if (s.routeTable) {
          const rtGroup = this.groupKey(s.routeTable.scope.sub.id, s.routeTable.scope.resourceGroup);
          if (rtGroup !== key && !g.dependsOn.network.includes(rtGroup)) g.dependsOn.network.push(rtGroup);
        }
      }
      g.vnets.push(planVNet(v, this.refFor(v), location, subnets, this.sitesOf(v)));
    }
  }

  /**
   * The on-premises networks connected to a gateway of this VNet, sorted by name, with their parameter
   * names (unique in the whole export: the root template passes them down). A site connected to no
   * gateway, or to a gateway of a placeholder VNet, is not deployed: said in the notes, never dropped
   * silently.
   */
  private sitesOf(v: VNet): PlannedSite[] {
    const out: PlannedSite[] = [];
    if (v.gateways.length === 0) return out;
    for (const o of this.sitesByGateway()) {
      const gw = o.gatewayId === undefined ? undefined : v.gateways.find((g) => g.id === o.gatewayId);
      if (gw) out.push(this.planSite(o, gw));
    }
    return out;
  }

  private sitesSorted: OnPremises[] | undefined;
  private readonly siteParams = new Set<string>();

  /** On-premises networks sorted by name (then id); those connected to no real gateway are noted once. */
  private sitesByGateway(): OnPremises[] {
    if (this.sitesSorted) return this.sitesSorted;
    const gatewayIds = new Set<string>();
    for (const v of this.realVnets) for (const g of v.gateways) gatewayIds.add(g.id);
    this.sitesSorted = [];
    for (const o of sortedCopy(this.design.onPremises, (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))) {
      if (o.gatewayId !== undefined && gatewayIds.has(o.gatewayId)) this.sitesSorted.push(o);
      else this.notes.push(`on-premises network ${cleanText(o.name)} is not connected to a gateway of a VNet this export deploys: its local network gateway and connection are not exported.`);
    }
    return this.sitesSorted;
  }

  /** A parameter name for a site, unique case-insensitively across the export. */
  private siteParam(prefix: string, siteName: string): string {
    const base = `${prefix}${camelCase(siteName, 'Site').replace(/^./, (c) => c.toUpperCase())}`;
    let param = base;
    for (let n = 2; this.siteParams.has(param.toLowerCase()); n++) param = `${base}${n}`;
    this.siteParams.add(param.toLowerCase());
    return param;
  }

  private planSite(o: OnPremises, gw: Gateway): PlannedSite {
    const type = o.connectionType ?? (gw.gatewayType === 'ExpressRoute' ? 'ExpressRoute' : 'IPsec');
    const site: PlannedSite = {
      name: o.name,
      type,
      gatewayName: gw.name,
      localGatewayName: `lgw-${o.name}`,
      connectionName: `cn-${gw.name}-${o.name}`,
      addressRanges: o.addressRanges,
      param: type === 'IPsec' ? this.siteParam('sharedKey', o.name) : this.siteParam('circuitId', o.name),
    };
    if (type === 'IPsec') {
      const ip = o.gatewayIpAddress?.trim();
      const fqdn = o.fqdn?.trim();
      if (ip) site.gatewayIpAddress = ip;
      else if (fqdn) site.fqdn = fqdn;
      else site.ipParam = this.siteParam('gatewayIp', o.name);
      if (o.bgp) site.bgp = { asn: o.bgp.asn, peeringAddress: o.bgp.peeringAddress };
    } else if (o.expressRouteCircuitId?.trim()) {
      site.circuitId = o.expressRouteCircuitId.trim();
    }
    return site;
  }

  /** One NSG per name in a group (Azure names are case-insensitive). */
  private addNsg(g: PlannedGroup, name: string, location: LocationRef): void {
    let names = this.nsgNames.get(g);
    if (!names) this.nsgNames.set(g, (names = new Set()));
    const lower = name.toLowerCase();
    if (!names.has(lower)) {
      names.add(lower);
      g.nsgs.push({ name, location });
    }
  }

  private planSubnets(subnets: readonly Subnet[]): PlannedSubnet[] {
    const sorted = sortedCopy(subnets, byName);
    const out: PlannedSubnet[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const s = sorted[i] as Subnet;
      const rt = s.routeTableId === undefined ? undefined : this.rtById.get(s.routeTableId);
      const p: PlannedSubnet = { name: s.name, addressPrefixes: s.addressPrefixes };
      if (rt) p.routeTable = { scope: { sub: this.sub(rt.subscriptionId), resourceGroup: rt.resourceGroup }, name: rt.name, id: rt.id };
      if (s.networkSecurityGroup !== undefined && s.networkSecurityGroup.trim() !== '') p.nsg = s.networkSecurityGroup;
      out.push(p);
    }
    return out;
  }

  /**
   * Links: owned by real VNets only; a placeholder's own links belong to whoever deploys it. Sorted by
   * the owning VNet's name, then link name and id: bucketed by owner name first, so only links of one
   * owner (a hub's) are compared with each other. Also the sync steps: a VNet whose address space
   * differs from the imported one was resized; every link that points at it from another VNet must be
   * synced (reference 1.5).
   */
  private planLinks(): PlannedSync[] {
    const { design, vnetById } = this;
    const byOwner = new Map<string, PeeringLink[]>();
    for (let i = 0; i < design.peerings.length; i++) {
      const l = design.peerings[i] as PeeringLink;
      const owner = vnetById.get(l.from)?.name ?? '';
      const bucket = byOwner.get(owner);
      if (bucket) bucket.push(l);
      else byOwner.set(owner, [l]);
    }
    const links: PeeringLink[] = [];
    for (const owner of [...byOwner.keys()].sort(cmp)) {
      const bucket = byOwner.get(owner) as PeeringLink[];
      if (bucket.length > 1) bucket.sort(byNameThenId);
      for (let i = 0; i < bucket.length; i++) links.push(bucket[i] as PeeringLink);
    }
    const planned = new Map<string, PlannedLink>();
    const resized = new Set(this.realVnets.filter((v) => v.importedAddressPrefixes !== undefined && !sameSet(v.importedAddressPrefixes, v.addressPrefixes)).map((v) => v.id));
    for (let i = 0; i < links.length; i++) this.planLink(links[i] as PeeringLink, resized, planned);
    const syncs: PlannedSync[] = [];
    for (const v of this.realVnets) {
      if (!resized.has(v.id)) continue;
      for (const l of links) if (l.to === v.id && planned.has(l.id)) syncs.push({ link: planned.get(l.id) as PlannedLink, resized: v.name });
    }
    return syncs;
  }

  private planLink(l: PeeringLink, resized: ReadonlySet<string>, planned: Map<string, PlannedLink>): void {
    const local = this.vnetById.get(l.from);
    const remote = this.vnetById.get(l.to);
    if (!local || !remote) return;
    if (local.isPlaceholder) {
      this.notes.push(`link ${l.name} belongs to ${local.name}, which is a placeholder: deploy it with that VNet.`);
      return;
    }
    const p = planLink(l, this.refFor(local), this.refFor(remote));
    if (resized.has(l.to)) planned.set(l.id, p);
    const localKey = this.keyFor(local);
    const g = this.groups.get(localKey) ?? this.group(local.subscriptionId, local.resourceGroup, local.location);
    const stage: Stage = l.useRemoteGateways ? 'remoteGateways' : 'peering';
    (stage === 'peering' ? g.links : g.remoteGatewayLinks).push(p);
    const deps = g.dependsOn[stage];
    if (!deps.includes(localKey)) deps.push(localKey);
    if (!remote.isPlaceholder) {
      const remoteKey = this.keyFor(remote);
      if (!deps.includes(remoteKey)) deps.push(remoteKey);
    }
  }

  private groupKey(subId: string, rg: string): string {
    let bySub = this.keyCache.get(subId);
    if (!bySub) this.keyCache.set(subId, (bySub = new Map()));
    let k = bySub.get(rg);
    if (k === undefined) bySub.set(rg, (k = groupKeyOf(subId, rg)));
    return k;
  }

  private keyFor(v: VNet): string {
    let k = this.keys.get(v);
    if (k === undefined) this.keys.set(v, (k = this.groupKey(v.subscriptionId, v.resourceGroup)));
    return k;
  }

  private sub(id: string): SubscriptionRef {
    return this.subRef.get(id) ?? { id, name: '', tenantId: '', param: 'subscriptionId' };
  }

  private locRef(value: string): LocationRef {
    const v = value.trim().toLowerCase();
    const found = this.locations.find((l) => l.value === v);
    if (found) return found;
    const created: LocationRef = { value: v, param: `location${this.locations.length + 1}` };
    this.locations.push(created);
    return created;
  }

  private refFor(v: VNet): VNetRef {
    let r = this.refs.get(v);
    if (!r) {
      r = { sub: this.sub(v.subscriptionId), resourceGroup: v.resourceGroup, name: v.name, vnetId: v.id, isPlaceholder: v.isPlaceholder };
      this.refs.set(v, r);
    }
    return r;
  }

  private group(subId: string, rg: string, fallbackLocation: string): PlannedGroup {
    const key = this.groupKey(subId, rg);
    let g = this.groups.get(key);
    if (!g) {
      const label = rg;
      g = {
        key,
        sub: this.sub(subId),
        resourceGroup: rg,
        location: this.locRef(this.rgLocation.get(key) || fallbackLocation),
        routeTables: [],
        nsgs: [],
        vnets: [],
        links: [],
        remoteGatewayLinks: [],
        deployments: {
          routing: deploymentName('routing', label, key),
          network: deploymentName('network', label, key),
          peering: deploymentName('peering', label, key),
          remoteGateways: deploymentName('remote-gw', label, key),
        },
        dependsOn: { routing: [], network: [], peering: [], remoteGateways: [] },
      };
      this.groups.set(key, g);
    }
    return g;
  }
}

const byNameThenId = (a: PeeringLink, b: PeeringLink): number => cmp(a.name, b.name) || cmp(a.id, b.id);

/**
 * Whether two route lists write the same text in every format (same routes, same fields, same order):
 * spokes' tables usually hold the same routes, and exporters reuse the text of the table before.
 */
export function sameRoutes(a: PlannedRouteTable['routes'], b: PlannedRouteTable['routes'] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as PlannedRouteTable['routes'][number];
    const y = b[i] as PlannedRouteTable['routes'][number];
    if (x.name !== y.name || x.addressPrefix !== y.addressPrefix || x.nextHopType !== y.nextHopType || x.nextHopIpAddress !== y.nextHopIpAddress) return false;
  }
  return true;
}

/** A sorted copy; arrays of 0 or 1 items (most subnets, gateways, appliances) are returned as they are. */
function sortedCopy<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  return items.length < 2 ? items : [...items].sort(compare);
}

const NO_TAGS: [string, string][] = [];

/**
 * AZ gateway SKUs (VpnGw1AZ..VpnGw5AZ, ErGw1AZ..ErGw3AZ, ErGwScale) need zone-redundant Standard public
 * IPs. Source: https://learn.microsoft.com/azure/vpn-gateway/create-zone-redundant-vnet-gateway and
 * https://learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways ("AZ SKUs ... the
 * public IP address must be Standard SKU ... zone-redundant").
 */
export function isZoneRedundantSku(sku: string): boolean {
  return /AZ$/i.test(sku.trim()) || /^ErGwScale$/i.test(sku.trim());
}

function planVNet(v: VNet, ref: VNetRef, location: LocationRef, subnets: PlannedSubnet[], sites: PlannedSite[]): PlannedVNet {
  const firewalls: PlannedFirewall[] = [];
  const nvas: PlannedVNet['nvas'] = [];
  for (const a of sortedCopy(v.appliances, byName)) {
    if (a.kind === 'NVA') {
      nvas.push({ name: a.name, privateIpAddress: a.privateIpAddress, subnetName: a.subnetName });
      continue;
    }
    const fw: PlannedFirewall = { name: a.name, tier: a.sku ?? 'Standard', privateIpAddress: a.privateIpAddress, publicIp: `pip-${a.name}`, policy: `afwp-${a.name}` };
    if (a.sku === 'Basic') fw.managementPublicIp = `pip-${a.name}-mgmt`;
    firewalls.push(fw);
  }
  const tags = v.tags === undefined ? undefined : Object.entries(v.tags);
  return {
    ref,
    location,
    addressPrefixes: v.addressPrefixes,
    dnsServers: v.dnsServers,
    tags: tags === undefined || tags.length === 0 ? NO_TAGS : tags.sort(([a], [b]) => cmp(a, b)),
    subnets,
    gateways: sortedCopy(v.gateways, byName).map((gw) => {
      const pg: PlannedGateway = {
        name: gw.name,
        gatewayType: gw.gatewayType,
        sku: gw.sku,
        activeActive: gw.activeActive,
        publicIps: gw.activeActive ? [`pip-${gw.name}-1`, `pip-${gw.name}-2`] : [`pip-${gw.name}`],
        zoneRedundant: isZoneRedundantSku(gw.sku),
      };
      if (gw.asn !== undefined && gw.gatewayType === 'Vpn') pg.asn = gw.asn;
      return pg;
    }),
    routeServers: sortedCopy(v.routeServers, byName).map((r) => ({ name: r.name, publicIp: `pip-${r.name}` })),
    firewalls,
    bastions: sortedCopy(v.bastions, byName).map((b) => ({ name: b.name, sku: b.sku, publicIp: `pip-${b.name}` })),
    nvas,
    sites,
  };
}

function planRouteTable(g: PlannedGroup, rt: RouteTable, location: LocationRef): void {
  const planned: PlannedRouteTable = {
    id: rt.id,
    name: rt.name,
    location,
    disableBgpRoutePropagation: rt.disableBgpRoutePropagation,
    routes: rt.routes.map((r) => {
      const route: PlannedRouteTable['routes'][number] = { name: r.name, addressPrefix: r.addressPrefix, nextHopType: r.nextHopType };
      if (r.nextHopType === 'VirtualAppliance' && r.nextHopIpAddress !== undefined) route.nextHopIpAddress = r.nextHopIpAddress;
      return route;
    }),
  };
  if (planned.routes.length > 1) planned.routes.sort(byName);
  g.routeTables.push(planned);
}

function planLink(l: PeeringLink, local: VNetRef, remote: VNetRef): PlannedLink {
  return {
    id: l.id,
    name: l.name,
    local,
    remote,
    allowVirtualNetworkAccess: l.allowVirtualNetworkAccess,
    allowForwardedTraffic: l.allowForwardedTraffic,
    allowGatewayTransit: l.allowGatewayTransit,
    useRemoteGateways: l.useRemoteGateways,
  };
}
