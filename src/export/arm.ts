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
import { headerLines, MAX_TEMPLATE_PARAMETERS, MAX_TEMPLATE_RESOURCES, orderedStages, packRoots, packUnits, partName, ROOT_BYTES_BUDGET, rootDeployLines, rootFileName, siteParams, stageDeps, stageUnitParams, stageUnitSizes, syncCommandLines, utf8Bytes, type RootItem } from './stages';
import type { MultiFileExport } from './types';
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

/** The parameters the deployment creating a resource group uses. */
const rgParams = (g: PlannedGroup): Set<string> => new Set([g.location.param]);

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

/**
 * The `metadata` of root `i` of `files`: the header lines and, when VNets were resized, the peering syncs
 * to run (in the last root). `files` empty: the single root, for measuring.
 */
function metadataOf(plan: DeployPlan, files: readonly string[], i: number): JsonObject {
  const description = headerLines(plan, 'ARM template').map(lit);
  // where the file name is known (the registry's azuredeploy.json), as the Bicep header says it
  const split = rootDeployLines(files, i);
  description.splice(2, 0, ...(split.length > 0 ? split : ['Deploy: az deployment sub create --location <region> --template-file azuredeploy.json']));
  const metadata: JsonObject = { description };
  if (plan.syncs.length > 0 && i === Math.max(files.length - 1, 0)) metadata['syncSteps'] = syncCommandLines(plan).map(lit);
  return metadata;
}

const STAGE_TEXT: Record<Stage, string> = {
  routing: 'route tables',
  network: 'NSGs, VNet, subnets, gateways, firewalls, Route Servers, Bastions',
  peering: 'peering links',
  remoteGateways: 'peering links that use the remote gateway (after the hub gateway and its transit link)',
};

/** One deployment of the root, rendered: `head` + its `dependsOn` (filtered to its own root) + `tail`. */
interface RootDeployment extends RootItem {
  /** group key and deployment name */
  key: string;
  head: string;
  tail: string;
  /** what it waits for: key and id of each */
  deps: { key: string; id: string }[];
}

/** Where a deployment's `dependsOn` goes while it is rendered once: the text is cut there. */
const DEPS_MARK = '\u0000dependsOn\u0000';

/** Renders one item with `write`, cut at DEPS_MARK. */
function render(write: (w: JsonWriter) => void): { head: string; tail: string } {
  const w = new JsonWriter();
  write(w);
  const text = w.text();
  const at = text.indexOf(DEPS_MARK);
  return at < 0 ? { head: text, tail: '' } : { head: text.slice(0, at), tail: text.slice(at + DEPS_MARK.length) };
}

/** The deployments of the root: one per resource group, then each stage's, a stage at a time (deployment order). */
function rootDeployments(api: ApiVersions, plan: DeployPlan, params: NestedParams): RootDeployment[] {
  const constants = { resourcesApiVersion: chars(api.resources), subscriptionSchema: chars(ARM_SUB_SCHEMA), resourceGroupSchema: chars(ARM_RG_SCHEMA) };
  const rgShape = new Shape(RESOURCE_GROUP_DEPLOYMENT, DEPLOYMENT_DEPTH, constants);
  const stageShape = new Shape(STAGE_DEPLOYMENT, DEPLOYMENT_DEPTH, constants);
  const out: RootDeployment[] = [];
  for (const g of plan.groups) {
    const used = rgParams(g);
    const { passed, declared } = params.of(used);
    const location = chars(g.location.param);
    const comment = lit(`Creates resource group ${g.resourceGroup} in subscription ${g.sub.name || g.sub.id}`);
    const text = render((w) => rgShape.write(w, [chars(rgDeploymentName(g)), chars(g.sub.param), location, chars(comment), passed, declared, chars(lit(g.resourceGroup)), location, chars(lit(`Resource group ${g.resourceGroup}`))]));
    out.push({ key: `${g.key}|${rgDeploymentName(g)}`, ...text, deps: [], params: [g.sub.param, ...used], bytes: utf8Bytes(text.head) });
  }
  const writer = new ArmResourceWriter(api, RESOURCE_DEPTH);
  // Deployment names of each (group, stage): one, or several when the stage is split (see packUnits).
  const names = new Map<string, string[]>();
  for (const { group: g, stage } of orderedStages(plan)) {
    const sizes = stageUnitSizes(g, stage);
    const unitParams = stageUnitParams(g, stage);
    const starts = packUnits(sizes, MAX_TEMPLATE_RESOURCES, unitParams);
    const own = starts.map((_, i) => partName(g.deployments[stage], i));
    names.set(`${g.key}|${stage}`, own);
    const deps = [{ key: `${g.key}|${rgDeploymentName(g)}`, id: rgDeploymentId(g) }];
    for (const d of stageDeps(plan, g, stage)) {
      for (const n of names.get(`${d.group.key}|${d.stage}`) ?? [d.group.deployments[d.stage]]) deps.push({ key: `${d.group.key}|${n}`, id: stageDeploymentId(d.group, n) });
    }
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i] as number;
      const to = starts[i + 1] ?? sizes.length;
      const used = new Set(unitParams.slice(from, to).flat());
      const { passed, declared } = params.of(used);
      let expected = 0;
      for (let u = from; u < to; u++) expected += sizes[u] as number;
      const previous = own[i - 1];
      const comment = lit(`${g.resourceGroup}: ${STAGE_TEXT[stage]}${starts.length > 1 ? ` (part ${i + 1} of ${starts.length})` : ''}`);
      const resources = (w: JsonWriter): void => {
        const written = writer.writeUnits(w, g, stage, from, to);
        // the parts were cut by counting: a miscount could put more than 800 resources in one template
        if (written !== expected) throw new Error(`ARM export: ${g.deployments[stage]} part ${i + 1} has ${written} resources, counted ${expected}`);
      };
      const name = own[i] ?? g.deployments[stage];
      const all = previous === undefined ? deps : [...deps, { key: `${g.key}|${previous}`, id: stageDeploymentId(g, previous) }];
      const text = render((w) => stageShape.write(w, [chars(name), chars(g.sub.param), chars(lit(g.resourceGroup)), chars(comment), DEPS_MARK, passed, declared], resources));
      out.push({ key: `${g.key}|${name}`, ...text, deps: all, params: [g.sub.param, ...used], bytes: utf8Bytes(text.head) + utf8Bytes(text.tail) + utf8Bytes(strs(DEPLOYMENT_DEPTH + 1, all.map((x) => x.id))) });
    }
  }
  return out;
}

