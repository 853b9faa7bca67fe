/**
 * Bicep export: a subscription-scope `main.bicep` that creates the resource groups (a module scoped to
 * `subscription(id)`, so groups in other subscriptions work too) and deploys each group's stages as
 * modules with `scope: resourceGroup(subscriptionId, resourceGroupName)` (reference 6.4). Deploy with
 * `az deployment sub create --location <region> --template-file main.bicep`.
 */
import type { Design } from '../model/schema';
import { apiVersionsOf, type ExportOptions } from './apiVersions';
import { bicepString, commentText } from './escape';
import { Names, camelCase, symbolName } from './names';
import { planFor, type DeployPlan, type PlannedGroup, type Stage } from './plan';
import { headerLines, MAX_TEMPLATE_RESOURCES, orderedStages, packRoots, partName, ROOT_BYTES_BUDGET, rootDeployLines, rootFileName, siteParams, stageDeps, syncCommandLines, type RootItem } from './stages';
import { printValue, raw, type BObj } from './bicepWriter';
import { stageModule, stageParts } from './bicepResources';
import type { MultiFileExport } from './types';

const RG_MODULE = 'modules/resource-group.bicep';

function rgModuleText(resourcesApi: string): string {
  return [
    '// Creates one resource group; deployed by main.bicep at the scope of the group\'s subscription.',
    "targetScope = 'subscription'",
    '',
    "@description('Resource group name')",
    'param name string',
    '',
    "@description('Azure region of the resource group')",
    'param location string',
    '',
    `resource rg 'Microsoft.Resources/resourceGroups@${resourcesApi}' = {`,
    '  name: name',
    '  location: location',
    '}',
    '',
    'output name string = rg.name',
    '',
  ].join('\n');
}

const STAGE_FILE: Record<Stage, string> = { routing: 'routing', network: 'network', peering: 'peering', remoteGateways: 'remote-gateways' };
const STAGE_TEXT: Record<Stage, string> = {
  routing: 'route tables',
  network: 'NSGs, VNets, subnets, gateways, firewalls, Route Servers, Bastions',
  peering: 'peering links',
  remoteGateways: 'peering links that use the remote gateway (after the hub gateway and its transit link)',
};

function paramDescription(plan: DeployPlan, name: string): string {
  const site = siteParams(plan).get(name);
  if (site) return site.description;
  const s = plan.subscriptions.find((x) => x.param === name);
  if (s) return `Subscription id${s.name ? ` of ${s.name}` : ''}`;
  const l = plan.locations.find((x) => x.param === name);
  return l && l.value !== '' ? `Azure region ${l.value}` : 'Azure region';
}

function paramDefault(plan: DeployPlan, name: string): string | undefined {
  const site = siteParams(plan).get(name);
  if (site) return site.defaultValue;
  return plan.subscriptions.find((x) => x.param === name)?.id ?? (plan.locations.find((x) => x.param === name)?.value || undefined);
}

/** `@secure()` and a newline for a shared key's parameter (in main.bicep and in the module it is passed to), else ''. */
function secureDecorator(plan: DeployPlan, name: string): string {
  return siteParams(plan).get(name)?.secure ? '@secure()\n' : '';
}

/**
 * The files of the export, each as pieces in order (main.bicep first, then the modules by name): the
 * pieces are joined once, per file for `toBicepFiles` or all together for `toBicep`.
 */
