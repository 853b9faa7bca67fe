/**
 * Walks a template's resources [reference 5.8]: copy loops, `condition`, child resources (nested in
 * `resources` or top-level with `name: 'vnet/child'`), and nested deployments
 * (`Microsoft.Resources/deployments` with an inline template, their own subscriptionId/resourceGroup,
 * and `expressionEvaluationOptions.scope` inner or outer). Resources the designer models come out in
 * REST shape with a full resource id, ready for the Azure resource importer.
 */
import { isObject, type JsonObject } from '../azure/access';
import { buildResourceId } from '../azure/resourceId';
import type { ArmScope } from './context';
import { TemplateContext } from './scope';
import type { ArmSink } from './sink';

const MODELLED = new Set([
  'microsoft.network/virtualnetworks',
  'microsoft.network/virtualnetworks/subnets',
  'microsoft.network/virtualnetworks/virtualnetworkpeerings',
  'microsoft.network/routetables',
  'microsoft.network/routetables/routes',
  'microsoft.network/virtualnetworkgateways',
  'microsoft.network/azurefirewalls',
  'microsoft.network/bastionhosts',
  'microsoft.network/virtualhubs',
  'microsoft.network/virtualhubs/ipconfigurations',
  'microsoft.network/networkinterfaces',
  'microsoft.network/localnetworkgateways',
  'microsoft.network/connections',
]);
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** nested deployments inside nested deployments: real templates stop at 2 or 3 */
const MAX_DEPLOYMENT_DEPTH = 10;

interface Parent {
  type: string;
  names: string[];
}

export interface Walk {
  ctx: TemplateContext;
  /** where resources land (differs from ctx.scope in an outer-scoped nested deployment) */
  deployScope: ArmScope;
  depth: number;
}

function resourceList(value: unknown, path: string): { res: unknown; path: string }[] {
  if (Array.isArray(value)) return value.map((res, i) => ({ res, path: `${path}[${i}]` }));
  // languageVersion 2.0 templates key resources by symbolic name
  if (isObject(value)) return Object.entries(value).map(([k, res]) => ({ res, path: `${path}.${k}` }));
  return [];
}

export function walkResources(w: Walk, list: unknown, path: string, parent: Parent | undefined, sink: ArmSink): void {
  for (const { res, path: p } of resourceList(list, path)) {
    if (!isObject(res)) {
      sink.skip('a resource that is not an object', p, 'a resource must be a JSON object');
      continue;
    }
    if (isObject(res['copy'])) {
      const copy = res['copy'];
      w.ctx.copyLoop(copy, `${p}.copy`, () => {
        walkOne(w, res, p, parent, sink);
        return undefined;
      });
    } else walkOne(w, res, p, parent, sink);
  }
}

function evalText(w: Walk, value: unknown, path: string, what: string, sink: ArmSink): string | undefined {
  const r = w.ctx.evaluateValue(value, path);
  if (r === undefined) return undefined;
  if (typeof r.value !== 'string') {
    sink.skip(what, path, `expected text, got ${JSON.stringify(r.value)?.slice(0, 60)}`);
    return undefined;
  }
  return r.value;
}

function walkOne(w: Walk, res: JsonObject, p: string, parent: Parent | undefined, sink: ArmSink): void {
  if ('condition' in res) {
    const c = w.ctx.evaluateValue(res['condition'], `${p}.condition`);
    if (c === undefined) return;
    if (c.value === false) {
      sink.note(`The resource at ${p} is not deployed (its condition is false).`);
      return;
    }
  }
  const rawType = evalText(w, res['type'], `${p}.type`, 'a resource type', sink);
  const rawName = evalText(w, res['name'], `${p}.name`, 'a resource name', sink);
  if (rawType === undefined || rawName === undefined) return;
  const shortType = !rawType.includes('/');
  const type = (parent && shortType ? `${parent.type}/${rawType}` : rawType).replace(/\/+$/, '');
  const depthOfType = type.split('/').length - 1;
  let names = rawName.split('/').filter((n) => n !== '');
  if (parent && names.length < depthOfType) names = [...parent.names, ...names].slice(-depthOfType);
  const lower = type.toLowerCase();
  if (res['existing'] === true) {
    // an `existing` VNet is the parent or peer of what the template adds: a placeholder (issue 13 item 1)
    if (lower === 'microsoft.network/virtualnetworks' && names.length === 1) {
      const at = existingScope(w, res, p, sink);
      sink.existingVnetIds.push(buildResourceId(at.subscriptionId, at.resourceGroup, type, names));
    } else sink.note(`The resource '${names.join('/')}' at ${p} is a reference to an existing resource: not imported.`);
    return;
  }
  if (lower === DEPLOYMENTS) {
    walkDeployment(w, res, p, sink);
    return;
  }
  if (!MODELLED.has(lower)) {
    sink.skip(`${type} '${names.join('/')}'`, p, 'this resource type is not part of a peering design');
    return;
  }
  if (names.length !== depthOfType) {
    sink.skip(`${type} '${rawName}'`, `${p}.name`, `a ${type} name needs ${depthOfType} segment(s) separated by '/'`);
    return;
  }
  const item: JsonObject = {
    id: buildResourceId(w.deployScope.subscriptionId, w.deployScope.resourceGroup, type, names),
    name: names[names.length - 1],
    type,
  };
  if ('location' in res) {
    const loc = evalText(w, res['location'], `${p}.location`, 'a location', sink);
    if (loc !== undefined) item['location'] = loc;
  }
  for (const key of ['properties', 'sku', 'tags'] as const) {
    if (!(key in res)) continue;
    const r = w.ctx.evaluateValue(res[key], `${p}.${key}`);
    if (r !== undefined) item[key] = r.value;
  }
  if (lower === 'microsoft.network/virtualnetworks') {
    const lost = lostAddressSpace(res, item);
    if (lost) sink.unknownAddressSpace.set(item, lost);
  }
  sink.items.push({ obj: item, where: p });
  if ('resources' in res) walkResources(w, res['resources'], `${p}.resources`, { type, names }, sink);
}

