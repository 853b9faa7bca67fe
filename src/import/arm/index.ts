/**
 * ARM deployment template importer: evaluates the template (walk.ts, scope.ts, expressions.ts) into
 * REST-shaped resources with full ids, then reads them with the Azure resource importer, so a template
 * and a listing of the deployed estate give the same design.
 */
import { isObject } from '../azure/access';
import { importAzureResources } from '../azure';
import { idKey, parentId } from '../azure/resourceId';
import { failedImport } from '../finalize';
import type { ImportReport, ImportResult } from '../types';
import type { ArmScope } from './context';
import { BudgetExceeded } from './budget';
import { TemplateContext } from './scope';
import { ArmSink } from './sink';
import { walkResources } from './walk';

export interface ArmImportOptions {
  /** the deployment target; the template itself does not say where it is deployed */
  scope?: Partial<ArmScope>;
  /** parameter values, as in a parameters file */
  parameters?: ReadonlyMap<string, unknown>;
}

export const DEFAULT_ARM_SCOPE: ArmScope = {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  resourceGroup: 'rg-deployment',
  location: 'westeurope',
  tenantId: '00000000-0000-0000-0000-000000000000',
};

/** `routeTables/routes` child resources join their table's `properties.routes`, as Azure returns them. */
function mergeRoutes(sink: ArmSink): void {
  const tables = new Map<string, Record<string, unknown>>();
  for (const item of sink.items) {
    const obj = item.obj;
    if (isObject(obj) && typeof obj['type'] === 'string' && obj['type'].toLowerCase() === 'microsoft.network/routetables' && typeof obj['id'] === 'string') {
      tables.set(idKey(obj['id']), obj);
    }
  }
  const kept = sink.items.filter((item) => {
    const obj = item.obj;
    if (!isObject(obj) || typeof obj['type'] !== 'string' || obj['type'].toLowerCase() !== 'microsoft.network/routetables/routes') return true;
    const table = tables.get(idKey(parentId(String(obj['id']))));
    if (!table) {
      sink.skip(`route '${String(obj['name'])}'`, item.where, 'its route table is not in the template');
      return false;
    }
    const props = isObject(table['properties']) ? table['properties'] : (table['properties'] = {});
    const routes = Array.isArray(props['routes']) ? props['routes'] : (props['routes'] = []);
    routes.push({ name: obj['name'], properties: obj['properties'] ?? {} });
    return false;
  });
  // no spread: a template may hold more items than a call's argument list (issue 13 robustness)
  sink.items.length = 0;
  for (const item of kept) sink.items.push(item);
}

export function importArmTemplate(value: unknown, report: ImportReport, options: ArmImportOptions = {}): ImportResult {
  if (!isObject(value)) return failedImport(report, 'an ARM template must be a JSON object');
  const sink = new ArmSink(report);
  const scope: ArmScope = { ...DEFAULT_ARM_SCOPE, ...options.scope };
  if (!options.scope) {
    sink.note(
      `The template was evaluated for subscription ${scope.subscriptionId}, resource group '${scope.resourceGroup}' ` +
        `and location '${scope.location}' (a template does not say where it is deployed).`,
    );
  }
  const ctx = new TemplateContext(value, '', scope, options.parameters ?? new Map(), sink);
  try {
    walkResources({ ctx, deployScope: scope, depth: 0 }, value['resources'], 'resources', undefined, sink);
  } catch (e) {
    // past the budget the whole template is refused at once, naming where it ran out (budget.ts)
    if (e instanceof BudgetExceeded) return failedImport(report, e.message);
    throw e;
  }
  mergeRoutes(sink);
  return importAzureResources(sink.items, report, 'Imported from ARM template', {
    existingVnetIds: sink.existingVnetIds,
    unknownAddressSpace: sink.unknownAddressSpace,
  });
}
