/**
 * Azure facts the deployment preflight checks against, each with its Microsoft source. Kept apart from the
 * rules so a changed fact is one edit here (and the docs page, docs/findings.md, which cites the same pages).
 */

/** Lower-case Azure location name without spaces ("West Europe" -> "westeurope"). */
export const normaliseLocation = (location: string): string => location.replace(/\s+/g, '').toLowerCase();

/**
 * Regions that Microsoft lists WITHOUT availability zones. Source: "Azure regions list",
 * https://learn.microsoft.com/azure/reliability/regions-list (MicrosoftDocs/azure-docs
 * articles/reliability/regions-list.md, ms.date 2025-03-21: the "Availability zone support" column is empty
 * for these). The preflight fires only for a region on this list: a region it does not know (a new one, a
 * sovereign cloud, a typo) is never reported, so a region that gains zones later costs a false negative, not a
 * wrong error.
 */
export const REGIONS_WITHOUT_ZONES: ReadonlySet<string> = new Set([
  'australiacentral', 'australiacentral2', 'australiasoutheast', 'brazilsoutheast', 'canadaeast', 'francesouth',
  'germanynorth', 'koreasouth', 'northcentralus', 'norwaywest', 'southafricawest', 'southindia', 'switzerlandwest',
  'uaecentral', 'ukwest', 'westcentralus', 'westindia', 'westus',
]);

/**
 * Gateway SKUs per gateway type. Sources: the REST enum VirtualNetworkGatewaySku (Microsoft.Network 2025-07-01,
 * ../shared/schemas/arm), "About VPN Gateway SKUs" https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus
 * (Basic, VpnGw1-5, VpnGw1AZ-5AZ; Standard and HighPerformance are legacy VPN SKUs) and "About ExpressRoute
 * virtual network gateways" https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways
 * (Standard, HighPerformance, UltraPerformance, ErGw1AZ-3AZ, ErGwScale).
 */
export const GATEWAY_SKUS = {
  Vpn: ['Basic', 'VpnGw1', 'VpnGw2', 'VpnGw3', 'VpnGw4', 'VpnGw5', 'VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'Standard', 'HighPerformance'],
  ExpressRoute: ['Standard', 'HighPerformance', 'UltraPerformance', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale'],
} as const;

/** The SKU as Azure spells it, when `sku` names one of the type's SKUs case-insensitively. */
export function canonicalGatewaySku(type: keyof typeof GATEWAY_SKUS, sku: string): string | undefined {
  const lower = sku.trim().toLowerCase();
  return GATEWAY_SKUS[type].find((s) => s.toLowerCase() === lower);
}

/** An "AZ" SKU: deployable only in a region with availability zones (create-zone-redundant-vnet-gateway). */
export const isAzSku = (sku: string): boolean => /AZ$/i.test(sku.trim());

/**
 * The non-AZ SKU with the same capacity, for a region without zones. VPN: VpnGwNAZ -> VpnGwN (about-gateway-skus).
 * ExpressRoute: "Standard SKU/ERGw1Az", "High Perf SKU/ERGw2Az", "Ultra Performance SKU/ErGw3Az" share a row of
 * the feature table in expressroute-about-virtual-network-gateways.
 */
export function nonAzSku(sku: string): string | undefined {
  const s = sku.trim();
  const vpn = /^VpnGw([1-5])AZ$/i.exec(s);
  if (vpn) return `VpnGw${vpn[1]}`;
  return ({ ergw1az: 'Standard', ergw2az: 'HighPerformance', ergw3az: 'UltraPerformance' } as Record<string, string>)[s.toLowerCase()];
}

/**
 * Bastion SKUs: the REST enum BastionHostSkuName (Basic, Standard, Developer, Premium; Microsoft.Network
 * 2025-07-01) and the `-Sku` ValidateSet of New-AzBastion (Az.Network). Source:
 * https://learn.microsoft.com/azure/bastion/configuration-settings#skus
 */
export const BASTION_SKUS = ['Basic', 'Standard', 'Premium', 'Developer'] as const;

/**
 * ASNs Azure does not accept for BGP peers (on-premises VPN devices, NVAs) nor for a VPN gateway's own ASN
 * (65515 is the gateway's default, so a gateway may keep it). Sources: VPN Gateway FAQ, "What ASNs can I use?"
 * https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp ("Reserved by Azure: public 8074, 8075,
 * 12076; private 65515, 65517, 65518, 65519, 65520. Reserved by IANA: 23456, 64496-64511, 65535-65551,
 * 429496729"; the FAQ's last number is printed as written there; 4294967295, the IANA-reserved last 32-bit ASN,
 * is added) and the Route Server FAQ https://learn.microsoft.com/azure/route-server/route-server-faq.
 */
export function reservedAsnOwner(asn: number): 'Azure' | 'IANA' | undefined {
  if ([8074, 8075, 12076, 65515, 65517, 65518, 65519, 65520].includes(asn)) return 'Azure';
  if (asn === 23456 || (asn >= 64496 && asn <= 64511) || (asn >= 65535 && asn <= 65551) || asn === 429496729 || asn === 4294967295) return 'IANA';
  return undefined;
}

/** The ASN Azure VPN gateways use by default, and the one Route Server requires of a VPN gateway (Route Server FAQ). */
export const AZURE_GATEWAY_ASN = 65515;

/**
 * Tag limits. Source: "Use tags to organize your Azure resources", Limitations,
 * https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations
 * (MicrosoftDocs/azure-docs articles/azure-resource-manager/management/tag-resources.md): at most 50 tag
 * name-value pairs per resource; names up to 512 characters, values up to 256; names can't contain
 * `<`, `>`, `%`, `&`, `\`, `?`, `/`.
 */
export const TAG_LIMITS = { maxTags: 50, maxKey: 512, maxValue: 256, forbiddenInKey: /[<>%&\\?/]/ } as const;

/**
 * Bidirectional-text control characters (embeddings, overrides, isolates: U+202A..U+202E, U+2066..U+2069): they
 * reorder how text is displayed, so a name can read differently from what a script or template executes
 * ("Trojan Source", CVE-2021-42574).
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are shown escaped
const BIDI_OR_CONTROL_ALL = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** A name made safe to show in a message: control and bidi characters as `\uXXXX`, long names shortened. */
export function shown(text: string, max = 100): string {
  const visible = text.replace(BIDI_OR_CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `'${visible.length > max ? `${visible.slice(0, max)}...` : visible}'`;
}

/**
 * Names the exporters derive from user names (src/export/plan.ts: planVNet, planSite). The preflight checks them
 * because Azure checks the resource name, whatever part of it the user typed.
 */
export const derivedNames = {
  gatewayPublicIps: (gateway: string, activeActive: boolean): string[] => (activeActive ? [`pip-${gateway}-1`, `pip-${gateway}-2`] : [`pip-${gateway}`]),
  publicIp: (name: string): string => `pip-${name}`,
  firewallManagementIp: (firewall: string): string => `pip-${firewall}-mgmt`,
  firewallPolicy: (firewall: string): string => `afwp-${firewall}`,
  localNetworkGateway: (site: string): string => `lgw-${site}`,
  connection: (gateway: string, site: string): string => `cn-${gateway}-${site}`,
};
