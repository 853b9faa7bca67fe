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
import type { Design, PeeringLink, RouteTable, Subnet, VNet } from '../model/schema';
import { type DeployPlan, type LocationRef, type PlannedFirewall, type PlannedGateway, type PlannedGroup, type PlannedLink, type PlannedRouteTable, type PlannedSubnet, type PlannedSync, type PlannedVNet, type Stage, type SubscriptionRef, type VNetRef } from './planTypes';

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

export function buildPlan(input: Design, findings?: readonly Finding[]): DeployPlan {
  const design = input;
  // Group keys memoised by (subscription, resource group): thousands of VNets, subnets and route tables
  // share a few groups, so the key strings are built once per group, not once per resource.
  const keyCache = new Map<string, Map<string, string>>();
  const groupKey = (subId: string, rg: string): string => {
    let bySub = keyCache.get(subId);
    if (!bySub) keyCache.set(subId, (bySub = new Map()));
    let k = bySub.get(rg);
    if (k === undefined) bySub.set(rg, (k = groupKeyOf(subId, rg)));
    return k;
  };
  const errors = (findings ?? validate(design))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code}: ${cleanText(f.message)}`);
  const notes: string[] = [];

  // Subscriptions: one parameter each, named after the subscription (AVM / landing-zone style).
  const subIds = new Set<string>();
  for (const s of design.subscriptions) subIds.add(s.id);
  for (const v of design.vnets) subIds.add(v.subscriptionId);
  for (const r of design.routeTables) subIds.add(r.subscriptionId);
  const subNames = new Map(design.subscriptions.map((s) => [s.id, s.name]));
  const sortedSubs = [...subIds].sort();
  const takenParams = new Set<string>();
  const subscriptions: SubscriptionRef[] = sortedSubs.map((id, i) => {
    const base = sortedSubs.length === 1 ? 'subscriptionId' : `${camelCase(subNames.get(id) ?? '', `subscription${i + 1}`)}SubscriptionId`;
    let param = base;
    for (let n = 2; takenParams.has(param.toLowerCase()); n++) param = `${base}${n}`;
    takenParams.add(param.toLowerCase());
    return { id, name: subNames.get(id) ?? '', param };
  });
  const subRef = new Map(subscriptions.map((s) => [s.id, s]));
  const sub = (id: string): SubscriptionRef => subRef.get(id) ?? { id, name: '', param: 'subscriptionId' };

  // Locations: one parameter per region in use.
  const regions = new Set<string>();
  const realVnets = design.vnets.filter((v) => !v.isPlaceholder);
  for (const v of realVnets) regions.add(v.location.trim().toLowerCase());
  for (const r of design.routeTables) regions.add(r.location.trim().toLowerCase());
  const rgLocation = new Map(design.resourceGroups.map((g) => [groupKey(g.subscriptionId, g.name), g.location.trim().toLowerCase()]));
  const sortedRegions = [...regions].sort();
  const locations: LocationRef[] = sortedRegions.map((value) => ({
    value,
    param: value === '' || sortedRegions.length === 1 ? 'location' : `location${camelCase(value, 'Region').replace(/^./, (c) => c.toUpperCase())}`,
  }));
  const locRef = (value: string): LocationRef => {
    const v = value.trim().toLowerCase();
    const found = locations.find((l) => l.value === v);
    if (found) return found;
    const created: LocationRef = { value: v, param: `location${locations.length + 1}` };
    locations.push(created);
    return created;
  };

  const refOf = (v: VNet): VNetRef => ({
    sub: sub(v.subscriptionId),
    resourceGroup: v.resourceGroup,
    name: v.name,
    vnetId: v.id,
    isPlaceholder: v.isPlaceholder,
  });
  const vnetById = new Map(design.vnets.map((v) => [v.id, v]));
  const rtById = new Map(design.routeTables.map((r) => [r.id, r]));

  const groups = new Map<string, PlannedGroup>();
  const group = (subId: string, rg: string, fallbackLocation: string): PlannedGroup => {
    const key = groupKey(subId, rg);
    let g = groups.get(key);
    if (!g) {
      const label = rg;
      g = {
        key,
        sub: sub(subId),
        resourceGroup: rg,
        location: locRef(rgLocation.get(key) || fallbackLocation),
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
      groups.set(key, g);
    }
    return g;
  };
  // One group key per VNet (and route table), computed once: VNets, links and subnets all look them up.
  const keys = new WeakMap<VNet, string>();
  const keyFor = (v: VNet): string => {
    let k = keys.get(v);
    if (k === undefined) keys.set(v, (k = groupKey(v.subscriptionId, v.resourceGroup)));
    return k;
  };
  const usedKeys = new Set<string>();
  for (const v of realVnets) usedKeys.add(keyFor(v));
  for (const r of design.routeTables) usedKeys.add(groupKey(r.subscriptionId, r.resourceGroup));
  for (const g of [...design.resourceGroups].sort((a, b) => cmp(groupKey(a.subscriptionId, a.name), groupKey(b.subscriptionId, b.name)))) {
    if (usedKeys.has(groupKey(g.subscriptionId, g.name))) group(g.subscriptionId, g.name, g.location);
  }

  for (const rt of sortedCopy(design.routeTables, byName)) planRouteTable(group(rt.subscriptionId, rt.resourceGroup, rt.location), rt, locRef(rt.location));

  const planSubnet = (s: Subnet): PlannedSubnet => {
    const rt = s.routeTableId === undefined ? undefined : rtById.get(s.routeTableId);
    const out: PlannedSubnet = { name: s.name, addressPrefixes: s.addressPrefixes };
    if (rt) out.routeTable = { scope: { sub: sub(rt.subscriptionId), resourceGroup: rt.resourceGroup }, name: rt.name, id: rt.id };
    if (s.networkSecurityGroup !== undefined && s.networkSecurityGroup.trim() !== '') out.nsg = s.networkSecurityGroup;
    return out;
  };

  // One ref per VNet, shared by the VNet and every link end (2,000 links on 1,000 spokes).
  const refs = new WeakMap<VNet, VNetRef>();
  const refFor = (v: VNet): VNetRef => {
    let r = refs.get(v);
    if (!r) refs.set(v, (r = refOf(v)));
    return r;
  };
  let lastLocation: LocationRef | undefined;
  const nsgNames = new Map<PlannedGroup, Set<string>>();
  for (const v of sortedCopy(realVnets, (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))) {
    const key = keyFor(v);
    const g = groups.get(key) ?? group(v.subscriptionId, v.resourceGroup, v.location);
    const location = lastLocation?.value === v.location ? lastLocation : locRef(v.location);
    lastLocation = location;
    const subnets = sortedCopy(v.subnets, byName).map(planSubnet);
    for (const s of subnets) {
      if (s.nsg !== undefined) {
        // one NSG per name in a group (Azure names are case-insensitive)
        let names = nsgNames.get(g);
        if (!names) nsgNames.set(g, (names = new Set()));
        const lower = s.nsg.toLowerCase();
        if (!names.has(lower)) {
          names.add(lower);
          g.nsgs.push({ name: s.nsg, location });
        }
      }
      if (s.routeTable) {
        const rtGroup = groupKey(s.routeTable.scope.sub.id, s.routeTable.scope.resourceGroup);
        if (rtGroup !== key && !g.dependsOn.network.includes(rtGroup)) g.dependsOn.network.push(rtGroup);
      }
    }
    g.vnets.push(planVNet(v, refFor(v), location, subnets));
  }

  // Links: owned by real VNets only; a placeholder's own links belong to whoever deploys it. Sorted by
  // the owning VNet's name, then link name and id: bucketed by owner name first, so only links of one
  // owner (a hub's) are compared with each other.
  const byOwner = new Map<string, PeeringLink[]>();
  for (const l of design.peerings) {
    const owner = vnetById.get(l.from)?.name ?? '';
    const bucket = byOwner.get(owner);
    if (bucket) bucket.push(l);
    else byOwner.set(owner, [l]);
  }
  const links: PeeringLink[] = [];
  for (const owner of [...byOwner.keys()].sort(cmp)) {
    const bucket = byOwner.get(owner) as PeeringLink[];
    if (bucket.length > 1) bucket.sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
    for (const l of bucket) links.push(l);
  }
  const planned = new Map<string, PlannedLink>();
  const resized = new Set(realVnets.filter((v) => v.importedAddressPrefixes !== undefined && !sameSet(v.importedAddressPrefixes, v.addressPrefixes)).map((v) => v.id));
  for (const l of links) {
    const local = vnetById.get(l.from);
    const remote = vnetById.get(l.to);
    if (!local || !remote) continue;
    if (local.isPlaceholder) {
      notes.push(`link ${l.name} belongs to ${local.name}, which is a placeholder: deploy it with that VNet.`);
      continue;
    }
    const p = planLink(l, refFor(local), refFor(remote));
    if (resized.has(l.to)) planned.set(l.id, p);
    const localKey = keyFor(local);
    const g = groups.get(localKey) ?? group(local.subscriptionId, local.resourceGroup, local.location);
    const stage: Stage = l.useRemoteGateways ? 'remoteGateways' : 'peering';
    (stage === 'peering' ? g.links : g.remoteGatewayLinks).push(p);
    const deps = g.dependsOn[stage];
    if (!deps.includes(localKey)) deps.push(localKey);
    if (!remote.isPlaceholder) {
      const remoteKey = keyFor(remote);
      if (!deps.includes(remoteKey)) deps.push(remoteKey);
    }
  }
  // Staged dependencies: `peering` waits for the networks of both ends; `remoteGateways` waits for the
  // remote network (its gateway) and the remote's `peering` stage (its allowGatewayTransit link).
  for (const g of groups.values()) {
    g.dependsOn.routing = [];
    g.dependsOn.network = g.dependsOn.network.filter((k) => k !== g.key && groups.get(k)?.routeTables.length);
    g.dependsOn.peering = g.dependsOn.peering.filter((k) => groups.get(k)?.vnets.length);
    g.dependsOn.remoteGateways = g.dependsOn.remoteGateways.filter((k) => groups.get(k)?.vnets.length);
    for (const list of Object.values(g.dependsOn)) list.sort();
  }

  // Sync steps: a VNet whose address space differs from the imported one was resized; every link that
  // points at it from another VNet must be synced (reference 1.5).
  const syncs: PlannedSync[] = [];
  for (const v of realVnets) {
    if (!resized.has(v.id)) continue;
    for (const l of links) if (l.to === v.id && planned.has(l.id)) syncs.push({ link: planned.get(l.id) as PlannedLink, resized: v.name });
  }

  const sortedGroups = [...groups.values()].sort((a, b) => cmp(a.sub.param, b.sub.param) || cmp(a.key, b.key));
  return { designName: cleanText(design.name), errors, notes, subscriptions, locations: [...locations].sort((a, b) => cmp(a.param, b.param)), groups: sortedGroups, syncs };
}

/** A sorted copy; arrays of 0 or 1 items (most subnets, gateways, appliances) are returned as they are. */
function sortedCopy<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  return items.length < 2 ? items : [...items].sort(compare);
}

const NO_TAGS: [string, string][] = [];

function planVNet(v: VNet, ref: VNetRef, location: LocationRef, subnets: PlannedSubnet[]): PlannedVNet {
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
      };
      if (gw.asn !== undefined && gw.gatewayType === 'Vpn') pg.asn = gw.asn;
      return pg;
    }),
    routeServers: sortedCopy(v.routeServers, byName).map((r) => ({ name: r.name, publicIp: `pip-${r.name}` })),
    firewalls,
    bastions: sortedCopy(v.bastions, byName).map((b) => ({ name: b.name, sku: b.sku, publicIp: `pip-${b.name}` })),
    nvas,
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
