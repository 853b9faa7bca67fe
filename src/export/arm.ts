/**
 * ARM JSON export: one subscription-scope template (deploy with `az deployment sub create`) that creates
 * every resource group through a subscription-scope nested deployment and deploys each group's stages
 * through nested `Microsoft.Resources/deployments` carrying `subscriptionId` and `resourceGroup`
 * (reference 5.8). Nested templates use inner expression scope with explicit parameters; their
 * parameters repeat the outer default values so each nested template reads on its own.
 */
import type { Design } from '../model/schema';
import { ARM_RG_SCHEMA, ARM_SUB_SCHEMA, apiVersionsOf, type ApiVersions, type ExportOptions } from './apiVersions';
import { armExprString as q, armLiteral as lit } from './escape';
import { planFor, type DeployPlan, type PlannedGroup, type Stage } from './plan';
import { headerLines, orderedStages, stageDeps } from './stages';
import { stageUnits, type ArmUnit, type JsonObject } from './armResources';

const DEPLOYMENTS = 'Microsoft.Resources/deployments';

/** The parameters a stage's resources use, from the plan (no scan of the generated objects). */
function stageParams(g: PlannedGroup, stage: Stage | 'resourceGroup'): Set<string> {
  const used = new Set<string>();
  if (stage === 'resourceGroup') used.add(g.location.param);
  else if (stage === 'routing') for (const rt of g.routeTables) used.add(rt.location.param);
  else if (stage === 'network') {
    for (const n of g.nsgs) used.add(n.location.param);
    for (const v of g.vnets) {
      used.add(v.location.param);
      for (const sn of v.subnets) if (sn.routeTable) used.add(sn.routeTable.scope.sub.param);
    }
  } else for (const l of stage === 'peering' ? g.links : g.remoteGatewayLinks) used.add(l.remote.sub.param);
  return used;
}

function parameterDefs(plan: DeployPlan): Map<string, JsonObject> {
  const defs = new Map<string, JsonObject>();
  for (const s of plan.subscriptions) {
    defs.set(s.param, {
      type: 'string',
      defaultValue: lit(s.id),
      metadata: { description: lit(`Subscription id${s.name ? ` of ${s.name}` : ''}`) },
    });
  }
  for (const l of plan.locations) {
    const def: JsonObject = { type: 'string' };
    if (l.value !== '') def['defaultValue'] = lit(l.value);
    def['metadata'] = { description: l.value === '' ? 'Azure region (not set in the design)' : lit(`Azure region ${l.value}`) };
    defs.set(l.param, def);
  }
  return defs;
}

function nestedTemplate(schema: string, resources: JsonObject[], defs: Map<string, JsonObject>, used: Set<string>): { template: JsonObject; passed: JsonObject } {
  const params: JsonObject = {};
  const passed: JsonObject = {};
  for (const name of [...used].sort()) {
    const def = defs.get(name);
    if (!def) continue;
    params[name] = def;
    passed[name] = { value: `[parameters('${name}')]` };
  }
  return { template: { $schema: schema, contentVersion: '1.0.0.0', parameters: params, resources }, passed };
}

const rgDeploymentName = (g: PlannedGroup): string => g.deployments.network.replace(/^network-/, 'rg-');
const rgDeploymentId = (g: PlannedGroup): string => `[subscriptionResourceId(parameters('${g.sub.param}'), '${DEPLOYMENTS}', ${q(rgDeploymentName(g))})]`;
const stageDeploymentId = (g: PlannedGroup, name: string): string => `[resourceId(parameters('${g.sub.param}'), ${q(g.resourceGroup)}, '${DEPLOYMENTS}', ${q(name)})]`;

/**
 * ARM accepts at most 800 resources per template (reference 5.8, "Template limits"); a bigger stage is
 * deployed as several nested deployments, each waiting for the one before.
 */
export const MAX_TEMPLATE_RESOURCES = 800;

/** Part 1 keeps the stage's name; later parts add `-2`, `-3`, ... (names stay within 64 characters). */
const partName = (name: string, i: number): string => (i === 0 ? name : `${name}-${i + 1}`);

/**
 * Packs units (a VNet with its children stays whole) into templates of at most `max` resources, in
 * order. A `dependsOn` may only name resources of its own template, so an entry naming a unit of an
 * earlier part (an NSG, the previous link) is dropped: the part's deployment waits for the earlier
 * part as a whole instead.
 */