/**
 * The ARM templates: one root (`azuredeploy.json`) when every limit holds, which is the usual case; else
 * several roots (`azuredeploy-2.json`, ...) deployed in order (see `packRoots` in stages.ts: each within
 * 800 deployments, 256 parameters and 4 MB, and each nested template within 800 resources by `packUnits`).
 * Each text is laid out as `JSON.stringify(template, null, 2)` writes it, LF, trailing newline.
 */
export function toArmTemplateFiles(design: Design, options?: ExportOptions): MultiFileExport {
  const api = apiVersionsOf(options);
  const plan = planFor(design, options?.findings);
  const defs = parameterDefs(plan);
  const sortedNames = [...defs.keys()].sort();
  const params = new NestedParams(defs);
  const items = rootDeployments(api, plan, params);
  const metadataBytes = utf8Bytes(json(1, metadataOf(plan, [], 0)));
  const starts = packRoots(items, ROOT_BYTES_BUDGET - metadataBytes);
  const files = starts.map((_, i) => rootFileName('azuredeploy', 'json', i));
  const root = new Shape(ROOT, 0, { subscriptionSchema: chars(ARM_SUB_SCHEMA) });
  const out: Record<string, string> = {};
  starts.forEach((from, i) => {
    const part = items.slice(from, starts[i + 1] ?? items.length);
    const keys = new Set(part.map((x) => x.key));
    // one root declares every parameter (as the export always has); split roots declare the ones they pass
    const used = new Set(part.flatMap((x) => x.params));
    const declared = starts.length === 1 && defs.size <= MAX_TEMPLATE_PARAMETERS ? sortedNames : sortedNames.filter((n) => used.has(n));
    const parameters: JsonObject = {};
    for (const n of declared) parameters[n] = defs.get(n) as JsonObject;
    const w = new JsonWriter();
    const resources = (w: JsonWriter): void =>
      w.list(1, (item) => {
        for (const d of part) {
          item();
          w.add(d.head);
          const deps = d.deps.filter((x) => keys.has(x.key)).map((x) => x.id);
          if (d.tail !== '' || d.deps.length > 0) w.add(strs(DEPLOYMENT_DEPTH + 1, deps));
          w.add(d.tail);
        }
      });
    root.write(w, [json(1, metadataOf(plan, files, i)), json(1, parameters), resources]);
    w.add('\n');
    out[files[i] as string] = w.text();
  });
  return { files: out };
}

/** The ARM export as one text: the template, or (split, see `toArmTemplateFiles`) every template after a line naming its file. */
export function toArmTemplate(design: Design, options?: ExportOptions): string {
  const { files } = toArmTemplateFiles(design, options);
  const names = Object.keys(files);
  return names.length === 1 ? (files[names[0] as string] as string) : names.map((n) => `// ===== ${n} =====\n${files[n] as string}`).join('\n');
}

/** The ARM template as data: its text read back (what Azure receives). */
export function armTemplateObject(design: Design, options?: ExportOptions): JsonObject {
  return JSON.parse(toArmTemplate(design, options)) as JsonObject;
}
