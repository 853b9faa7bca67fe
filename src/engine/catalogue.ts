/**
 * Every finding code with its severity and title: the contract of ../shared/spec/findings.md.
 * Codes are never renamed or reused. `docs` anchors point into docs/findings.md.
 */
import type { Severity } from './types';

export interface CodeInfo {
  severity: Severity;
  title: string;
  group: 'Addressing' | 'Peering' | 'Gateway transit' | 'Routing and transitivity' | 'Naming' | 'Informational' | 'Deployment preflight';
}

export const CATALOGUE = {
  CIDR_INVALID: { severity: 'error', title: 'Invalid CIDR notation', group: 'Addressing' },
  CIDR_HOST_BITS: { severity: 'error', title: 'Prefix has host bits set', group: 'Addressing' },
  VNET_NO_ADDRESS_SPACE: { severity: 'error', title: 'VNet has no IPv4 address space', group: 'Addressing' },
  VNET_PREFIX_RESERVED: { severity: 'error', title: 'VNet prefix overlaps a reserved range', group: 'Addressing' },
  VNET_PREFIX_TOO_SMALL: { severity: 'error', title: 'VNet prefix too small', group: 'Addressing' },
  VNET_PREFIX_TOO_LARGE: { severity: 'warning', title: 'VNet prefix very large', group: 'Addressing' },
  VNET_PREFIX_SELF_OVERLAP: { severity: 'error', title: 'Prefixes of one VNet overlap', group: 'Addressing' },
  VNET_PREFIX_PUBLIC: { severity: 'warning', title: 'VNet uses public address space', group: 'Addressing' },
  SUBNET_OUTSIDE_VNET: { severity: 'error', title: 'Subnet outside its VNet', group: 'Addressing' },
  SUBNET_OVERLAP: { severity: 'error', title: 'Subnets overlap', group: 'Addressing' },
  SUBNET_SIZE: { severity: 'error', title: 'Subnet size not allowed', group: 'Addressing' },
  SPECIAL_SUBNET_SIZE: { severity: 'error', title: 'Special subnet too small', group: 'Addressing' },
  SPECIAL_SUBNET_SIZE_SMALL: { severity: 'warning', title: 'Special subnet smaller than recommended', group: 'Addressing' },
  SPECIAL_SUBNET_NAME_CASE: { severity: 'warning', title: 'Special subnet name in the wrong case', group: 'Addressing' },
  ADDRESS_OVERLAP: { severity: 'warning', title: 'VNets overlap', group: 'Addressing' },
  ONPREM_OVERLAP: { severity: 'error', title: 'On-premises range overlaps a VNet', group: 'Addressing' },
  PEER_ADDRESS_OVERLAP: { severity: 'error', title: 'Peered VNets overlap', group: 'Peering' },
  PEER_NEIGHBOR_OVERLAP: { severity: 'error', title: 'VNets peered to the same VNet overlap', group: 'Peering' },
  PEER_SELF: { severity: 'error', title: 'VNet peered with itself', group: 'Peering' },
  PEER_DUPLICATE: { severity: 'error', title: 'Duplicate peering link', group: 'Peering' },
  PEER_ONE_WAY: { severity: 'warning', title: 'One-way peering', group: 'Peering' },
  PEER_DISCONNECTED: { severity: 'warning', title: 'Disconnected peering', group: 'Peering' },
  PEER_NOT_IN_SYNC: { severity: 'warning', title: 'Peering not in sync', group: 'Peering' },
  PEER_LIMIT: { severity: 'error', title: 'Too many peerings', group: 'Peering' },
  PEER_CROSS_CLOUD: { severity: 'error', title: 'Peering across clouds', group: 'Peering' },
  PEER_CLASSIC: { severity: 'error', title: 'Classic VNet peering not supported', group: 'Peering' },
  PEER_ACCESS_BLOCKED: { severity: 'warning', title: 'Virtual network access disabled', group: 'Peering' },
  PEER_GLOBAL: { severity: 'info', title: 'Global peering', group: 'Peering' },
  PEER_CROSS_SUBSCRIPTION: { severity: 'info', title: 'Cross-subscription peering', group: 'Peering' },
  PEER_CROSS_TENANT: { severity: 'info', title: 'Cross-tenant peering', group: 'Peering' },
  GW_REMOTE_MULTIPLE: { severity: 'error', title: 'More than one link uses remote gateways', group: 'Gateway transit' },
  GW_REMOTE_WITH_OWN_GATEWAY: { severity: 'error', title: 'Remote gateways used by a VNet with its own gateway', group: 'Gateway transit' },
  GW_REMOTE_NO_GATEWAY: { severity: 'error', title: 'Remote VNet has no gateway', group: 'Gateway transit' },
  GW_REMOTE_TRANSIT_NOT_ALLOWED: { severity: 'error', title: 'Remote side does not allow gateway transit', group: 'Gateway transit' },
  GW_TRANSIT_NO_GATEWAY: { severity: 'warning', title: 'Gateway transit allowed without a gateway', group: 'Gateway transit' },
  GW_TRANSIT_AND_REMOTE: { severity: 'warning', title: 'Link both allows transit and uses remote gateways', group: 'Gateway transit' },
  GW_BASIC_SKU: { severity: 'warning', title: 'Basic gateway SKU used for transit', group: 'Gateway transit' },
  GW_SUBNET_MISSING: { severity: 'error', title: 'Required subnet missing', group: 'Gateway transit' },
  GW_DUPLICATE: { severity: 'error', title: 'Duplicate gateway or firewall', group: 'Gateway transit' },
  TRANSIT_GAP: { severity: 'warning', title: 'Spokes cannot reach each other', group: 'Routing and transitivity' },
  INTENT_UNREACHABLE: { severity: 'error', title: 'Required connectivity missing', group: 'Routing and transitivity' },
  INTENT_NOT_ISOLATED: { severity: 'error', title: 'Required isolation broken', group: 'Routing and transitivity' },
  ROUTE_NEXT_HOP_INVALID: { severity: 'error', title: 'Invalid route next hop', group: 'Routing and transitivity' },
  ROUTE_NEXT_HOP_UNREACHABLE: { severity: 'warning', title: 'Next-hop appliance not reachable', group: 'Routing and transitivity' },
  ROUTE_FORWARDING_DISABLED: { severity: 'warning', title: 'Forwarded traffic not allowed', group: 'Routing and transitivity' },
  ROUTE_ASYMMETRIC: { severity: 'warning', title: 'Asymmetric routing', group: 'Routing and transitivity' },
  ROUTE_TABLE_SCOPE: { severity: 'error', title: 'Route table in another region or subscription', group: 'Routing and transitivity' },
  ROUTE_GATEWAY_ER_NEXT_HOP: { severity: 'warning', title: 'ExpressRoute gateway as route next hop', group: 'Routing and transitivity' },
  NAME_INVALID: { severity: 'error', title: 'Invalid name', group: 'Naming' },
  NAME_DUPLICATE: { severity: 'error', title: 'Duplicate name', group: 'Naming' },
  DNS_ACROSS_PEERING: { severity: 'info', title: 'Azure DNS does not resolve across peering', group: 'Informational' },
  SYNC_AFTER_RESIZE: { severity: 'info', title: 'Peerings need a sync after resize', group: 'Informational' },
  // deployment preflight (rules/deploy/): what Azure checks only when it deploys
  DEPLOY_BIDI_TEXT: { severity: 'error', title: 'Bidirectional-text control character', group: 'Deployment preflight' },
  DEPLOY_TAG_INVALID: { severity: 'error', title: 'Invalid tag', group: 'Deployment preflight' },
  DEPLOY_DNS_SERVER_INVALID: { severity: 'error', title: 'DNS server is not an IP address', group: 'Deployment preflight' },
  DEPLOY_DERIVED_NAME_INVALID: { severity: 'error', title: 'Exported resource name invalid', group: 'Deployment preflight' },
  DEPLOY_BASTION_SKU: { severity: 'error', title: 'Unknown Bastion SKU', group: 'Deployment preflight' },
  DEPLOY_GATEWAY_SKU: { severity: 'error', title: 'Gateway SKU not valid for the gateway', group: 'Deployment preflight' },
  DEPLOY_GATEWAY_ZONES: { severity: 'error', title: 'Zone-redundant gateway SKU in a region without zones', group: 'Deployment preflight' },
  DEPLOY_GATEWAY_SUBNET_SIZE: { severity: 'error', title: 'GatewaySubnet too small for coexisting gateways', group: 'Deployment preflight' },
  DEPLOY_ROUTE_SERVER_VPN: { severity: 'error', title: 'Route Server needs an active-active VPN gateway', group: 'Deployment preflight' },
  DEPLOY_FIREWALL_MANAGEMENT_SUBNET: { severity: 'error', title: 'Firewall Basic without its management subnet', group: 'Deployment preflight' },
  DEPLOY_BGP_ASN_RESERVED: { severity: 'error', title: 'Reserved BGP ASN', group: 'Deployment preflight' },
  DEPLOY_ONPREM_ENDPOINT_MISSING: { severity: 'warning', title: 'VPN site without device address', group: 'Deployment preflight' },
  DEPLOY_ONPREM_ADDRESS_INVALID: { severity: 'error', title: 'Invalid on-premises device or BGP address', group: 'Deployment preflight' },
  DEPLOY_ONPREM_CONNECTION_TYPE: { severity: 'error', title: 'Connection type does not match the gateway', group: 'Deployment preflight' },
  DEPLOY_ONPREM_CIRCUIT_MISSING: { severity: 'warning', title: 'ExpressRoute site without circuit id', group: 'Deployment preflight' },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof CATALOGUE;

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];

export function docsAnchor(code: FindingCode): string {
  return `docs/findings.md#${code.toLowerCase()}`;
}
