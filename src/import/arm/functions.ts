/**
 * The ARM template functions VNet templates use in practice
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions), evaluated
 * on plain JSON values. `if` is special-cased in expressions.ts (lazy branches). Runtime-only functions
 * (`reference`, `list*`, `newGuid`, `utcNow`) raise `Unresolved` with the reason.
 */
import { splitCidr } from '../../model/cidr';
import { buildResourceId } from '../azure/resourceId';
import { checkLength, checkString } from './budget';
import { Unresolved, typeName, type EvalContext } from './context';
import { DATA_FUNCTIONS } from './functionsData';
import { MORE_FUNCTIONS } from './functionsMore';
import { arity, deepEqual, needInt, needString, toText, type Fn } from './values';


/**
 * Deterministic stand-in for ARM's `uniqueString` (13 characters of base32). It is NOT Azure's hash:
 * the real value depends on the deployment's ids, which an import cannot know anyway. Two 32-bit
 * FNV-1a variants give 64 bits.
 */
export function uniqueString(parts: readonly string[]): string {
  const text = parts.join('-');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  }
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  let bits = BigInt(h1) * 4294967296n + BigInt(h2 >>> 0);
  for (let i = 0; i < 13; i++) {
    out += alphabet.charAt(Number(bits & 31n));
    bits >>= 5n;
  }
  return out;
}

/** resourceId([subscriptionId], [resourceGroupName], resourceType, name1, name2, ...) */
function resourceId(args: unknown[], ctx: EvalContext): string {
  const texts = args.map((a) => needString(a, 'resourceId'));
  // the type is the first argument with a '/' (subscription ids and resource group names have none)
  const typeAt = texts.findIndex((t) => t.includes('/'));
  if (typeAt < 0 || typeAt > 2) throw new Unresolved('resourceId() needs a resource type like Microsoft.Network/virtualNetworks');
  const type = (texts[typeAt] ?? '').replace(/\/+$/, '');
  const names = texts.slice(typeAt + 1);
  const segments = type.split('/').length - 1;
  if (names.length !== segments) throw new Unresolved(`resourceId() for ${type} needs ${segments} name${segments === 1 ? '' : 's'}, got ${names.length}`);
  const sub = typeAt === 2 ? (texts[0] ?? '') : ctx.scope.subscriptionId;
  const rg = typeAt >= 1 ? (texts[typeAt - 1] ?? '') : ctx.scope.resourceGroup;
  return buildResourceId(sub, rg, type, names);
}

function subscriptionResourceId(args: unknown[], ctx: EvalContext): string {
  const texts = args.map((a) => needString(a, 'subscriptionResourceId'));
  const typeAt = texts.findIndex((t) => t.includes('/'));
  if (typeAt < 0 || typeAt > 1) throw new Unresolved('subscriptionResourceId() needs a resource type');
  return buildResourceId(typeAt === 1 ? (texts[0] ?? '') : ctx.scope.subscriptionId, '', (texts[typeAt] ?? '').replace(/\/+$/, ''), texts.slice(typeAt + 1));
}

function format(args: unknown[]): string {
  const fmt = needString(args[0], 'format');
  const out = fmt.replace(/\{\{|\}\}|\{(\d+)(?::([^}]*))?\}/g, (m, index: string | undefined, spec: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const i = Number(index);
    if (i + 1 >= args.length) throw new Unresolved(`format() has no argument {${i}}`);
    const v = args[i + 1];
    const pad = spec ? /^[Dd](\d+)$/.exec(spec) : null;
    if (pad && typeof v === 'number') {
      // measured before padding: '{0:D536870000}' must fail at once, not build half a gigabyte
      checkLength(Number(pad[1]), 'format', 'string');
      return String(Math.trunc(v)).padStart(Number(pad[1]), '0');
    }
    return toText(v);
  });
  return checkString(out, 'format');
}

const runtimeOnly = (name: string, why: string): [string, Fn] => [
  name.toLowerCase(),
  () => {
    throw new Unresolved(`${name}() ${why}`);
  },
];

