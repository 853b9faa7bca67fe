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
import { type DeployPlan, type LocationRef, type PlannedGroup, type PlannedLink, type PlannedSubnet, type PlannedSync, type Stage, type SubscriptionRef, type VNetRef } from './planTypes';

export * from './planTypes';
import { validate } from '../engine/validate';
import type { Finding } from '../engine/types';
import { camelCase, deploymentName } from './names';
import { cleanText } from './escape';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = <T extends { name: string }>(a: T, b: T): number => cmp(a.name, b.name);
const groupKey = (sub: string, rg: string): string => `${sub}\u0000${rg.toLowerCase()}`;

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
  const errors = (findings ?? validate(design))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code}: ${cleanText(f.message)}`);
  const notes: string[] = [];

  // Subscriptions: one parameter each, named after the subscription (AVM / landing-zone style).
  const subIds = new Set<string>([...design.subscriptions.map((s) => s.id), ...design.vnets.map((v) => v.subscriptionId), ...design.routeTables.map((r) => r.subscriptionId)]);
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
  for (const g of [...design.resourceGroups].sort((a, b) => cmp(groupKey(a.subscriptionId, a.name), groupKey(b.subscriptionId, b.name)))) {
    const used = realVnets.some((v) => groupKey(v.subscriptionId, v.resourceGroup) === groupKey(g.subscriptionId, g.name));
    if (used || design.routeTables.some((r) => groupKey(r.subscriptionId, r.resourceGroup) === groupKey(g.subscriptionId, g.name))) {
      group(g.subscriptionId, g.name, g.location);
    }
  }

  for (const rt of [...design.routeTables].sort(byName)) planRouteTable(group(rt.subscriptionId, rt.resourceGroup, rt.location), rt, locRef(rt.location));

  const planSubnet = (s: Subnet): PlannedSubnet => {
    const rt = s.routeTableId === undefined ? undefined : rtById.get(s.routeTableId);
    const out: PlannedSubnet = { name: s.name, addressPrefixes: [...s.addressPrefixes] };
    if (rt) out.routeTable = { scope: { sub: sub(rt.subscriptionId), resourceGroup: rt.resourceGroup }, name: rt.name, id: rt.id };
    if (s.networkSecurityGroup !== undefined && s.networkSecurityGroup.trim() !== '') out.nsg = s.networkSecurityGroup;
    return out;
  };

  for (const v of [...realVnets].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))) {
    const g = group(v.subscriptionId, v.resourceGroup, v.location);
    const location = locRef(v.location);
    const subnets = [...v.subnets].sort(byName).map(planSubnet);
    for (const s of subnets) {
      if (s.nsg !== undefined && !g.nsgs.some((n) => n.name.toLowerCase() === s.nsg?.toLowerCase())) g.nsgs.push({ name: s.nsg, location });
      if (s.routeTable) {
        const rtGroup = groupKey(s.routeTable.scope.sub.id, s.routeTable.scope.resourceGroup);
        if (!g.dependsOn.network.includes(rtGroup)) g.dependsOn.network.push(rtGroup);
      }
    }
    const appliances = [...v.appliances].sort(byName);
    g.vnets.push({
      ref: refOf(v),
      location,
      addressPrefixes: [...v.addressPrefixes],
      dnsServers: [...v.dnsServers],
      tags: Object.entries(v.tags ?? {}).sort(([a], [b]) => cmp(a, b)),
      subnets,
      gateways: [...v.gateways].sort(byName).map((gw) => ({
        name: gw.name,
        gatewayType: gw.gatewayType,
        sku: gw.sku,
        activeActive: gw.activeActive,
        ...(gw.asn !== undefined && gw.gatewayType === 'Vpn' ? { asn: gw.asn } : {}),
        publicIps: gw.activeActive ? [`pip-${gw.name}-1`, `pip-${gw.name}-2`] : [`pip-${gw.name}`],
      })),
      routeServers: [...v.routeServers].sort(byName).map((r) => ({ name: r.name, publicIp: `pip-${r.name}` })),
      firewalls: appliances
        .filter((a) => a.kind === 'AzureFirewall')
        .map((a) => ({
          name: a.name,
          tier: a.sku ?? 'Standard',
          privateIpAddress: a.privateIpAddress,
          publicIp: `pip-${a.name}`,
          ...(a.sku === 'Basic' ? { managementPublicIp: `pip-${a.name}-mgmt` } : {}),
          policy: `afwp-${a.name}`,
        })),
      bastions: [...v.bastions].sort(byName).map((b) => ({ name: b.name, sku: b.sku, publicIp: `pip-${b.name}` })),
      nvas: appliances.filter((a) => a.kind === 'NVA').map((a) => ({ name: a.name, privateIpAddress: a.privateIpAddress, subnetName: a.subnetName })),
    });
  }

  // Links: owned by real VNets only; a placeholder's own links belong to whoever deploys it.
  const links = [...design.peerings].sort((a, b) => cmp(vnetById.get(a.from)?.name ?? '', vnetById.get(b.from)?.name ?? '') || cmp(a.name, b.name) || cmp(a.id, b.id));
  const planned = new Map<string, PlannedLink>();
  // One ref and one group key per VNet, not per link end (2,000 links on 1,000 spokes).
  const refs = new Map<string, VNetRef>();
  const keys = new Map<string, string>();
  const refFor = (v: VNet): VNetRef => {
    let r = refs.get(v.id);
    if (!r) refs.set(v.id, (r = refOf(v)));
    return r;
  };
  const keyFor = (v: VNet): string => {
    let k = keys.get(v.id);
    if (k === undefined) keys.set(v.id, (k = groupKey(v.subscriptionId, v.resourceGroup)));
    return k;
  };
  for (const l of links) {
    const local = vnetById.get(l.from);
    const remote = vnetById.get(l.to);
    if (!local || !remote) continue;
    if (local.isPlaceholder) {
      notes.push(`link ${l.name} belongs to ${local.name}, which is a placeholder: deploy it with that VNet.`);
      continue;
    }
    const p = planLink(l, refFor(local), refFor(remote));
    planned.set(l.id, p);
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
    if (v.importedAddressPrefixes === undefined || sameSet(v.importedAddressPrefixes, v.addressPrefixes)) continue;
    for (const l of links) if (l.to === v.id && planned.has(l.id)) syncs.push({ link: planned.get(l.id) as PlannedLink, resized: v.name });
  }

  for (const rt of [...groups.values()].flatMap((g) => g.routeTables)) rt.routes.sort(byName);
  const sortedGroups = [...groups.values()].sort((a, b) => cmp(a.sub.param, b.sub.param) || cmp(a.key, b.key));
  return { designName: cleanText(design.name), errors, notes, subscriptions, locations: [...locations].sort((a, b) => cmp(a.param, b.param)), groups: sortedGroups, syncs };
}

function planRouteTable(g: PlannedGroup, rt: RouteTable, location: LocationRef): void {
  g.routeTables.push({
    id: rt.id,
    name: rt.name,
    location,
    disableBgpRoutePropagation: rt.disableBgpRoutePropagation,
    routes: rt.routes.map((r) => ({
      name: r.name,
      addressPrefix: r.addressPrefix,
      nextHopType: r.nextHopType,
      ...(r.nextHopType === 'VirtualAppliance' && r.nextHopIpAddress !== undefined ? { nextHopIpAddress: r.nextHopIpAddress } : {}),
    })),
  });
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
