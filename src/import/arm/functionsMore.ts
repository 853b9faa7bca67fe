/**
 * ARM's CIDR, resource-id, scope, string, date and encoding functions not in functions.ts
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr,
 * .../template-functions-resource, .../template-functions-scope, .../template-functions-string,
 * .../template-functions-date). `utcNow()` and `newGuid()` differ on every deployment: the importer
 * uses a fixed stand-in and says so in the report, so a deployment named after them keeps its content.
 */
import { formatAddress, parseCidr, type CidrRange } from '../../model/cidr';
import { checkLength } from './budget';
import { Unresolved, type EvalContext } from './context';
import { arity, needInt, needString, toText, type Fn } from './values';

const BITS = { 4: 32, 6: 128 } as const;

function needCidr(v: unknown, fn: string): CidrRange {
  const text = needString(v, fn);
  const r = parseCidr(text);
  if (!r.ok) throw new Unresolved(`${fn}() needs a CIDR range, got '${text.slice(0, 60)}'`);
  return r.value;
}

/** The subnet of `newCidr` bits with the given index, computed directly (never by listing the subnets). */
function cidrSubnet(a: unknown[]): string {
  arity(a, 'cidrSubnet', 3);
  const r = needCidr(a[0], 'cidrSubnet');
  const bits = needInt(a[1], 'cidrSubnet');
  const index = needInt(a[2], 'cidrSubnet');
  if (bits < r.prefixLength || bits > BITS[r.family]) throw new Unresolved(`cidrSubnet() needs a new prefix length from ${r.prefixLength} to ${BITS[r.family]}, got ${bits}`);
  const count = 1n << BigInt(bits - r.prefixLength);
  if (index < 0 || BigInt(index) >= count) throw new Unresolved(`cidrSubnet(${toText(a[0])}, ${bits}, ${index}) has no such subnet (there are ${count} of them)`);
  const size = 1n << BigInt(BITS[r.family] - bits);
  return `${formatAddress(r.start + BigInt(index) * size, r.family)}/${bits}`;
}

/** The usable host with the given index: the network address + 1 + index (Microsoft's examples: 10.144.3.0/24, 0 -> 10.144.3.1). */
function cidrHost(a: unknown[]): string {
  arity(a, 'cidrHost', 2);
  const r = needCidr(a[0], 'cidrHost');
  const index = needInt(a[1], 'cidrHost');
  const host = r.start + 1n + BigInt(Math.max(0, index));
  const last = r.family === 4 && r.prefixLength < 31 ? r.end - 1n : r.end;
  if (index < 0 || host > last) throw new Unresolved(`cidrHost(${toText(a[0])}, ${index}) is outside the range`);
  return formatAddress(host, r.family);
}

function parseCidrFn(a: unknown[]): Record<string, unknown> {
  arity(a, 'parseCidr', 1);
  const r = needCidr(a[0], 'parseCidr');
  const hostBits = BITS[r.family] - r.prefixLength;
  const mask = ((1n << BigInt(BITS[r.family])) - 1n) ^ ((1n << BigInt(hostBits)) - 1n);
  if (r.family === 6) {
    return { network: formatAddress(r.start, 6), netmask: formatAddress(mask, 6), firstUsable: formatAddress(r.start, 6), lastUsable: formatAddress(r.end, 6), cidr: r.prefixLength };
  }
  const small = r.prefixLength >= 31;
  return {
    network: formatAddress(r.start, 4),
    netmask: formatAddress(mask, 4),
    broadcast: formatAddress(r.end, 4),
    firstUsable: formatAddress(small ? r.start : r.start + 1n, 4),
    lastUsable: formatAddress(small ? r.end : r.end - 1n, 4),
    cidr: r.prefixLength,
  };
}

