/**
 * ARM JSON export: one subscription-scope template (deploy with `az deployment sub create`) that creates
 * every resource group through a subscription-scope nested deployment and deploys each group's stages
 * through nested `Microsoft.Resources/deployments` carrying `subscriptionId` and `resourceGroup`
 * (reference 5.8). Nested templates use inner expression scope with explicit parameters; their
 * parameters repeat the outer default values so each nested template reads on its own.
 *
 * The template is written as text from shapes (jsonText.ts, armShapes.ts), laid out exactly as
 * `JSON.stringify(template, null, 2)` would; `armTemplateObject` reads it back.
 */
import type { Design } from '../model/schema';
import { ARM_RG_SCHEMA, ARM_SUB_SCHEMA, apiVersionsOf, type ApiVersions, type ExportOptions } from './apiVersions';
import { armExprString as q, armLiteral as lit } from './escape';
import { planFor, type DeployPlan, type PlannedGroup, type Stage } from './plan';
import { headerLines, MAX_TEMPLATE_RESOURCES, orderedStages, packUnits, partName, siteParamNames, siteParams, stageDeps, stageUnitSizes, syncCommandLines } from './stages';
import { ArmResourceWriter, type JsonObject } from './armResources';
import { chars, json, JsonWriter, obj, Shape, str, strs } from './jsonText';

const DEPLOYMENTS = 'Microsoft.Resources/deployments';

/**
 * The template around the resources (see `Shape`): the root, the deployment that creates a resource
 * group, and a deployment of one stage's resources (an inner-scope template in the resource group).
 * Depths: the root (0) > `resources` (1) > a deployment (2) > `properties` (3) > `template` (4) >
 * `resources` (5) > a resource (6).
 */
const ROOT = `{
  "$schema": "<subscriptionSchema>",
  "contentVersion": "1.0.0.0",
  "metadata": $,
  "parameters": $,
  "resources": $
}`;

const RESOURCE_GROUP_DEPLOYMENT = `{
  "type": "Microsoft.Resources/deployments",
  "apiVersion": "<resourcesApiVersion>",
  "name": "$",
  "subscriptionId": "[parameters('$')]",
  "location": "[parameters('$')]",
  "comments": "$",
  "properties": {
    "mode": "Incremental",
    "expressionEvaluationOptions": {
      "scope": "Inner"
    },
    "parameters": $,
    "template": {
      "$schema": "<subscriptionSchema>",
      "contentVersion": "1.0.0.0",
      "parameters": $,
      "resources": [
        {
          "type": "Microsoft.Resources/resourceGroups",
          "apiVersion": "<resourcesApiVersion>",
          "name": "$",
          "location": "[parameters('$')]",
          "comments": "$",
          "properties": {}
        }
      ]
    }
  }
}`;

const STAGE_DEPLOYMENT = `{
  "type": "Microsoft.Resources/deployments",
  "apiVersion": "<resourcesApiVersion>",
  "name": "$",
  "subscriptionId": "[parameters('$')]",
  "resourceGroup": "$",
  "comments": "$",
  "dependsOn": $,
  "properties": {
    "mode": "Incremental",
    "expressionEvaluationOptions": {
      "scope": "Inner"
    },
    "parameters": $,
    "template": {
      "$schema": "<resourceGroupSchema>",
      "contentVersion": "1.0.0.0",
      "parameters": $,
      "resources": $
    }
  }
}`;

const DEPLOYMENT_DEPTH = 2;
const RESOURCE_DEPTH = DEPLOYMENT_DEPTH + 4;

