/**
 * The parts hub-and-spoke templates share: a hub VNet with its services and special subnets, a spoke
 * VNet with workload subnets, and the hub-spoke peering pair with the right flags.
 */
import { defaultGatewaySku } from '../../engine/rules/deploy/gatewayOps';
import { freeBlocks } from '../../model/cidr';
import type { Position, RouteTable, VNet } from '../../model/schema';
import { AllocationError, addressAt, applianceRoute, blankVnet, type TemplateBuilder } from './builder';
import type { HubServices, SpokeSubscriptions } from './options';

/**
 * Special subnets and their sizes (reference 2.3): GatewaySubnet /27 (Microsoft's recommendation),
 * AzureFirewallSubnet /26, AzureBastionSubnet /26, RouteServerSubnet /26 (current quickstart).
 * Allocated largest first, so they pack without gaps.
 */
export function specialSubnets(services: Pick<HubServices, 'gateway' | 'firewall' | 'bastion' | 'routeServer'>): { name: string; len: number }[] {
  const out: { name: string; len: number }[] = [];
  if (services.firewall) out.push({ name: 'AzureFirewallSubnet', len: 26 });
  if (services.bastion) out.push({ name: 'AzureBastionSubnet', len: 26 });
  if (services.routeServer) out.push({ name: 'RouteServerSubnet', len: 26 });
  if (services.gateway !== 'none') out.push({ name: 'GatewaySubnet', len: 27 });
  return out;
}

/** Smallest shared-services subnet a hub keeps beside its special subnets. */
export const MIN_SHARED_SUBNET = 28;

/** Addresses a hub needs: its special subnets plus a small shared-services subnet. */
export function hubMinimumAddresses(services: Pick<HubServices, 'gateway' | 'firewall' | 'bastion' | 'routeServer'>): number {
  return specialSubnets(services).reduce((sum, s) => sum + 2 ** (32 - s.len), 0) + 2 ** (32 - MIN_SHARED_SUBNET);
}

export interface HubResult {
  hub: VNet;
  /** private IP of the hub's Azure Firewall, when it has one */
  firewallIp?: string;
  /** the hub has a gateway or Route Server the spokes can use by gateway transit (reference 1.7) */
  hasTransit: boolean;
  /** subnets that carry workloads (for a route table) */
  sharedSubnetId: string;
  firewallSubnetId?: string;
}

export interface HubRequest {
  pool: string;
  region: string;
  prefixLength: number;
  services: Pick<HubServices, 'gateway' | 'firewall' | 'bastion' | 'routeServer'>;
  subscriptionId: string;
  position: Position;
}

export function buildHub(b: TemplateBuilder, req: HubRequest): HubResult | AllocationError {
  const name = b.vnetName(`vnet-hub-${req.region}`);
  const rg = `rg-${name}`;
  b.ensureResourceGroup(req.subscriptionId, rg, req.region);
  const prefix = b.allocate(req.pool, req.prefixLength, `the hub ${name}`);
  if (prefix instanceof AllocationError) return prefix;
  const hub = b.addVnet(blankVnet(b.id(name), name, req.subscriptionId, rg, req.region, prefix), req.position);
  const short = name.replace(/^vnet-/, '');
  let firewallIp: string | undefined;
  let firewallSubnetId: string | undefined;
  for (const special of specialSubnets(req.services)) {
    const block = b.allocateSubnet(hub, special.len, special.name);
    if (block instanceof AllocationError) return tooSmall(hub, req);
    const subnet = b.addSubnet(hub, { name: special.name, addressPrefixes: [block] });
    if (special.name === 'AzureFirewallSubnet') {
      firewallSubnetId = subnet.id;
      // Azure gives the firewall the first usable address of its subnet (.4: reference 2.2, five reserved).
      firewallIp = addressAt(block, 4);
    }
  }
  // Shared services get the largest block left, so the hub's space is not wasted.
  const left = freeBlocks(prefix, hub.subnets.flatMap((s) => s.addressPrefixes))
    .map((blk) => ({ blk, len: Number(blk.split('/')[1]) }))
    .filter((x) => x.len <= 29)
    .sort((x, y) => x.len - y.len)[0];
  if (!left || left.len > MIN_SHARED_SUBNET) return tooSmall(hub, req);
  const shared = b.addSubnet(hub, { name: 'snet-shared', addressPrefixes: [left.blk] });
  if (req.services.gateway !== 'none') {
    const isVpn = req.services.gateway === 'Vpn';
    hub.gateways.push({
      id: b.id(`gw-${short}`),
      name: `${isVpn ? 'vgw' : 'ergw'}-${short}`,
      gatewayType: req.services.gateway,
      // zone-redundant SKUs where the region has zones, the same size without zones elsewhere (DEPLOY_GATEWAY_ZONES);
      // Basic is retired and cannot do gateway transit (reference 1.7 rule 8)
      sku: defaultGatewaySku(req.services.gateway, hub.location),
      // Route Server works with a VPN gateway only if it is active-active, with Azure's ASN 65515 (Route Server FAQ,
      // https://learn.microsoft.com/azure/route-server/route-server-faq; DEPLOY_ROUTE_SERVER_VPN)
      activeActive: isVpn && req.services.routeServer,
    });
  }
  if (req.services.firewall && firewallIp !== undefined) {
    hub.appliances.push({
      id: b.id(`afw-${short}`),
      name: `afw-${short}`,
      kind: 'AzureFirewall',
      privateIpAddress: firewallIp,
      subnetName: 'AzureFirewallSubnet',
      sku: 'Standard',
    });
  }
  if (req.services.bastion) hub.bastions.push({ id: b.id(`bas-${short}`), name: `bas-${short}`, sku: 'Standard' });
  if (req.services.routeServer) hub.routeServers.push({ id: b.id(`rs-${short}`), name: `rs-${short}` });
  return {
    hub,
    firewallIp,
    hasTransit: req.services.gateway !== 'none' || req.services.routeServer,
    sharedSubnetId: shared.id,
    firewallSubnetId,
  };
}

