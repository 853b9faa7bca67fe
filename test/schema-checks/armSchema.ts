/**
 * Validates an exported ARM template against Microsoft's published template schemas in
 * ../shared/schemas/arm (https://schema.management.azure.com/schemas/X maps to arm/schemas/X), and is
 * stricter than they are: the published schemas allow extra properties, so every property name of every
 * resource is also checked, recursively, against the resource type's schema definition as if
 * `additionalProperties` were false.
 *
 *   - The template skeleton (parameters, metadata, ...) is checked with ajv against deploymentTemplate.json /
 *     subscriptionDeploymentTemplate.json, with the giant `resource` union replaced by per-resource checks.
 *   - Each resource is checked with ajv against `<apiVersion>/<Provider>*.json#/<scope>resourceDefinitions/<x>`
 *     (files loaded lazily, only those referenced) plus the template's `resourceBase`.
 *   - Nested deployments' `properties.template` is checked the same way, recursively.
 *
 * The one allowance beyond the published schemas: `subscriptionId` and `resourceGroup` on a
 * Microsoft.Resources/deployments resource, which the template language defines (reference 5.8) but the
 * schemas omit.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { SCHEMAS_DIR } from './shared';

type Obj = Record<string, unknown>;
const PREFIX = 'https://schema.management.azure.com/schemas/';
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const files = new Map<string, Obj>();

/** Loads a schema file by URL, converting draft-04 `id` to `$id` for ajv 8. */
function loadFile(url: string): Obj {
  const key = url.replace(/#.*$/, '');
  const cached = files.get(key);
  if (cached) return cached;
  const local = path.join(SCHEMAS_DIR, 'arm', 'schemas', key.slice(PREFIX.length));
  if (!key.startsWith(PREFIX) || !existsSync(local)) throw new Error(`schema not available: ${key}`);
  const json = JSON.parse(readFileSync(local, 'utf8')) as Obj;
  delete json['$schema'];
  if (typeof json['id'] === 'string') {
    json['$id'] = (json['id']).replace(/#$/, '');
    delete json['id'];
  }
  fixAnyValueOneOf(json);
  files.set(key, json);
  return json;
}

/**
 * The generated schemas write "any value" as `oneOf: [{}, expression]`, which an expression string can
 * never satisfy (it matches both branches). Such a `oneOf` is read as the `anyOf` it means; nothing else
 * in the published schemas is changed.
 */
function fixAnyValueOneOf(node: unknown): void {
  if (Array.isArray(node)) node.forEach(fixAnyValueOneOf);
  else if (isObj(node)) {
    const one = node['oneOf'];
    if (Array.isArray(one) && one.some((m) => isObj(m) && Object.keys(m).length === 0)) {
      node['anyOf'] = one;
      delete node['oneOf'];
    }
    Object.values(node).forEach(fixAnyValueOneOf);
  }
}

function resolvePointer(doc: Obj, pointer: string): unknown {
  let node: unknown = doc;
  for (const part of pointer.split('/').filter((p) => p !== '')) {
    if (!isObj(node)) return undefined;
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

interface Located {
  node: Obj;
  file: string;
}

function deref(ref: string, file: string): Located | undefined {
  const [filePart, pointer = ''] = ref.split('#');
  const target = filePart ? filePart : file;
  const node = resolvePointer(loadFile(target), pointer);
  return isObj(node) ? { node, file: target } : undefined;
}

/** The schema itself and every allOf/oneOf/anyOf member, $refs followed. */
function branches(s: Located, seen = new Set<Obj>()): Located[] {
  if (seen.has(s.node)) return [];
  seen.add(s.node);
  const ref = s.node['$ref'];
  if (typeof ref === 'string') {
    const d = deref(ref, s.file);
    return d ? branches(d, seen) : [];
  }
  const out: Located[] = [s];
  for (const k of ['allOf', 'oneOf', 'anyOf']) {
    const list = s.node[k];
    if (Array.isArray(list)) for (const m of list) if (isObj(m)) out.push(...branches({ node: m, file: s.file }, seen));
  }
  return out;
}

const isExpression = (v: unknown): boolean => typeof v === 'string' && v.startsWith('[') && !v.startsWith('[[') && v.endsWith(']');

/** Unknown property names, recursively, as `path: name` strings. */
function strictWalk(value: unknown, schemas: Located[], where: string, errors: string[], extraKeys: string[] = [], skip = ''): void {
  if (isExpression(value) || where === skip) return;
  const all = schemas.flatMap((s) => branches(s));
  if (Array.isArray(value)) {
    const items = all.map((b) => b.node['items']).flatMap((it, i) => (isObj(it) ? [{ node: it, file: all[i]?.file ?? '' }] : []));
    if (items.length > 0) value.forEach((v, i) => strictWalk(v, items, `${where}[${i}]`, errors, [], skip));
    return;
  }
  if (!isObj(value)) return;
  const declared = new Map<string, Located[]>();
  const additional: Located[] = [];
  let freeForm = false;
  for (const b of all) {
    const props = b.node['properties'];
    if (isObj(props)) for (const [k, s] of Object.entries(props)) if (isObj(s)) declared.set(k, [...(declared.get(k) ?? []), { node: s, file: b.file }]);
    const ap = b.node['additionalProperties'];
    if (isObj(ap)) additional.push({ node: ap, file: b.file });
    if (b.node['type'] === 'object' && !isObj(props) && ap === undefined) freeForm = true;
  }
  if (declared.size === 0 && additional.length === 0 && (freeForm || all.length === 0)) return;
  for (const [k, v] of Object.entries(value)) {
    const sub = declared.get(k);
    if (sub) strictWalk(v, sub, `${where}.${k}`, errors, [], skip);
    else if (additional.length > 0) strictWalk(v, additional, `${where}.${k}`, errors, [], skip);
    else if (!extraKeys.includes(k)) errors.push(`${where}: unknown property "${k}"`);
  }
}

const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

function ensureAdded(url: string): void {
  const key = url.replace(/#.*$/, '');
  if (ajv.getSchema(key)) return;
  const doc = loadFile(key);
  ajv.addSchema(doc, key);
  // Lazily add every file this one references (and theirs).
  const refs = new Set<string>();
  const scan = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(scan);
    else if (isObj(n)) {
      for (const [k, v] of Object.entries(n)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('http')) refs.add(v.replace(/#.*$/, ''));
        else scan(v);
      }
    }
  };
  scan(doc);
  for (const r of refs) ensureAdded(r);
}

function validatorFor(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    ensureAdded(ref);
    v = ajv.compile({ $ref: ref });
    compiled.set(ref, v);
  }
  return v;
}

type TemplateScope = 'resourceGroup' | 'subscription';

function findDefinition(type: string, apiVersion: string, scope: TemplateScope): string | undefined {
  const dir = path.join(SCHEMAS_DIR, 'arm', 'schemas', apiVersion);
  if (!existsSync(dir)) return undefined;
  const provider = type.split('/')[0] ?? '';
  const sections = scope === 'subscription' ? ['subscription_resourceDefinitions', 'resourceDefinitions'] : ['resourceDefinitions'];
  for (const f of readdirSync(dir).filter((x) => x.startsWith(`${provider}.`)).sort()) {
    const url = `${PREFIX}${apiVersion}/${f}`;
    const doc = loadFile(url);
    for (const section of sections) {
      const defs = doc[section];
      if (!isObj(defs)) continue;
      for (const [name, def] of Object.entries(defs)) {
        const t = isObj(def) && isObj(def['properties']) ? (def['properties'] as Obj)['type'] : undefined;
        const en = isObj(t) ? t['enum'] : undefined;
        if (Array.isArray(en) && en.some((e) => typeof e === 'string' && e.toLowerCase() === type.toLowerCase())) return `${url}#/${section}/${name}`;
      }
    }
  }
  return undefined;
}

function templateSkeletonValidator(schemaUrl: string): ValidateFunction {
  const key = `skeleton:${schemaUrl}`;
  let v = compiled.get(key);
  if (!v) {
    const doc = structuredClone(loadFile(schemaUrl));
    const defs = doc['definitions'] as Obj;
    defs['resource'] = { type: 'object' };
    doc['$id'] = `${String(doc['$id'])}-skeleton`;
    ensureAdded(`${PREFIX}common/definitions.json`);
    v = ajv.compile(doc);
    compiled.set(key, v);
  }
  return v;
}

const fmt = (v: ValidateFunction): string => (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');

/** Every problem found in a template (empty = valid). */
export function validateArmTemplate(template: unknown, where = 'template'): string[] {
  const errors: string[] = [];
  if (!isObj(template)) return [`${where}: not an object`];
  const schemaUrl = String(template['$schema'] ?? '').replace(/#$/, '');
  const scope: TemplateScope = schemaUrl.endsWith('subscriptionDeploymentTemplate.json') ? 'subscription' : 'resourceGroup';
  const skeleton = templateSkeletonValidator(schemaUrl);
  if (!skeleton(template)) errors.push(`${where}: ${fmt(skeleton)}`);
  const base: Located = { node: { $ref: '#/definitions/resourceBase' }, file: schemaUrl };
  const resources = Array.isArray(template['resources']) ? template['resources'] : [];
  resources.forEach((r: unknown, i) => {
    const at = `${where}.resources[${i}]`;
    if (!isObj(r)) return void errors.push(`${at}: not an object`);
    const type = String(r['type']);
    const def = findDefinition(type, String(r['apiVersion']), scope);
    if (!def) return void errors.push(`${at}: no published schema for ${type}@${String(r['apiVersion'])}`);
    const v = validatorFor(def);
    if (!v(r)) errors.push(`${at} (${type}): ${fmt(v)}`);
    const isDeployment = type === 'Microsoft.Resources/deployments';
    const [file, pointer = ''] = def.split('#');
    const defNode = resolvePointer(loadFile(file ?? ''), pointer) as Obj;
    strictWalk(r, [{ node: defNode, file: file ?? '' }, base], at, errors, isDeployment ? ['subscriptionId', 'resourceGroup'] : [], `${at}.properties.template`);
    if (isDeployment && isObj(r['properties']) && isObj((r['properties'])['template'])) {
      errors.push(...validateArmTemplate((r['properties'])['template'], `${at}.properties.template`));
    }
  });
  return errors;
}
