/**
 * The frozen vocabulary of the wire formats: enum values by index and flag bits. Never reorder or
 * remove an entry: links already shared decode through these tables. A new value means a new format
 * version (see share.ts), so old links keep their meaning. Format 2 added CONNECTION_TYPES and the
 * on-premises bits of ONPREM above `gateway` (format 1 wrote only that bit).
 */
export const CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const;
export const GATEWAY_TYPES = ['Vpn', 'ExpressRoute'] as const;
export const APPLIANCE_KINDS = ['AzureFirewall', 'NVA'] as const;
export const FIREWALL_SKUS = ['Basic', 'Standard', 'Premium'] as const;
export const NEXT_HOP_TYPES = ['VirtualNetworkGateway', 'VnetLocal', 'Internet', 'VirtualAppliance', 'None'] as const;
export const PEERING_STATES = ['Initiated', 'Connected', 'Disconnected'] as const;
export const SYNC_LEVELS = ['FullyInSync', 'RemoteNotInSync', 'LocalNotInSync', 'LocalAndRemoteNotInSync'] as const;
export const INTENT_EXPECTS = ['reach', 'isolated'] as const;
/** Format 2: an on-premises network's connectionType. */
export const CONNECTION_TYPES = ['IPsec', 'ExpressRoute'] as const;

/** VNet flag bits: booleans and "this optional part follows". */
export const VNET = {
  classic: 1,
  placeholder: 2,
  imported: 4,
  resourceId: 8,
  tags: 16,
  dns: 32,
  gateways: 64,
  routeServers: 128,
  appliances: 256,
  bastions: 512,
} as const;

/** Peering flag bits: the four Azure flags, then the imported state (2 bits) and sync level (3 bits). */
export const PEER = {
  access: 1,
  forwarded: 2,
  gatewayTransit: 4,
  useRemoteGateways: 8,
  stateShift: 16,
  syncShift: 64,
  remotePrefixes: 512,
} as const;

/**
 * On-premises flag bits. Format 1: `gateway` only. Format 2: the connection type + 1 in bits 1-2
 * (0 = absent: follows the gateway), then "this optional part follows" bits.
 */
export const ONPREM = {
  gateway: 1,
  typeShift: 2,
  gatewayIp: 8,
  fqdn: 16,
  bgp: 32,
  circuit: 64,
  /** every bit format 2 defines; a link with others set is damaged */
  all: 127,
} as const;

/** Index of `value` in `table`, or throws: only used by the encoder on schema-checked designs. */
export function indexOf<T extends string>(table: readonly T[], value: T): number {
  const i = table.indexOf(value);
  if (i < 0) throw new Error(`the share wire format has no code for "${value}"`);
  return i;
}
