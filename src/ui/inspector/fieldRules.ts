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

export const asn: Check = (text) => {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 4294967295 ? undefined : 'A whole number between 1 and 4294967295.';
};