function tooSmall(hub: VNet, req: HubRequest): AllocationError {
  const names = specialSubnets(req.services).map((s) => `${s.name} /${s.len}`);
  return new AllocationError(
    `A /${req.prefixLength} hub is too small for ${names.length > 0 ? names.join(', ') + ' and ' : ''}a shared-services subnet ` +
      `(at least /${MIN_SHARED_SUBNET}): choose a larger hub size (${hub.name}).`,
  );
}

export interface SpokeRequest {
  pool: string;
  region: string;
  prefixLength: number;
  subnets: number;
  baseName: string;
  subscriptionId: string;
  position: Position;
}

/** A spoke VNet with `subnets` equal workload subnets that fill it. */
export function buildSpoke(b: TemplateBuilder, req: SpokeRequest): VNet | AllocationError {
  const name = b.vnetName(req.baseName);
  const rg = `rg-${name}`;
  b.ensureResourceGroup(req.subscriptionId, rg, req.region);
  const prefix = b.allocate(req.pool, req.prefixLength, name);
  if (prefix instanceof AllocationError) return prefix;
  const vnet = b.addVnet(blankVnet(b.id(name), name, req.subscriptionId, rg, req.region, prefix), req.position);
  const len = workloadSubnetLength(req.prefixLength, req.subnets);
  for (let i = 1; i <= req.subnets; i++) {
    const block = b.allocateSubnet(vnet, len, `workload subnet ${i}`);
    if (block instanceof AllocationError) return block;
    b.addSubnet(vnet, { name: `snet-workload-${i}`, addressPrefixes: [block] });
  }
  return vnet;
}

/** Equal subnets that fill the VNet: n subnets take ceil(log2 n) more bits, at most /29 (reference 2.2). */
export function workloadSubnetLength(vnetLength: number, subnets: number): number {
  return vnetLength + Math.ceil(Math.log2(Math.max(1, subnets)));
}

export interface SpokeRingRequest extends Omit<SpokeRequest, 'baseName' | 'subscriptionId' | 'position'> {
  count: number;
  /** spokes are named `<namePrefix>-01`, `<namePrefix>-02`, ... */
  namePrefix: string;
  spokeSubscriptions: SpokeSubscriptions;
  hubSubscriptionId: string;
  ring: readonly Position[];
  centre: Position;
}

/** `count` spokes on the ring around a hub, each peered with it; stops at the first allocation failure. */
export function buildSpokeRing(b: TemplateBuilder, hub: HubResult, req: SpokeRingRequest): VNet[] | AllocationError {
  const spokes: VNet[] = [];
  for (let i = 0; i < req.count; i++) {
    const baseName = `${req.namePrefix}-${String(i + 1).padStart(2, '0')}`;
    const spoke = buildSpoke(b, {
      pool: req.pool,
      region: req.region,
      prefixLength: req.prefixLength,
      subnets: req.subnets,
      baseName,
      subscriptionId: spokeSubscription(b, req.spokeSubscriptions, req.hubSubscriptionId, baseName),
      position: req.ring[i] ?? req.centre,
    });
    if (spoke instanceof AllocationError) return spoke;
    peerHubSpoke(b, hub, spoke);
    spokes.push(spoke);
  }
  return spokes;
}

/** Spoke links: transit from the hub's gateway or Route Server, forwarded traffic on when a firewall forwards. */
export function peerHubSpoke(b: TemplateBuilder, hub: HubResult, spoke: VNet): void {
  const forwarding = hub.firewallIp !== undefined;
  b.peer(
    hub.hub,
    spoke,
    { allowGatewayTransit: hub.hasTransit, allowForwardedTraffic: forwarding },
    { useRemoteGateways: hub.hasTransit, allowForwardedTraffic: forwarding },
  );
}

/**
 * A spoke's route table toward the hub firewall (reference 3.2), in the spoke's own subscription and
 * region (a route table must match its subnets': reference 2.2), associated with every workload subnet.
 */
export function routeSpokeThroughFirewall(
  b: TemplateBuilder,
  spoke: VNet,
  firewallIp: string,
  destinations: { name: string; prefix: string }[],
): RouteTable {
  const table = b.addRouteTable({
    name: `rt-${spoke.name}`,
    subscriptionId: spoke.subscriptionId,
    resourceGroup: spoke.resourceGroup,
    location: spoke.location,
    disableBgpRoutePropagation: false,
    routes: destinations.map((d) => applianceRoute(d.name, d.prefix, firewallIp)),
  });
  spoke.subnets = spoke.subnets.map((s) => ({ ...s, routeTableId: table.id }));
  return table;
}

export function spokeSubscription(b: TemplateBuilder, mode: SpokeSubscriptions, hubSubscriptionId: string, spokeName: string): string {
  return mode === 'hub' ? hubSubscriptionId : b.ensureSubscription(`Landing zone ${spokeName}`);
}
