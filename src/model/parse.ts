/**
 * The one load path: files, share links, autosave, the CLI and the importers all end in `parseDesign`.
 * It never throws and never casts: unknown input is checked against the schema, migrated by version,
 * and checked for references that would make the design meaningless (a link to a VNet that is not there).
 */
import { DESIGN_VERSION, DesignSchema, type Design } from './schema';
import { fail, ok, type Result } from './result';

export interface SchemaError {
  /** JSON path of the offending value, e.g. `vnets[2].addressPrefixes[0]` ('' for the whole document) */
  path: string;
  message: string;
}

/** Files larger than this are refused before parsing (a design of 20,000 VNets is ~15 MB). */
export const MAX_DESIGN_TEXT_LENGTH = 40 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Inside `tags`, `constructor` and `prototype` are Azure data (a tag may be named so, issue 13); only `__proto__` is refused. */
const FORBIDDEN_TAG_KEYS = new Set(['__proto__']);

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** Rejects prototype-polluting keys and absurd nesting before any other code looks at the data. */
function checkShape(value: unknown): SchemaError | undefined {
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const { v, path } = top;
    if (v === null || typeof v !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      return { path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` };
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    } else {
      const forbidden = path[path.length - 1] === 'tags' ? FORBIDDEN_TAG_KEYS : FORBIDDEN_KEYS;
      for (const key of Object.keys(v)) {
        if (forbidden.has(key)) {
          return { path: formatPath([...path, key]), message: `the key "${key}" is not allowed` };
        }
        stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

/** Upgrades older design files to the current version. Version 1 is the first released format. */
export function migrate(raw: Record<string, unknown>): Result<Record<string, unknown>, SchemaError> {
  const version = raw['version'];
  if (version === undefined) {
    return fail({ path: 'version', message: 'missing "version": this is not a VNet Peering Designer design file' });
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail({ path: 'version', message: `"version" must be a whole number, got ${JSON.stringify(version)}` });
  }
  if (version > DESIGN_VERSION) {
    return fail({
      path: 'version',
      message: `design version ${version} is newer than this app understands (${DESIGN_VERSION}); update the app`,
    });
  }
  if (version < 1) return fail({ path: 'version', message: `unknown design version ${version}` });
  // Future migrations chain here: if (version === 1) raw = v1ToV2(raw) ...
  return ok(raw);
}

function checkReferences(design: Design): SchemaError[] {
  const errors: SchemaError[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const prev = seen.get(id);
    if (prev !== undefined) errors.push({ path, message: `id "${id}" is already used at ${prev}` });
    else seen.set(id, path);
  };
  design.vnets.forEach((v, i) => claim(v.id, `vnets[${i}].id`));
  design.onPremises.forEach((o, i) => claim(o.id, `onPremises[${i}].id`));
  design.routeTables.forEach((r, i) => claim(r.id, `routeTables[${i}].id`));
  design.peerings.forEach((p, i) => claim(p.id, `peerings[${i}].id`));
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  const endpointIds = new Set([...vnetIds, ...design.onPremises.map((o) => o.id)]);
  const routeTableIds = new Set(design.routeTables.map((r) => r.id));
  const gatewayIds = new Set(design.vnets.flatMap((v) => v.gateways.map((g) => g.id)));
  const subIds = new Set(design.subscriptions.map((s) => s.id));
  design.vnets.forEach((v, i) => {
    if (design.subscriptions.length > 0 && !subIds.has(v.subscriptionId)) {
      errors.push({ path: `vnets[${i}].subscriptionId`, message: `unknown subscription "${v.subscriptionId}"` });
    }
    v.subnets.forEach((s, j) => {
      if (s.routeTableId !== undefined && !routeTableIds.has(s.routeTableId)) {
        errors.push({ path: `vnets[${i}].subnets[${j}].routeTableId`, message: `unknown route table "${s.routeTableId}"` });
      }
    });
  });
  design.peerings.forEach((p, i) => {
    if (!vnetIds.has(p.from)) errors.push({ path: `peerings[${i}].from`, message: `unknown VNet "${p.from}"` });
    if (!vnetIds.has(p.to)) errors.push({ path: `peerings[${i}].to`, message: `unknown VNet "${p.to}"` });
  });
  design.intents.forEach((t, i) => {
    if (!endpointIds.has(t.from)) errors.push({ path: `intents[${i}].from`, message: `unknown VNet or on-premises network "${t.from}"` });
    if (!endpointIds.has(t.to)) errors.push({ path: `intents[${i}].to`, message: `unknown VNet or on-premises network "${t.to}"` });
  });
  design.onPremises.forEach((o, i) => {
    if (o.gatewayId !== undefined && !gatewayIds.has(o.gatewayId)) {
      errors.push({ path: `onPremises[${i}].gatewayId`, message: `unknown gateway "${o.gatewayId}"` });
    }
  });
  return errors;
}

/** Checks and normalises an already-decoded value into a Design. */
export function parseDesign(input: unknown): Result<Design, SchemaError> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail({ path: '', message: 'a design must be a JSON object' });
  }
  const shapeError = checkShape(input);
  if (shapeError) return fail(shapeError);
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = DesignSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const refErrors = checkReferences(parsed.data);
  if (refErrors.length > 0) return { ok: false, errors: refErrors.slice(0, 20) };
  return ok(parsed.data);
}

/** JSON text -> value, with a size cap and a one-line message instead of an exception. */
export function parseJsonText(text: string): Result<unknown, SchemaError> {
  if (text.length > MAX_DESIGN_TEXT_LENGTH) {
    return fail({
      path: '',
      message: `the input is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB`,
    });
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail({ path: '', message: `not valid JSON: ${reason}` });
  }
}

/** JSON text -> Design through the one load path. */
export function parseDesignText(text: string): Result<Design, SchemaError> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseDesign(json.value);
}

export function formatSchemaErrors(errors: readonly SchemaError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}