/** `extensionResourceId(baseResourceId, resourceType, name...)` */
function extensionResourceId(a: unknown[]): string {
  if (a.length < 3) throw new Unresolved('extensionResourceId() takes a base resource id, a type and names');
  const texts = a.map((x) => needString(x, 'extensionResourceId'));
  const [base = '', type = '', ...names] = texts;
  const types = type.replace(/\/+$/, '').split('/');
  if (names.length !== types.length - 1) throw new Unresolved(`extensionResourceId() for ${type} needs ${types.length - 1} name(s), got ${names.length}`);
  let out = `${base.replace(/\/+$/, '')}/providers/${types[0] ?? ''}`;
  names.forEach((n, i) => {
    out += `/${types[i + 1] ?? ''}/${n}`;
  });
  return out;
}

function tenantResourceId(a: unknown[]): string {
  const texts = a.map((x) => needString(x, 'tenantResourceId'));
  const [type = '', ...names] = texts;
  const types = type.replace(/\/+$/, '').split('/');
  let out = `/providers/${types[0] ?? ''}`;
  names.forEach((n, i) => {
    out += `/${types[i + 1] ?? ''}/${n}`;
  });
  return out;
}

function managementGroupResourceId(a: unknown[], ctx: EvalContext): string {
  const texts = a.map((x) => needString(x, 'managementGroupResourceId'));
  // the optional first argument is the management group's name (it has no '/')
  const hasGroup = texts.length > 1 && !(texts[0] ?? '').includes('/');
  const group = hasGroup ? (texts[0] ?? '') : ctx.scope.tenantId;
  const rest = hasGroup ? texts.slice(1) : texts;
  return `/providers/Microsoft.Management/managementGroups/${group}${tenantResourceId(rest)}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes of a string (the core has no TextEncoder: it is ES2022 only). */
function utf8Bytes(s: string): number[] {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

function base64Encode(s: string): string {
  const bytes = utf8Bytes(s);
  checkLength(Math.ceil(bytes.length / 3) * 4, 'base64', 'string');
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? B64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? B64.charAt(n & 63) : '=';
  }
  return out;
}

function base64Decode(s: string): string {
  const clean = s.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Unresolved('base64ToString() got text that is not base64');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
    }
  }
  // UTF-8 bytes -> text, through the percent-decoder the language has
  try {
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    throw new Unresolved('base64ToString() got bytes that are not UTF-8 text');
  }
}

/** ARM's uri(base, relative): the relative part replaces what follows the base's last '/'. */
function uri(a: unknown[]): string {
  arity(a, 'uri', 2);
  const base = needString(a[0], 'uri');
  const rel = needString(a[1], 'uri');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) throw new Unresolved('uri() needs an absolute base URI');
  if (rel.startsWith('/')) return base.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]*).*$/i, '$1') + rel;
  return base.slice(0, base.lastIndexOf('/') + 1) + rel;
}

/** The fixed stand-in for utcNow(): 2000-01-01T00:00:00Z in the default `yyyyMMddTHHmmssZ` or another .NET format's digits. */
function utcNow(a: unknown[], ctx: EvalContext): string {
  ctx.note?.('utcNow() was given a fixed stand-in (2000-01-01T00:00:00Z): a deployment time cannot be known in advance.');
  const fmt = a.length > 0 ? needString(a[0], 'utcNow') : 'yyyyMMddTHHmmssZ';
  if (fmt === 'u') return '2000-01-01 00:00:00Z';
  if (fmt === 'd') return '1/1/2000';
  return fmt.replace(/yyyy|MM|dd|HH|mm|ss|fff|ff|f/g, (m) => (m === 'yyyy' ? '2000' : m === 'MM' || m === 'dd' ? '01' : '0'.repeat(m.length)));
}

function newGuid(_a: unknown[], ctx: EvalContext): string {
  ctx.note?.('newGuid() was given a fixed stand-in (00000000-0000-4000-8000-000000000000): it differs on every deployment.');
  return '00000000-0000-4000-8000-000000000000';
}

function dateTimeAdd(a: unknown[]): string {
  arity(a, 'dateTimeAdd', 2, 3);
  const base = new Date(needString(a[0], 'dateTimeAdd'));
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(needString(a[1], 'dateTimeAdd').replace(/^-/, ''));
  if (Number.isNaN(base.getTime()) || !m) throw new Unresolved('dateTimeAdd() needs an ISO 8601 time and duration');
  const sign = needString(a[1], 'dateTimeAdd').startsWith('-') ? -1 : 1;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => sign * Number(x ?? 0)) as [number, number, number, number, number, number];
  const out = new Date(Date.UTC(base.getUTCFullYear() + y, base.getUTCMonth() + mo, base.getUTCDate() + d, base.getUTCHours() + h, base.getUTCMinutes() + mi, base.getUTCSeconds() + s));
  return out.toISOString().replace('.000Z', 'Z');
}

export const MORE_FUNCTIONS: [string, Fn][] = [
  ['cidrsubnet', cidrSubnet],
  ['cidrhost', cidrHost],
  ['parsecidr', parseCidrFn],
  ['extensionresourceid', extensionResourceId],
  ['tenantresourceid', tenantResourceId],
  ['managementgroupresourceid', managementGroupResourceId],
  ['managementgroup', (_a, c) => ({ id: `/providers/Microsoft.Management/managementGroups/${c.scope.tenantId}`, name: c.scope.tenantId, type: 'Microsoft.Management/managementGroups', properties: {} })],
  ['deployment', (_a, c) => ({ name: 'deployment', location: c.scope.location, properties: { templateLink: null, mode: 'Incremental' } })],
  ['utcnow', utcNow],
  ['newguid', newGuid],
  ['datetimeadd', dateTimeAdd],
  ['datetimefromepoch', (a) => (arity(a, 'dateTimeFromEpoch', 1), new Date(needInt(a[0], 'dateTimeFromEpoch') * 1000).toISOString().replace('.000Z', 'Z'))],
  ['datetimetoepoch', (a) => {
    arity(a, 'dateTimeToEpoch', 1);
    const t = new Date(needString(a[0], 'dateTimeToEpoch')).getTime();
    if (Number.isNaN(t)) throw new Unresolved('dateTimeToEpoch() needs an ISO 8601 time');
    return Math.floor(t / 1000);
  }],
  ['base64', (a) => (arity(a, 'base64', 1), base64Encode(needString(a[0], 'base64')))],
  ['base64tostring', (a) => (arity(a, 'base64ToString', 1), base64Decode(needString(a[0], 'base64ToString')))],
  ['base64tojson', (a) => {
    arity(a, 'base64ToJson', 1);
    try {
      return JSON.parse(base64Decode(needString(a[0], 'base64ToJson'))) as unknown;
    } catch {
      throw new Unresolved('base64ToJson() got text that is not base64 JSON');
    }
  }],
  ['datauri', (a) => (arity(a, 'dataUri', 1), `data:text/plain;charset=utf8;base64,${base64Encode(toText(a[0]))}`)],
  ['datauritostring', (a) => (arity(a, 'dataUriToString', 1), base64Decode(needString(a[0], 'dataUriToString').replace(/^data:[^,]*;base64,/, '')))],
  ['uri', uri],
  ['uricomponent', (a) => (arity(a, 'uriComponent', 1), encodeURIComponent(needString(a[0], 'uriComponent')))],
  ['uricomponenttostring', (a) => {
    arity(a, 'uriComponentToString', 1);
    try {
      return decodeURIComponent(needString(a[0], 'uriComponentToString'));
    } catch {
      throw new Unresolved('uriComponentToString() got malformed text');
    }
  }],
  ['float', (a) => {
    arity(a, 'float', 1);
    const n = typeof a[0] === 'string' ? Number(a[0]) : a[0];
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new Unresolved(`float() cannot convert ${toText(a[0])}`);
    return n;
  }],
  ['range', (a) => {
    arity(a, 'range', 2);
    const start = needInt(a[0], 'range');
    const count = needInt(a[1], 'range');
    if (count < 0) throw new Unresolved(`range() count ${count} is negative`);
    checkLength(count, 'range', 'array');
    return Array.from({ length: count }, (_, i) => start + i);
  }],
];