export function splitUnits(units: readonly ArmUnit[], max: number): JsonObject[][] {
  const parts: ArmUnit[][] = [];
  let count = 0;
  for (const u of units) {
    // (a unit bigger than `max` gets a part of its own: it cannot be split)
    if (parts.length === 0 || (count > 0 && count + u.resources.length > max)) {
      parts.push([]);
      count = 0;
    }
    parts.at(-1)?.push(u);
    count += u.resources.length;
  }
  if (parts.length <= 1) return [units.flatMap((u) => u.resources)];
  const partOf = new Map<string, number>();
  parts.forEach((p, i) => p.forEach((u) => u.id !== undefined && partOf.set(u.id, i)));
  return parts.map((p, i) =>
    p.flatMap((u) =>
      u.resources.map((r) => {
        const deps = r['dependsOn'];
        if (!Array.isArray(deps)) return r;
        const kept = deps.filter((d) => typeof d !== 'string' || (partOf.get(d) ?? i) === i);
        if (kept.length === deps.length) return r;
        const copy: JsonObject = { ...r };
        if (kept.length > 0) copy['dependsOn'] = kept;
        else delete copy['dependsOn'];
        return copy;
      }),
    ),
  );
}

function resourceGroupDeployment(api: ApiVersions, g: PlannedGroup, defs: Map<string, JsonObject>): JsonObject {
  const rg: JsonObject = {
    type: 'Microsoft.Resources/resourceGroups',
    apiVersion: api.resources,
    name: lit(g.resourceGroup),
    location: `[parameters('${g.location.param}')]`,
    comments: lit(`Resource group ${g.resourceGroup}`),
    properties: {},
  };
  const { template, passed } = nestedTemplate(ARM_SUB_SCHEMA, [rg], defs, stageParams(g, 'resourceGroup'));
  return {
    type: DEPLOYMENTS,
    apiVersion: api.resources,
    name: rgDeploymentName(g),
    subscriptionId: `[parameters('${g.sub.param}')]`,
    location: `[parameters('${g.location.param}')]`,
    comments: lit(`Creates resource group ${g.resourceGroup} in subscription ${g.sub.name || g.sub.id}`),
    properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'Inner' }, parameters: passed, template },
  };
}

const STAGE_TEXT: Record<Stage, string> = {
  routing: 'route tables',
  network: 'NSGs, VNet, subnets, gateways, firewalls, Route Servers, Bastions',
  peering: 'peering links',
  remoteGateways: 'peering links that use the remote gateway (after the hub gateway and its transit link)',
};

export function armTemplateObject(design: Design, options?: ExportOptions): JsonObject {
  const api = apiVersionsOf(options);
  const plan = planFor(design, options?.findings);
  const defs = parameterDefs(plan);
  const resources: JsonObject[] = plan.groups.map((g) => resourceGroupDeployment(api, g, defs));
  // Deployment names of each (group, stage): one, or several when the stage is split (see splitUnits).
  const names = new Map<string, string[]>();
  for (const { group: g, stage } of orderedStages(plan)) {
    const parts = splitUnits(stageUnits(api, g, stage), MAX_TEMPLATE_RESOURCES);
    const own = parts.map((_, i) => partName(g.deployments[stage], i));
    names.set(`${g.key}|${stage}`, own);
    const deps = [rgDeploymentId(g)];
    for (const d of stageDeps(plan, g, stage)) {
      for (const n of names.get(`${d.group.key}|${d.stage}`) ?? [d.group.deployments[d.stage]]) deps.push(stageDeploymentId(d.group, n));
    }
    parts.forEach((part, i) => {
      const { template, passed } = nestedTemplate(ARM_RG_SCHEMA, part, defs, stageParams(g, stage));
      const previous = own[i - 1];
      resources.push({
        type: DEPLOYMENTS,
        apiVersion: api.resources,
        name: own[i] ?? g.deployments[stage],
        subscriptionId: `[parameters('${g.sub.param}')]`,
        resourceGroup: lit(g.resourceGroup),
        comments: lit(`${g.resourceGroup}: ${STAGE_TEXT[stage]}${parts.length > 1 ? ` (part ${i + 1} of ${parts.length})` : ''}`),
        dependsOn: previous === undefined ? deps : [...deps, stageDeploymentId(g, previous)],
        properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'Inner' }, parameters: passed, template },
      });
    });
  }
  const parameters: JsonObject = {};
  for (const [k, v] of [...defs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) parameters[k] = v;
  const metadata: JsonObject = { description: headerLines(plan, 'ARM template').map(lit) };
  if (plan.syncs.length > 0) {
    metadata['syncSteps'] = plan.syncs.map((s) =>
      lit(`${s.resized} was resized: after deploying, sync link ${s.link.name} of ${s.link.local.name} (resource group ${s.link.local.resourceGroup}): az network vnet peering sync`),
    );
  }
  return { $schema: ARM_SUB_SCHEMA, contentVersion: '1.0.0.0', metadata, parameters, resources };
}

/** The ARM template as text (2-space JSON, LF, trailing newline). */
export function toArmTemplate(design: Design, options?: ExportOptions): string {
  return `${JSON.stringify(armTemplateObject(design, options), null, 2)}\n`;
}
