/**
 * What the inspector accepts as you type: a value that fails here is shown with its message and never
 * written into the design. Naming rules: reference 2.4 [S12]; address rules: 2.1 and 2.2 [S3].
 */
import { cidrContains, hasHostBits, isValidIpAddress, normaliseCidr, parseCidr } from '../../model/cidr';

export type Check = (text: string) => string | undefined;

const NETWORK_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

/** virtualNetworks 2-64; subnets, peerings, route tables, gateways, firewalls 1-80 [reference 2.4]. */
export const networkName = (min: number, max: number): Check => (text) => {
  if (text.length < min) return min === 1 ? 'A name is required.' : `At least ${min} characters.`;
  if (text.length > max) return `At most ${max} characters.`;
  if (!NETWORK_NAME.test(text)) {
    return 'Letters, digits, _ . - only; start with a letter or digit; end with a letter, digit or _.';
  }
  return undefined;
};

export const vnetName = networkName(2, 64);
export const childName = networkName(1, 80);

/** resourceGroups: 1-90, letters (Unicode too), digits, _ ( ) - . and not ending with a period. */
export const resourceGroupName: Check = (text) => {
  if (text.length === 0) return 'A resource group name is required.';
  if (text.length > 90) return 'At most 90 characters.';
  if (!/^[\p{L}\p{N}_().-]+$/u.test(text)) return 'Letters, digits, _ ( ) - . only.';
  if (text.endsWith('.')) return 'Cannot end with a period.';
  return undefined;
};

/** A CIDR prefix Azure would accept as typed: valid notation and no host bits (InvalidCIDRNotation). */
export const cidr: Check = (text) => {
  const t = text.trim();
  if (t === '') return 'Enter a prefix like 10.1.0.0/16.';
  const parsed = parseCidr(t);
  if (!parsed.ok) return parsed.errors[0]?.message ?? 'Not a valid CIDR prefix.';
  if (hasHostBits(t)) return `Host bits are set: did you mean ${normaliseCidr(t) ?? 'the network address'}?`;
  return undefined;
};

/** A subnet prefix: valid CIDR, /2../29 for IPv4, /64 for IPv6 [reference 2.2], inside the VNet. */
export const subnetPrefix = (vnetPrefixes: readonly string[]): Check => (text) => {
  const base = cidr(text);
  if (base) return base;
  const parsed = parseCidr(text.trim());
  if (!parsed.ok) return 'Not a valid CIDR prefix.';
  const { family, prefixLength } = parsed.value;
  if (family === 4 && (prefixLength < 2 || prefixLength > 29)) return 'An IPv4 subnet must be between /2 and /29.';
  if (family === 6 && prefixLength !== 64) return 'An IPv6 subnet must be exactly /64.';
  if (vnetPrefixes.length > 0 && !vnetPrefixes.some((p) => cidrContains(p, text.trim()))) {
    return `Not inside the VNet's address space (${vnetPrefixes.join(', ')}).`;
  }
  return undefined;
};

export const ipAddress: Check = (text) => (isValidIpAddress(text.trim()) ? undefined : 'Enter an IP address like 10.0.1.4.');

export const optionalIp: Check = (text) => (text.trim() === '' ? undefined : ipAddress(text));

export const required: Check = (text) => (text.trim() === '' ? 'Required.' : undefined);

/** A whole number 1..4294967295 typed in decimal (not "0x10" or "1e3", which Number would take). */
function parseAsn(text: string): number | string {
  const t = text.trim();
  const n = /^\d{1,10}$/.test(t) ? Number(t) : NaN;
  return n >= 1 && n <= 4294967295 ? n : 'A whole number between 1 and 4294967295.';
}

/**
 * ASNs Azure VPN gateways refuse, for the Azure side and the on-premises device alike. Source: VPN
 * Gateway FAQ, BGP section (MicrosoftDocs/azure-docs includes/vpn-gateway-faq-bgp-include.md,
 * https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp): reserved by Azure 8074, 8075,
 * 12076, 65515, 65517-65520; reserved by IANA 23456, 64496-64511, 65535-65551, 4294967295. 65515 is the
 * gateways' own default, so a gateway may keep it but a device may not.
 */
function reservedAsn(n: number, isGateway: boolean): string | undefined {
  if ([8074, 8075, 12076, 65517, 65518, 65519, 65520].includes(n) || (!isGateway && n === 65515)) {
    return `ASN ${n} is reserved by Azure (8074, 8075, 12076, 65515, 65517-65520).`;
  }
  if (n === 23456 || (n >= 64496 && n <= 64511) || (n >= 65535 && n <= 65551) || n === 4294967295) {
    return `ASN ${n} is reserved by IANA (23456, 64496-64511, 65535-65551, 4294967295).`;
  }
  return undefined;
}