function bicepPieces(design: Design, options?: ExportOptions): [string, string[]][] {
  const api = apiVersionsOf(options);
  const plan = planFor(design, options?.findings);
  const files: [string, string[]][] = [];
  const names = new Names(['location']);
  const mainParams = new Set<string>();
  const rgSym = new Map<PlannedGroup, string>();
  const stageSyms = new Map<string, string[]>();
  const items: MainItem[] = [];

  for (const g of plan.groups) {
    const sym = names.take(symbolName('rg', g.resourceGroup));
    rgSym.set(g, sym);
    mainParams.add(g.sub.param).add(g.location.param);
    const body: BObj = {
      name: g.deployments.network.replace(/^network-/, 'rg-'),
      scope: raw(`subscription(${g.sub.param})`),
      params: { name: g.resourceGroup, location: raw(g.location.param) },
    };
    const comment = `// Resource group ${commentText(g.resourceGroup)} in subscription ${commentText(g.sub.name || g.sub.id)}\nmodule ${sym} '${RG_MODULE}' = `;
    items.push({ sym, comment, body, deps: [], params: [g.sub.param, g.location.param], bytes: RG_MODULE_BYTES });
  }
  if (plan.groups.length > 0) files.push([RG_MODULE, [rgModuleText(api.resources)]]);

  for (const { group: g, stage } of orderedStages(plan)) {
    const parts = stageParts(g, stage);
    const baseFile = `modules/${STAGE_FILE[stage]}-${g.deployments.network.replace(/^network-/, '')}`;
    const baseSym = `${camelCase(STAGE_FILE[stage], 'stage')}${symbolName('', g.resourceGroup)}`;
    const deps = [rgSym.get(g) ?? ''];
    for (const d of stageDeps(plan, g, stage)) deps.push(...(stageSyms.get(`${d.group.key}|${d.stage}`) ?? []));
    const own: string[] = [];
    stageSyms.set(`${g.key}|${stage}`, own);
    parts.forEach((part, i) => {
      const mod = stageModule(api, part, stage);
      const file = `${baseFile}${parts.length > 1 ? `-part${i + 1}` : ''}.bicep`;
      const what = `${STAGE_TEXT[stage]} of resource group ${commentText(g.resourceGroup)} (subscription ${commentText(g.sub.name || g.sub.id)})`;
      const pieces = [`// ${what}${parts.length > 1 ? `, part ${i + 1} of ${parts.length} (at most ${MAX_TEMPLATE_RESOURCES} resources per module)` : ''}\n`];
      const params = [...mod.params].sort();
      if (params.length > 0) pieces.push('\n');
      for (const p of params) pieces.push(`${secureDecorator(plan, p)}@description(${bicepString(paramDescription(plan, p))})\nparam ${p} string\n\n`);
      for (const t of mod.text) pieces.push(t);
      files.push([file, pieces]);
      const sym = names.take(i === 0 ? baseSym : `${baseSym}Part${i + 1}`);
      for (const p of mod.params) mainParams.add(p);
      const body: BObj = {
        name: partName(g.deployments[stage], i),
        scope: raw(`resourceGroup(${g.sub.param}, ${bicepString(g.resourceGroup)})`),
        params: params.length ? Object.fromEntries(params.map((p) => [p, raw(p)])) : undefined,
      };
      const label = `${commentText(g.resourceGroup)}: ${STAGE_TEXT[stage]}${parts.length > 1 ? ` (part ${i + 1} of ${parts.length})` : ''}`;
      const moduleChars = pieces.reduce((n, t) => n + t.length, 0);
      items.push({ sym, comment: `// ${label}\nmodule ${sym} '${file}' = `, body, deps: [...deps.filter((d) => d !== ''), ...own.slice(-1)], params: [g.sub.param, ...params], bytes: RG_MODULE_BYTES + COMPILED_PER_CHAR * moduleChars });
      own.push(sym);
    });
  }

  // main.bicep compiles to one template holding every module: when that would pass a limit, the modules are
  // spread over main.bicep, main-2.bicep, ... deployed in order (packRoots, as the ARM export does)
  const headerOf = (roots: readonly string[], i: number): string[] => {
    const header = headerLines(plan, 'Bicep (subscription scope)').map((l) => `// ${commentText(l)}`);
    const split = rootDeployLines(roots, i);
    if (split.length > 0) for (const l of split) header.push(`// ${commentText(l)}`);
    else header.push('// Deploy: az deployment sub create --location <region> --template-file main.bicep');
    if (i === Math.max(roots.length - 1, 0)) for (const line of syncCommandLines(plan)) header.push(`// ${commentText(line)}`);
    return header;
  };
  const starts = packRoots(items, ROOT_BYTES_BUDGET - COMPILED_PER_CHAR * headerOf([], 0).join('\n').length);
  const roots = starts.map((_, i) => rootFileName('main', 'bicep', i));
  const mains: [string, string[]][] = starts.map((from, i) => {
    const part = items.slice(from, starts[i + 1] ?? items.length);
    const own = new Set(part.map((x) => x.sym));
    const used = starts.length === 1 ? mainParams : new Set(part.flatMap((x) => x.params));
    const paramLines = [...used].sort().flatMap((p) => {
      const def = paramDefault(plan, p);
      const secure = secureDecorator(plan, p);
      return [...(secure ? [secure.trimEnd()] : []), `@description(${bicepString(paramDescription(plan, p))})`, `param ${p} string${def === undefined ? '' : ` = ${bicepString(def)}`}`, ''];
    });
    // a module waits for modules of its own file only: earlier files are deployed before it
    const blocks = part.map((x) => {
      const deps = x.deps.filter((d) => own.has(d));
      return `${x.comment}${printValue({ ...x.body, dependsOn: deps.length > 0 ? deps.map(raw) : undefined })}\n`;
    });
    const main = [...headerOf(roots, i), '', "targetScope = 'subscription'", '', ...paramLines, ...blocks].join('\n');
    return [roots[i] as string, [main.endsWith('\n') ? main : `${main}\n`]];
  });
  files.sort(([a], [b]) => (a < b ? -1 : 1));
  return [...mains, ...files];
}

/** A module of main.bicep before it is printed: its `dependsOn` is filtered to the modules of its own file. */
interface MainItem extends RootItem {
  sym: string;
  /** the comment and `module <sym> '<file>' = ` */
  comment: string;
  body: BObj;
  /** symbols of the modules it waits for */
  deps: string[];
}

/**
 * Bytes of compiled ARM JSON per character of a module's Bicep text, an upper bound measured with the Bicep
 * CLI 0.49.2 on the scale-test designs (the compiled module sits deep in main.json: every line is indented
 * 10+ spaces, and names become `[format(...)]` expressions), and the bytes of a module's own wrapping.
 */
const COMPILED_PER_CHAR = 3;
const RG_MODULE_BYTES = 3000;

export function toBicepFiles(design: Design, options?: ExportOptions): MultiFileExport {
  return { files: Object.fromEntries(bicepPieces(design, options).map(([name, pieces]) => [name, pieces.join('')])) };
}

/** Every file in one text, for preview and copy: main.bicep first, then the modules. */
export function joinFiles(files: Record<string, string>, commentPrefix: string): string {
  return Object.entries(files)
    .map(([name, text]) => `${commentPrefix} ===== ${name} =====\n${text}`)
    .join('\n');
}

/** Every file in one text (as `joinFiles` gives), with the pieces joined once. */
export function toBicep(design: Design, options?: ExportOptions): string {
  const all: string[] = [];
  bicepPieces(design, options).forEach(([name, pieces], i) => {
    all.push(`${i === 0 ? '' : '\n'}// ===== ${name} =====\n`);
    for (const p of pieces) all.push(p);
  });
  return all.join('');
}
