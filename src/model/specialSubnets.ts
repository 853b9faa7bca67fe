/**
 * Azure's reserved-name subnets [reference 2.3]: the one place that lists them, with the smallest size
 * Azure accepts (`min`) and the size Microsoft recommends (`recommended`), as IPv4 prefix lengths.
 * The engine checks them, the reachability walk skips them as traffic sources, the inspector offers them.
 */
export const SPECIAL_SUBNETS = {
  GatewaySubnet: { min: 29, recommended: 27 },
  AzureFirewallSubnet: { min: 26, recommended: 26 },
  AzureFirewallManagementSubnet: { min: 26, recommended: 26 },
  AzureBastionSubnet: { min: 26, recommended: 26 },
  RouteServerSubnet: { min: 27, recommended: 26 },
} as const;

export type SpecialSubnetName = keyof typeof SPECIAL_SUBNETS;

export const SPECIAL_SUBNET_NAMES: ReadonlySet<string> = new Set(Object.keys(SPECIAL_SUBNETS));

/** True for a reserved-name subnet (exact spelling, as Azure matches it): it carries no workloads. */
export const isSpecialSubnet = (name: string): boolean => SPECIAL_SUBNET_NAMES.has(name);