/** Where an `existing` resource lives: its own `subscriptionId` / `resourceGroup` (languageVersion 2.0 `scope`), else the deployment's. */
function existingScope(w: Walk, res: JsonObject, p: string, sink: ArmSink): { subscriptionId: string; resourceGroup: string } {
  const sub = 'subscriptionId' in res ? evalText(w, res['subscriptionId'], `${p}.subscriptionId`, 'a subscription id', sink) : undefined;
  const rg = 'resourceGroup' in res ? evalText(w, res['resourceGroup'], `${p}.resourceGroup`, 'a resource group', sink) : undefined;
  return { subscriptionId: sub ?? w.deployScope.subscriptionId, resourceGroup: rg ?? w.deployScope.resourceGroup };
}

/**
 * Whether evaluation lost part of a VNet's address space (a prefix from a parameter without a value):
 * the VNet is then kept as a placeholder whose space is unknown, never given a space the template does
 * not say (issue 13 item 3). Returns where the space was written.
 */
function lostAddressSpace(res: JsonObject, item: JsonObject): string | undefined {
  const rawProps = res['properties'];
  const raw = isObject(rawProps) ? rawProps['addressSpace'] : undefined;
  if (raw === undefined) return undefined;
  const props = item['properties'];
  const space = isObject(props) ? props['addressSpace'] : undefined;
  const rawList = isObject(raw) ? raw['addressPrefixes'] : undefined;
  const list = isObject(space) ? space['addressPrefixes'] : undefined;
  if (!Array.isArray(list)) return 'properties.addressSpace';
  if (Array.isArray(rawList) && rawList.length !== list.length) return 'properties.addressSpace.addressPrefixes';
  return undefined;
}

function walkDeployment(w: Walk, res: JsonObject, p: string, sink: ArmSink): void {
  const props = isObject(res['properties']) ? res['properties'] : {};
  if (w.depth >= MAX_DEPLOYMENT_DEPTH) {
    sink.skip('a nested deployment', p, `nested deeper than ${MAX_DEPLOYMENT_DEPTH} deployments`);
    return;
  }
  if (!isObject(props['template'])) {
    const why = 'templateLink' in props ? 'it links to an external template, which an import cannot fetch' : 'it has no inline template';
    sink.skip(`nested deployment '${typeof res['name'] === 'string' ? res['name'] : '?'}'`, `${p}.properties`, why);
    return;
  }
  const template = props['template'];
  const sub = 'subscriptionId' in res ? evalText(w, res['subscriptionId'], `${p}.subscriptionId`, 'a subscription id', sink) : undefined;
  const rg = 'resourceGroup' in res ? evalText(w, res['resourceGroup'], `${p}.resourceGroup`, 'a resource group', sink) : undefined;
  if (('subscriptionId' in res && sub === undefined) || ('resourceGroup' in res && rg === undefined)) {
    sink.skip('nested deployment', p, 'its target subscription or resource group cannot be evaluated');
    return;
  }
  const target: ArmScope = {
    ...w.deployScope,
    subscriptionId: sub ?? w.deployScope.subscriptionId,
    resourceGroup: rg ?? w.deployScope.resourceGroup,
  };
  const options = isObject(props['expressionEvaluationOptions']) ? props['expressionEvaluationOptions'] : {};
  const inner = typeof options['scope'] === 'string' && options['scope'].toLowerCase() === 'inner';
  const templatePath = `${p}.properties.template`;
  if (!inner) {
    // outer scope (the default): the parent's parameters, variables and resourceGroup() apply;
    // only the place the resources land changes
    walkResources({ ctx: w.ctx, deployScope: target, depth: w.depth + 1 }, template['resources'], `${templatePath}.resources`, undefined, sink);
    return;
  }
  const supplied = new Map<string, unknown>();
  const given = isObject(props['parameters']) ? props['parameters'] : {};
  for (const [name, entry] of Object.entries(given)) {
    if (!isObject(entry)) continue;
    if ('reference' in entry) {
      sink.skip(`parameter '${name}' of a nested deployment`, `${p}.properties.parameters.${name}`, 'it reads a Key Vault secret');
      continue;
    }
    // the values are evaluated in the parent's scope, as ARM does
    const r = w.ctx.evaluateValue(entry['value'], `${p}.properties.parameters.${name}.value`);
    if (r !== undefined) supplied.set(name, r.value);
  }
  const ctx = new TemplateContext(template, templatePath, target, supplied, sink, w.ctx.budget);
  walkResources({ ctx, deployScope: target, depth: w.depth + 1 }, template['resources'], `${templatePath}.resources`, undefined, sink);
}
