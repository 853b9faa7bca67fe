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
import { stageResources, type JsonObject } from './armResources';

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
const stageDeploymentId = (g: PlannedGroup, s: Stage): string =>
  `[resourceId(parameters('${g.sub.param}'), ${q(g.resourceGroup)}, '${DEPLOYMENTS}', ${q(g.deployments[s])})]`;

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
  for (const { group: g, stage } of orderedStages(plan)) {
    const { template, passed } = nestedTemplate(ARM_RG_SCHEMA, stageResources(api, g, stage), defs, stageParams(g, stage));
    const dependsOn = [rgDeploymentId(g), ...stageDeps(plan, g, stage).map((d) => stageDeploymentId(d.group, d.stage))];
    resources.push({
      type: DEPLOYMENTS,
      apiVersion: api.resources,
      name: g.deployments[stage],
      subscriptionId: `[parameters('${g.sub.param}')]`,
      resourceGroup: lit(g.resourceGroup),
      comments: lit(`${g.resourceGroup}: ${STAGE_TEXT[stage]}`),
      dependsOn,
      properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'Inner' }, parameters: passed, template },
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
