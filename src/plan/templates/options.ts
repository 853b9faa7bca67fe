/**
 * Template options and their checks. Options come from a form, so every check returns a message
 * instead of throwing, and numbers may be NaN.
 */
import { cidrContains, cidrSize, freeBlocks, hasHostBits, parseCidr } from '../../model/cidr';
import type { Design } from '../../model/schema';
import { usedRanges } from './builder';

export type GatewayChoice = 'none' | 'Vpn' | 'ExpressRoute';
/** How spoke route tables send traffic to the hub firewall (reference 3.2). */
export type SpokeRouting = 'default-route' | 'spoke-ranges';
export type SpokeSubscriptions = 'hub' | 'own';

export interface HubServices {
  /** a VPN or ExpressRoute gateway in GatewaySubnet, shared with the spokes by gateway transit (reference 1.7) */
  gateway: GatewayChoice;
  /** Azure Firewall in AzureFirewallSubnet, with spoke route tables through it (reference 3.2) */
  firewall: boolean;
  bastion: boolean;
  routeServer: boolean;
  /** only used with a firewall */
  spokeRouting: SpokeRouting;
}

export interface HubSpokeOptions {
  region: string;
  /** address pool every prefix is taken from, e.g. 10.0.0.0/12 */
  pool: string;
  spokes: number;
  hubPrefixLength: number;
  spokePrefixLength: number;
  subnetsPerSpoke: number;
  services: HubServices;
  spokeSubscriptions: SpokeSubscriptions;
}

export interface MeshOptions {
  pool: string;
  count: number;
  prefixLength: number;
  /** VNets are spread over these regions in turn */
  regions: string[];
  subnetsPerVnet: number;
  subscriptions: 'shared' | 'own';
}

export interface MultiRegionOptions {
  pool: string;
  regions: string[];
  spokesPerHub: number;
  hubPrefixLength: number;
  spokePrefixLength: number;
  subnetsPerSpoke: number;
  /** every hub gets an Azure Firewall: it is what routes between regions */
  services: Omit<HubServices, 'firewall'>;
  spokeSubscriptions: SpokeSubscriptions;
}

export const DEFAULT_SERVICES: HubServices = {
  gateway: 'Vpn',
  firewall: true,
  bastion: true,
  routeServer: false,
  spokeRouting: 'default-route',
};

export const DEFAULT_HUB_SPOKE: HubSpokeOptions = {
  region: 'westeurope',
  pool: '10.0.0.0/12',
  spokes: 4,
  hubPrefixLength: 22,
  spokePrefixLength: 24,
  subnetsPerSpoke: 2,
  services: DEFAULT_SERVICES,
  spokeSubscriptions: 'hub',
};

export const DEFAULT_MESH: MeshOptions = {
  pool: '10.0.0.0/12',
  count: 4,
  prefixLength: 24,
  regions: ['westeurope'],
  subnetsPerVnet: 1,
  subscriptions: 'shared',
};

export const DEFAULT_MULTI_REGION: MultiRegionOptions = {
  pool: '10.0.0.0/12',
  regions: ['westeurope', 'northeurope', 'eastus'],
  spokesPerHub: 3,
  hubPrefixLength: 22,
  spokePrefixLength: 24,
  subnetsPerSpoke: 2,
  services: { gateway: 'Vpn', bastion: true, routeServer: false, spokeRouting: 'default-route' },
  spokeSubscriptions: 'hub',
};

/** Reference 1.6: 500 peering links per VNet. */
export const MAX_PEERINGS_PER_VNET = 500;
/** Reference 1.6: 400 routes per route table. */
export const MAX_ROUTES_PER_TABLE = 400;
/** A mesh of n VNets has n(n-1) links; beyond this the canvas is unreadable and the links run into the thousands. */
export const MAX_MESH = 100;

/** Private space Azure recommends (reference 2.1): RFC 1918 and RFC 6598. */
export const PRIVATE_BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'] as const;

export function checkInteger(label: string, value: number, min: number, max: number): string | undefined {
  if (!Number.isInteger(value) || value < min || value > max) return `${label} must be a whole number from ${min} to ${max}.`;
  return undefined;
}

/** Lower-case Azure region name without spaces (`West Europe` -> `westeurope`). */
export function normaliseRegion(region: string): string {
  return region.toLowerCase().replace(/[\s_-]+/g, '');
}

export function checkRegion(region: string): string | undefined {
  const r = normaliseRegion(region);
  if (!/^[a-z][a-z0-9]{1,39}$/.test(r)) return `"${region}" is not an Azure region name (e.g. westeurope).`;
  return undefined;
}

/** The pool must be IPv4 CIDR, without host bits, inside private space (else every VNet gets VNET_PREFIX_PUBLIC). */
export function checkPool(pool: string): string | undefined {
  const r = parseCidr(pool);
  if (!r.ok) return `The address pool "${pool}" is not CIDR notation (e.g. 10.0.0.0/12).`;
  if (r.value.family !== 4) return 'The address pool must be IPv4.';
  if (hasHostBits(pool)) return `The address pool "${pool}" has host bits set.`;
  if (!PRIVATE_BLOCKS.some((b) => cidrContains(b, pool))) {
    return `The address pool ${pool} is not private address space: use a block inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10.`;
  }
  return undefined;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Addresses still free in the pool, given what the design already uses. */
export function freeAddresses(pool: string, design: Design | undefined): number {
  const used = design ? usedRanges(design) : [];
  return freeBlocks(pool, used, 100_000).reduce((sum, b) => sum + Number(cidrSize(b) ?? '0'), 0);
}

/** A clear "pool too small" message before any allocation, or undefined when the size fits. */
export function checkPoolCapacity(pool: string, design: Design | undefined, needed: number, what: string): string | undefined {
  const free = freeAddresses(pool, design);
  if (needed <= free) return undefined;
  const total = Number(cidrSize(pool) ?? '0');
  const inUse = total - free;
  return (
    `The pool ${pool} is too small: ${what} need ${fmt(needed)} addresses, ` +
    `the pool has ${fmt(free)} free` + (inUse > 0 ? ` (${fmt(inUse)} of its ${fmt(total)} are already used).` : '.') +
    ' Choose a larger pool or fewer or smaller VNets.'
  );
}

export const addresses = (prefixLength: number): number => 2 ** (32 - prefixLength);