/** The parameters a stage's resources use, from the plan (no scan of the generated resources). */
function stageParams(g: PlannedGroup, stage: Stage | 'resourceGroup'): Set<string> {
  const used = new Set<string>();
  if (stage === 'resourceGroup') used.add(g.location.param);
  else if (stage === 'routing') for (const rt of g.routeTables) used.add(rt.location.param);
  else if (stage === 'network') {
    for (const n of g.nsgs) used.add(n.location.param);
    for (const v of g.vnets) {
      used.add(v.location.param);
      for (const p of siteParamNames(v)) used.add(p);
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
  for (const p of siteParams(plan).values()) {
    // a shared key is a securestring: never logged in the deployment history, no default
    const def: JsonObject = { type: p.secure ? 'securestring' : 'string' };
    if (p.defaultValue !== undefined) def['defaultValue'] = lit(p.defaultValue);
    def['metadata'] = { description: lit(p.description) };
    defs.set(p.name, def);
  }
  return defs;
}

/** The parameter definitions as nested templates repeat them (text made once per parameter). */
class NestedParams {
  private readonly texts = new Map<string, string>();

  constructor(private readonly defs: Map<string, JsonObject>) {}

  /**
   * The `parameters` a nested template declares (those in `used`, sorted) and the `parameters` its
   * deployment passes (the outer values), as the holes of a deployment shape take them.
   */
  of(used: Set<string>): { passed: string; declared: string } {
    const d = DEPLOYMENT_DEPTH;
    const passed: string[] = [];
    const declared: string[] = [];
    for (const name of [...used].sort()) {
      const def = this.defs.get(name);
      if (def === undefined) continue;
      let text = this.texts.get(name);
      if (text === undefined) this.texts.set(name, (text = json(d + 4, def)));
      declared.push(str(name) + ': ' + text);
      passed.push(str(name) + ': ' + obj(d + 3, ['"value": ' + str(`[parameters('${name}')]`)]));
    }
    return { passed: obj(d + 2, passed), declared: obj(d + 3, declared) };
  }
}

const rgDeploymentName = (g: PlannedGroup): string => g.deployments.network.replace(/^network-/, 'rg-');
const rgDeploymentId = (g: PlannedGroup): string => `[subscriptionResourceId(parameters('${g.sub.param}'), '${DEPLOYMENTS}', ${q(rgDeploymentName(g))})]`;
const stageDeploymentId = (g: PlannedGroup, name: string): string => `[resourceId(parameters('${g.sub.param}'), ${q(g.resourceGroup)}, '${DEPLOYMENTS}', ${q(name)})]`;

export { MAX_TEMPLATE_RESOURCES } from './stages';

/** The template's `metadata`: the header lines and, when VNets were resized, the peering syncs to run. */
function metadataOf(plan: DeployPlan): JsonObject {
  const description = headerLines(plan, 'ARM template').map(lit);
  // where the file name is known (the registry's azuredeploy.json), as the Bicep header says it
  description.splice(2, 0, 'Deploy: az deployment sub create --location <region> --template-file azuredeploy.json');
  const metadata: JsonObject = { description };
  if (plan.syncs.length > 0) metadata['syncSteps'] = syncCommandLines(plan).map(lit);
  return metadata;
}

const STAGE_TEXT: Record<Stage, string> = {
  routing: 'route tables',
  network: 'NSGs, VNet, subnets, gateways, firewalls, Route Servers, Bastions',
  peering: 'peering links',
  remoteGateways: 'peering links that use the remote gateway (after the hub gateway and its transit link)',
};

/** Writes the deployments: one per resource group, then each stage's, a stage at a time. */
function writeDeployments(w: JsonWriter, api: ApiVersions, plan: DeployPlan, params: NestedParams, item: () => void): void {
  const constants = { resourcesApiVersion: chars(api.resources), subscriptionSchema: chars(ARM_SUB_SCHEMA), resourceGroupSchema: chars(ARM_RG_SCHEMA) };
  const rgShape = new Shape(RESOURCE_GROUP_DEPLOYMENT, DEPLOYMENT_DEPTH, constants);
  const stageShape = new Shape(STAGE_DEPLOYMENT, DEPLOYMENT_DEPTH, constants);
  for (const g of plan.groups) {
    const { passed, declared } = params.of(stageParams(g, 'resourceGroup'));
    const location = chars(g.location.param);
    const comment = lit(`Creates resource group ${g.resourceGroup} in subscription ${g.sub.name || g.sub.id}`);
    item();
    rgShape.write(w, [chars(rgDeploymentName(g)), chars(g.sub.param), location, chars(comment), passed, declared, chars(lit(g.resourceGroup)), location, chars(lit(`Resource group ${g.resourceGroup}`))]);
  }
  const writer = new ArmResourceWriter(api, RESOURCE_DEPTH);
  // Deployment names of each (group, stage): one, or several when the stage is split (see packUnits).
  const names = new Map<string, string[]>();
  for (const { group: g, stage } of orderedStages(plan)) {
    const sizes = stageUnitSizes(g, stage);
    const starts = packUnits(sizes, MAX_TEMPLATE_RESOURCES);
    const own = starts.map((_, i) => partName(g.deployments[stage], i));
    names.set(`${g.key}|${stage}`, own);
    const deps = [rgDeploymentId(g)];
    for (const d of stageDeps(plan, g, stage)) {
      for (const n of names.get(`${d.group.key}|${d.stage}`) ?? [d.group.deployments[d.stage]]) deps.push(stageDeploymentId(d.group, n));
    }
    const { passed, declared } = params.of(stageParams(g, stage));
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i] as number;
      const to = starts[i + 1] ?? sizes.length;
      let expected = 0;
      for (let u = from; u < to; u++) expected += sizes[u] as number;
      const previous = own[i - 1];
      const comment = lit(`${g.resourceGroup}: ${STAGE_TEXT[stage]}${starts.length > 1 ? ` (part ${i + 1} of ${starts.length})` : ''}`);
      const dependsOn = strs(DEPLOYMENT_DEPTH + 1, previous === undefined ? deps : [...deps, stageDeploymentId(g, previous)]);
      const resources = (w: JsonWriter): void => {
        const written = writer.writeUnits(w, g, stage, from, to);
        // the parts were cut by counting: a miscount could put more than 800 resources in one template
        if (written !== expected) throw new Error(`ARM export: ${g.deployments[stage]} part ${i + 1} has ${written} resources, counted ${expected}`);
      };
      item();
      stageShape.write(w, [chars(own[i] ?? g.deployments[stage]), chars(g.sub.param), chars(lit(g.resourceGroup)), chars(comment), dependsOn, passed, declared], resources);
    }
  }
}

/** The ARM template as text (2-space JSON as `JSON.stringify(template, null, 2)` writes it, LF, trailing newline). */
export function toArmTemplate(design: Design, options?: ExportOptions): string {
  const api = apiVersionsOf(options);
  const plan = planFor(design, options?.findings);
  const defs = parameterDefs(plan);
  const parameters: JsonObject = {};
  for (const [k, v] of [...defs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) parameters[k] = v;
  const params = new NestedParams(defs);
  const w = new JsonWriter();
  const root = new Shape(ROOT, 0, { subscriptionSchema: chars(ARM_SUB_SCHEMA) });
  root.write(w, [json(1, metadataOf(plan)), json(1, parameters), () => w.list(1, (item) => writeDeployments(w, api, plan, params, item))]);
  w.add('\n');
  return w.text();
}

/** The ARM template as data: its text read back (what Azure receives). */
export function armTemplateObject(design: Design, options?: ExportOptions): JsonObject {
  return JSON.parse(toArmTemplate(design, options)) as JsonObject;
}