/** A VPN gateway's own ASN (optional: empty = Azure's default 65515). */
export const gatewayAsn: Check = (text) => {
  if (text.trim() === '') return undefined;
  const n = parseAsn(text);
  return typeof n === 'string' ? n : reservedAsn(n, true);
};

/**
 * The on-premises device's ASN: not reserved, and not the gateway's (65515 unless set): "you must
 * assign different ASNs between your on-premises networks and your Azure VNets" (same FAQ). Empty is
 * allowed while the BGP settings are being filled in.
 */
export const siteAsn = (gatewayAsnValue: number | undefined): Check => (text) => {
  if (text.trim() === '') return undefined;
  const n = parseAsn(text);
  if (typeof n === 'string') return n;
  const reserved = reservedAsn(n, false);
  if (reserved) return reserved;
  return n === gatewayAsnValue ? `The gateway uses ASN ${n}: the device needs a different one.` : undefined;
};

const isIpv4 = (t: string) => !t.includes(':') && isValidIpAddress(t);
const inPrefix = (ip: string, prefix: string) => cidrContains(prefix, `${ip}/32`);
/** Not addresses of a host on a network: this network, loopback, link-local, multicast/reserved, broadcast. */
const UNUSABLE = ['0.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/3'];

/**
 * The VPN device's address (local network gateway `gatewayIpAddress`). Site-to-site needs "an
 * externally facing IPv4 address" (VPN Gateway FAQ, https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq).
 * Empty is allowed: the export then asks for it as a parameter.
 */
export const deviceIp: Check = (text) => {
  const t = text.trim();
  if (t === '') return undefined;
  if (!isIpv4(t)) return t.includes(':') ? 'Site-to-site VPN needs the device\'s IPv4 address.' : 'Enter an IPv4 address like 203.0.113.10.';
  if (UNUSABLE.some((p) => inPrefix(t, p))) return `${t} cannot be a VPN device's address.`;
  return undefined;
};

/**
 * Private (RFC 1918, shared CGNAT) device addresses work only for site-to-site over ExpressRoute private
 * peering with private IPs enabled on the gateway (https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering).
 */
export const isPrivateIpv4 = (text: string): boolean =>
  isIpv4(text.trim()) && ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].some((p) => inPrefix(text.trim(), p));

/** A DNS name (RFC 1123 host name of two or more labels), for a device whose public IP changes. */
export const deviceFqdn: Check = (text) => {
  const t = text.trim().replace(/\.$/, '');
  if (t === '') return undefined;
  const labels = t.split('.');
  const isLabel = (l: string) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l);
  if (t.length > 253 || labels.length < 2 || !labels.every(isLabel) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return 'Enter a DNS name like vpn.example.com.';
  }
  return undefined;
};

/**
 * The device's BGP peer address (local network gateway `bgpSettings.bgpPeeringAddress`): an IPv4
 * address that "MUST NOT be the same as the public IP address of your VPN device or from the VNet
 * address space of the VPN gateway" (VPN Gateway FAQ, BGP section, as above).
 */
export const bgpPeerAddress = (deviceIpValue: string | undefined, vnetPrefixes: readonly string[]): Check => (text) => {
  const t = text.trim();
  if (t === '') return undefined;
  if (!isIpv4(t)) return 'Enter an IPv4 address like 192.168.255.254.';
  if (t === deviceIpValue?.trim()) return 'Use another address than the device\'s public IP (a loopback, for example).';
  const inside = vnetPrefixes.find((p) => inPrefix(t, p));
  return inside ? `${t} is inside the gateway's VNet (${inside}): use an on-premises address.` : undefined;
};

/** APIPA BGP peers need a matching APIPA address on the Azure gateway (same FAQ). */
export const isApipa = (text: string): boolean => isIpv4(text.trim()) && inPrefix(text.trim(), '169.254.0.0/16');

const CIRCUIT_ID = /^\/subscriptions\/[^/\s]+\/resourceGroups\/[^/\s]+\/providers\/Microsoft\.Network\/expressRouteCircuits\/[^/\s]+$/i;

/** An ExpressRoute circuit's resource id (the connection's `peer`); empty: the export asks for it. */
export const circuitId: Check = (text) => {
  const t = text.trim();
  if (t === '' || CIRCUIT_ID.test(t)) return undefined;
  return 'A circuit resource ID: /subscriptions/…/resourceGroups/…/providers/Microsoft.Network/expressRouteCircuits/….';
};