export const ARM_FUNCTIONS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ['parameters', (a, c) => (arity(a, 'parameters', 1), c.parameter(needString(a[0], 'parameters')))],
  ['variables', (a, c) => (arity(a, 'variables', 1), c.variable(needString(a[0], 'variables')))],
  ['copyindex', (a, c) => {
    arity(a, 'copyIndex', 0, 2);
    const loop = typeof a[0] === 'string' ? a[0] : undefined;
    const offset = typeof a[0] === 'number' ? a[0] : typeof a[1] === 'number' ? a[1] : 0;
    return c.copyIndex(loop) + offset;
  }],
  ['resourcegroup', (a, c) => (arity(a, 'resourceGroup', 0), {
    id: `/subscriptions/${c.scope.subscriptionId}/resourceGroups/${c.scope.resourceGroup}`,
    name: c.scope.resourceGroup, type: 'Microsoft.Resources/resourceGroups', location: c.scope.location, properties: { provisioningState: 'Succeeded' },
  })],
  ['subscription', (a, c) => (arity(a, 'subscription', 0), {
    id: `/subscriptions/${c.scope.subscriptionId}`, subscriptionId: c.scope.subscriptionId, tenantId: c.scope.tenantId, displayName: c.scope.subscriptionId,
  })],
  ['tenant', (_a, c) => ({ tenantId: c.scope.tenantId, displayName: c.scope.tenantId })],
  ['environment', () => ({ name: 'AzureCloud', suffixes: { storage: 'core.windows.net' } })],
  ['resourceid', resourceId],
  ['subscriptionresourceid', subscriptionResourceId],
  ['concat', (a) => {
    if (a.length > 0 && a.every(Array.isArray)) {
      checkLength((a as unknown[][]).reduce((n, x) => n + x.length, 0), 'concat', 'array');
      return (a as unknown[][]).flat(1);
    }
    return checkString(a.map((x) => (Array.isArray(x) ? JSON.stringify(x) : toText(x))).join(''), 'concat');
  }],
  ['format', (a) => format(a)],
  ['string', (a) => (arity(a, 'string', 1), checkString(toText(a[0]), 'string'))],
  ['int', (a) => {
    arity(a, 'int', 1);
    const n = typeof a[0] === 'string' ? Number(a[0]) : a[0];
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new Unresolved(`int() cannot convert ${toText(a[0])}`);
    return Math.trunc(n);
  }],
  ['bool', (a) => (arity(a, 'bool', 1), a[0] === true || (typeof a[0] === 'string' && a[0].toLowerCase() === 'true') || a[0] === 1)],
  ['tolower', (a) => (arity(a, 'toLower', 1), needString(a[0], 'toLower').toLowerCase())],
  ['toupper', (a) => (arity(a, 'toUpper', 1), needString(a[0], 'toUpper').toUpperCase())],
  ['trim', (a) => (arity(a, 'trim', 1), needString(a[0], 'trim').trim())],
  ['replace', (a) => {
    arity(a, 'replace', 3);
    const parts = needString(a[0], 'replace').split(needString(a[1], 'replace'));
    const by = needString(a[2], 'replace');
    checkLength(parts.reduce((n, p) => n + p.length, 0) + (parts.length - 1) * by.length, 'replace', 'string');
    return parts.join(by);
  }],
  ['split', (a) => (arity(a, 'split', 2), needString(a[0], 'split').split(needString(a[1], 'split')))],
  ['substring', (a) => {
    arity(a, 'substring', 1, 3);
    const s = needString(a[0], 'substring');
    const start = a.length > 1 ? needInt(a[1], 'substring') : 0;
    return a.length > 2 ? s.substr(start, needInt(a[2], 'substring')) : s.slice(start);
  }],
  ['startswith', (a) => (arity(a, 'startsWith', 2), needString(a[0], 'startsWith').toLowerCase().startsWith(needString(a[1], 'startsWith').toLowerCase()))],
  ['endswith', (a) => (arity(a, 'endsWith', 2), needString(a[0], 'endsWith').toLowerCase().endsWith(needString(a[1], 'endsWith').toLowerCase()))],
  ['padleft', (a) => {
    arity(a, 'padLeft', 2, 3);
    const width = needInt(a[1], 'padLeft');
    checkLength(width, 'padLeft', 'string');
    return toText(a[0]).padStart(width, typeof a[2] === 'string' && a[2] !== '' ? a[2] : ' ');
  }],
  ['uniquestring', (a) => uniqueString(a.map((x) => needString(x, 'uniqueString')))],
  ['guid', (a) => {
    const h = uniqueString(a.map((x) => needString(x, 'guid'))) + uniqueString([...a.map(toText), 'guid']);
    const hex = Array.from(h).map((ch) => (ch.charCodeAt(0) % 16).toString(16)).join('').padEnd(32, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }],
  ['equals', (a) => (arity(a, 'equals', 2), deepEqual(a[0], a[1]))],
  ['not', (a) => (arity(a, 'not', 1), a[0] !== true)],
  ['and', (a) => a.every((x) => x === true)],
  ['or', (a) => a.some((x) => x === true)],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['greater', (a) => (arity(a, 'greater', 2), (a[0] as number) > (a[1] as number))],
  ['less', (a) => (arity(a, 'less', 2), (a[0] as number) < (a[1] as number))],
  ['greaterorequals', (a) => (arity(a, 'greaterOrEquals', 2), (a[0] as number) >= (a[1] as number))],
  ['lessorequals', (a) => (arity(a, 'lessOrEquals', 2), (a[0] as number) <= (a[1] as number))],
  ['add', (a) => (arity(a, 'add', 2), needInt(a[0], 'add') + needInt(a[1], 'add'))],
  ['sub', (a) => (arity(a, 'sub', 2), needInt(a[0], 'sub') - needInt(a[1], 'sub'))],
  ['mul', (a) => (arity(a, 'mul', 2), needInt(a[0], 'mul') * needInt(a[1], 'mul'))],
  ['div', (a) => {
    arity(a, 'div', 2);
    const d = needInt(a[1], 'div');
    if (d === 0) throw new Unresolved('div() by zero');
    return Math.trunc(needInt(a[0], 'div') / d);
  }],
  ['mod', (a) => {
    arity(a, 'mod', 2);
    const d = needInt(a[1], 'mod');
    if (d === 0) throw new Unresolved('mod() by zero');
    return needInt(a[0], 'mod') % d;
  }],
  ['length', (a) => {
    arity(a, 'length', 1);
    const v = a[0];
    if (typeof v === 'string' || Array.isArray(v)) return v.length;
    if (v !== null && typeof v === 'object') return Object.keys(v).length;
    throw new Unresolved(`length() of a ${typeName(v)}`);
  }],
  ['empty', (a) => {
    const v = a[0];
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
  }],
  ['contains', (a) => {
    arity(a, 'contains', 2);
    const [c, x] = a;
    if (typeof c === 'string') return c.includes(toText(x));
    if (Array.isArray(c)) return c.some((y) => deepEqual(y, x));
    if (c !== null && typeof c === 'object') return Object.keys(c).some((k) => k.toLowerCase() === toText(x).toLowerCase());
    return false;
  }],
  ['first', (a) => (arity(a, 'first', 1), Array.isArray(a[0]) ? a[0][0] : needString(a[0], 'first').charAt(0))],
  ['last', (a) => (arity(a, 'last', 1), Array.isArray(a[0]) ? a[0][a[0].length - 1] : needString(a[0], 'last').slice(-1))],
  ['createarray', (a) => [...a]],
  ['array', (a) => (Array.isArray(a[0]) ? a[0] : [a[0]])],
  ['createobject', (a) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i + 1 < a.length; i += 2) out[needString(a[i], 'createObject')] = a[i + 1];
    return out;
  }],
  ['coalesce', (a) => a.find((x) => x !== null && x !== undefined) ?? null],
  ['range', (a) => {
    arity(a, 'range', 2);
    const start = needInt(a[0], 'range');
    const count = needInt(a[1], 'range');
    if (count < 0 || count > 10000) throw new Unresolved(`range() count ${count} is out of bounds`);
    return Array.from({ length: count }, (_, i) => start + i);
  }],
  ['union', (a) => {
    if (a.every(Array.isArray)) return [...new Set((a as unknown[][]).flat(1))];
    return Object.assign({}, ...a.filter((x) => x !== null && typeof x === 'object'));
  }],
  ['json', (a) => {
    try {
      return JSON.parse(needString(a[0], 'json')) as unknown;
    } catch {
      throw new Unresolved('json() got text that is not JSON');
    }
  }],
  ['cidrsubnet', (a) => {
    arity(a, 'cidrSubnet', 3);
    const index = needInt(a[2], 'cidrSubnet');
    const list = splitCidr(needString(a[0], 'cidrSubnet'), needInt(a[1], 'cidrSubnet'));
    const hit = list?.[index];
    if (hit === undefined) throw new Unresolved(`cidrSubnet(${toText(a[0])}, ${toText(a[1])}, ${index}) has no such subnet`);
    return hit;
  }],
  ['deployment', () => ({ name: 'deployment', properties: {} })],
  runtimeOnly('reference', "reads a deployed resource's runtime state, which a template import cannot know"),
  runtimeOnly('listKeys', 'reads secrets of a deployed resource'),
  runtimeOnly('list', 'reads a deployed resource'),
  runtimeOnly('pickZones', 'depends on the region and subscription at deployment time'),
  runtimeOnly('references', "reads deployed resources' runtime state, which a template import cannot know"),
  runtimeOnly('listAccountSas', 'reads secrets of a deployed resource'),
  runtimeOnly('listSecrets', 'reads secrets of a deployed resource'),
  runtimeOnly('providers', "reads the subscription's resource providers at deployment time"),
  // later entries replace earlier ones of the same name
  ...DATA_FUNCTIONS,
  ...MORE_FUNCTIONS,
]);
