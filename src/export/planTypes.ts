/** The deployment plan's shapes (built by plan.ts, rendered by every exporter). */
import type { Gateway } from '../model/schema';

export type Stage = 'routing' | 'network' | 'peering' | 'remoteGateways';
export const STAGES: readonly Stage[] = ['routing', 'network', 'peering', 'remoteGateways'];

export interface SubscriptionRef {
  id: string;
  name: string;
  /** the design's tenant id of the subscription (absent or '' when not known) */
  tenantId?: string;
  /** parameter name, e.g. `connectivitySubscriptionId` */
  param: string;
}

export interface LocationRef {
  value: string;
  /** parameter name, e.g. `location` or `locationWesteurope` */
  param: string;
}

/** Where a resource lives: enough to write its full resource id in every format. */
export interface Scope {
  sub: SubscriptionRef;
  resourceGroup: string;
}

export interface VNetRef extends Scope {
  name: string;
  vnetId: string;
  isPlaceholder: boolean;
}

export interface PlannedSubnet {
  name: string;
  addressPrefixes: readonly string[];
  routeTable?: { scope: Scope; name: string; id: string };
  nsg?: string;
}

export interface PlannedGateway {
  name: string;
  gatewayType: Gateway['gatewayType'];
  sku: string;
  activeActive: boolean;
  asn?: number;
  publicIps: string[];
  /**
   * An AZ SKU (VpnGw1AZ.., ErGw1AZ..): its Standard public IPs must be zone-redundant (zones 1, 2, 3), else
   * Azure refuses the gateway (VmssVpnGatewayPublicIpsMustHaveZonesConfigured); other SKUs get no zones.
   */
  zoneRedundant: boolean;
}

/**
 * An on-premises network connected to a gateway of this VNet. IPsec: a local network gateway (the
 * site's device and ranges) and a site-to-site connection with the shared key as a secure parameter.
 * ExpressRoute: a connection from the gateway to the circuit, whose id is a parameter.
 */
export interface PlannedSite {
  /** the on-premises network's name, as in the design */
  name: string;
  type: 'IPsec' | 'ExpressRoute';
  /** the gateway (in this VNet) the connection starts from */
  gatewayName: string;
  /** local network gateway name (IPsec only) */
  localGatewayName: string;
  connectionName: string;
  addressRanges: readonly string[];
  gatewayIpAddress?: string;
  fqdn?: string;
  bgp?: { asn: number; peeringAddress: string };
  /** IPsec: the secure parameter holding the shared key; ExpressRoute: the circuit id parameter */
  param: string;
  /** IPsec without an IP address or FQDN in the design: a required parameter for the device's public IP */
  ipParam?: string;
  /** ExpressRoute: the design's circuit id, the parameter's default */
  circuitId?: string;
}

export interface PlannedFirewall {
  name: string;
  tier: 'Basic' | 'Standard' | 'Premium';
  privateIpAddress: string;
  publicIp: string;
  /** Basic firewalls need a management IP configuration in AzureFirewallManagementSubnet */
  managementPublicIp?: string;
  policy: string;
}

export interface PlannedVNet {
  ref: VNetRef;
  location: LocationRef;
  addressPrefixes: readonly string[];
  dnsServers: readonly string[];
  tags: [string, string][];
  subnets: PlannedSubnet[];
  gateways: PlannedGateway[];
  routeServers: { name: string; publicIp: string }[];
  firewalls: PlannedFirewall[];
  bastions: { name: string; sku: string; publicIp: string }[];
  nvas: { name: string; privateIpAddress: string; subnetName: string }[];
  /** on-premises networks connected to this VNet's gateways, sorted by name */
  sites: PlannedSite[];
}

export interface PlannedRouteTable {
  id: string;
  name: string;
  location: LocationRef;
  disableBgpRoutePropagation: boolean;
  routes: { name: string; addressPrefix: string; nextHopType: string; nextHopIpAddress?: string }[];
}

export interface PlannedLink {
  id: string;
  name: string;
  local: VNetRef;
  remote: VNetRef;
  allowVirtualNetworkAccess: boolean;
  allowForwardedTraffic: boolean;
  allowGatewayTransit: boolean;
  useRemoteGateways: boolean;
}

/** One resource group with what each stage deploys into it. */
export interface PlannedGroup extends Scope {
  key: string;
  location: LocationRef;
  routeTables: PlannedRouteTable[];
  nsgs: { name: string; location: LocationRef }[];
  vnets: PlannedVNet[];
  links: PlannedLink[];
  remoteGatewayLinks: PlannedLink[];
  deployments: Record<Stage, string>;
  /** keys of groups whose stage must finish before this group's stage starts */
  dependsOn: Record<Stage, string[]>;
}

export interface PlannedSync {
  /** the link to re-sync, owned by a VNet peered with a resized VNet */
  link: PlannedLink;
  resized: string;
}

export interface DeployPlan {
  designName: string;
  errors: string[];
  notes: string[];
  subscriptions: SubscriptionRef[];
  locations: LocationRef[];
  groups: PlannedGroup[];
  syncs: PlannedSync[];
}
