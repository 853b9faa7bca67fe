/**
 * Reading Azure resource JSON whatever its shape [reference 10.4 item 1]: REST / Resource Graph nest the
 * facts under `properties`, `az ... -o json` flattens them to the top level, PowerShell uses PascalCase.
 * `field(obj, 'addressSpace')` looks at the top level first, then inside `properties`, matching keys
 * case-insensitively, so one importer reads all three. Lookups are by whole name, so PowerShell's
 * `*Text` helper properties (`SubnetsText`: the same data again as a JSON string) are never read.
 */
export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The own key of `obj` equal to `name` ignoring case, spelled as in the input. */
function keyOf(obj: JsonObject, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return name;
  const lower = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return k;
  return undefined;
}

/** Own key of `obj` equal to `name` ignoring case. */
function ownKey(obj: JsonObject, name: string): unknown {
  const key = keyOf(obj, name);
  return key === undefined ? undefined : obj[key];
}

/** A property of a resource: top level, else under `properties` (REST shape). */
export function field(obj: unknown, name: string): unknown {
  if (!isObject(obj)) return undefined;
  const top = ownKey(obj, name);
  if (top !== undefined && top !== null) return top;
  const props = ownKey(obj, 'properties');
  return isObject(props) ? ownKey(props, name) ?? undefined : undefined;
}

/**
 * Where `field(obj, name)` found its value, as a path suffix spelled as in the input: `.subnets`,
 * `.properties.subnets`, or `.Subnets` in PowerShell output.
 */
export function fieldWhere(obj: unknown, name: string): string {
  if (!isObject(obj)) return `.${name}`;
  const key = keyOf(obj, name);
  if (key !== undefined && obj[key] !== undefined && obj[key] !== null) return `.${key}`;
  const propsKey = keyOf(obj, 'properties');
  const props = propsKey === undefined ? undefined : obj[propsKey];
  const inner = isObject(props) ? keyOf(props, name) : undefined;
  if (propsKey !== undefined && inner !== undefined) return `.${propsKey}.${inner}`;
  return `.${key ?? name}`;
}

export function str(obj: unknown, name: string): string | undefined {
  const v = field(obj, name);
  return typeof v === 'string' ? v : undefined;
}

export function bool(obj: unknown, name: string): boolean | undefined {
  const v = field(obj, name);
  if (typeof v === 'boolean') return v;
  // PowerShell and some exports write booleans as text
  if (v === 'true' || v === 'True') return true;
  if (v === 'false' || v === 'False') return false;
  return undefined;
}

export function arr(obj: unknown, name: string): unknown[] {
  const v = field(obj, name);
  return Array.isArray(v) ? v : [];
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** `{ id }` sub-resource reference (`remoteVirtualNetwork`, `routeTable`, `subnet`) -> the id. */
export function refId(obj: unknown, name: string): string | undefined {
  return str(field(obj, name), 'id');
}

/** `addressSpace.addressPrefixes` style: an object holding a prefix list. */
export function prefixList(obj: unknown, name: string): string[] | undefined {
  const space = field(obj, name);
  if (!isObject(space)) return undefined;
  return strings(field(space, 'addressPrefixes'));
}

/** Subnet prefixes: union of `addressPrefix` (string, or a list in PowerShell) and `addressPrefixes` [10.4 item 2]. */
export function subnetPrefixes(subnet: unknown): string[] {
  const out: string[] = [];
  const single = field(subnet, 'addressPrefix');
  if (typeof single === 'string') out.push(single);
  else out.push(...strings(single));
  for (const p of strings(field(subnet, 'addressPrefixes'))) if (!out.includes(p)) out.push(p);
  return out;
}
