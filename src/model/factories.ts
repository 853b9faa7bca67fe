/**
 * The one place where new model objects get the schema's defaults. Templates, the designer's actions,
 * importers, quick fixes and test builders all build VNets, subnets and peering links here, so a new
 * field with a default is added once (factories.test.ts checks these defaults against the zod schema).
 *
 * Keys come out in the schema's order, so saved and exported JSON does not depend on who built the object.
 * Every call returns fresh arrays: callers may push into them.
 */
import type { PeeringLink, Subnet, VNet } from './schema';

type WithRequired<T, K extends keyof T> = Pick<T, K> & Partial<T>;

export type VNetFields = WithRequired<VNet, 'id' | 'name' | 'subscriptionId' | 'resourceGroup' | 'location'>;
export type LinkFields = WithRequired<PeeringLink, 'id' | 'name' | 'from' | 'to'>;
export type SubnetFields = WithRequired<Subnet, 'id' | 'name'>;

/** The four flags of one peering direction and their defaults: access on, the rest off (reference 1.4, 5.2). */
export const PEERING_FLAG_DEFAULTS = {
  allowVirtualNetworkAccess: true,
  allowForwardedTraffic: false,
  allowGatewayTransit: false,
  useRemoteGateways: false,
} as const satisfies Pick<PeeringLink, 'allowVirtualNetworkAccess' | 'allowForwardedTraffic' | 'allowGatewayTransit' | 'useRemoteGateways'>;

export const PEERING_FLAGS = Object.keys(PEERING_FLAG_DEFAULTS) as (keyof typeof PEERING_FLAG_DEFAULTS)[];

/** A VNet with empty address space, no children, not classic, not a placeholder, unless `fields` says otherwise. */
export function makeVnet(fields: VNetFields): VNet {
  const { id, name, subscriptionId, resourceGroup, location, ...rest } = fields;
  return {
    id,
    name,
    subscriptionId,
    resourceGroup,
    location,
    addressPrefixes: [],
    isClassic: false,
    dnsServers: [],
    subnets: [],
    gateways: [],
    routeServers: [],
    appliances: [],
    bastions: [],
    isPlaceholder: false,
    ...rest,
  };
}

/** One direction of a peering with Azure's default flags unless `fields` sets them. */
export function makeLink(fields: LinkFields): PeeringLink {
  const { id, name, from, to, ...rest } = fields;
  return { id, name, from, to, ...PEERING_FLAG_DEFAULTS, ...rest };
}

/** A subnet with no address prefixes unless given. */
export function makeSubnet(fields: SubnetFields): Subnet {
  const { id, name, ...rest } = fields;
  return { id, name, addressPrefixes: [], ...rest };
}
