/**
 * `terraform show -json` of a state or a saved plan (https://developer.hashicorp.com/terraform/internals/json-format):
 * `values.root_module` (state) or `planned_values.root_module` (plan), each module holding `resources`
 * (`address`, `mode`, `type`, `name`, `values`) and `child_modules`. The azurerm 4.x resources of a
 * peering design (attribute names as in the azurerm 4.55.0 provider schema) are turned into REST-shaped
 * items with full ids and read by the Azure resource importer, as ARM templates are; 3.x names
 * (`enable_ip_forwarding`, `disable_bgp_route_propagation`) are read too. A value known only after apply
 * (absent from a plan) is missing, and what needs it is reported. `data` VNets are existing VNets: placeholders.
 */
import { isObject, type JsonObject } from '../azure/access';
import { importAzureResources } from '../azure';
import type { ResourceItem } from '../azure/context';
import { buildResourceId, idKey, parseResourceId } from '../azure/resourceId';
import { failedImport } from '../finalize';
import type { ImportReport, ImportResult } from '../types';
import { toItem, type TfResource } from './resources';

export function isTerraformShow(value: unknown): boolean {
  return isObject(value) && typeof value['format_version'] === 'string' && (isObject(value['values']) || isObject(value['planned_values']) || 'terraform_version' in value);
}

/** Every resource of every module, walking child modules with a stack. */
function collect(root: unknown, base: string): TfResource[] {
  const out: TfResource[] = [];
  const stack: { module: unknown; path: string }[] = [{ module: root, path: base }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || !isObject(top.module)) continue;
    const resources = top.module['resources'];
    if (Array.isArray(resources)) {
      resources.forEach((r, i) => {
        if (!isObject(r)) return;
        const address = typeof r['address'] === 'string' ? r['address'] : `${top.path}.resources[${i}]`;
        out.push({
          address,
          mode: typeof r['mode'] === 'string' ? r['mode'] : 'managed',
          type: typeof r['type'] === 'string' ? r['type'] : '',
          values: isObject(r['values']) ? r['values'] : {},
        });
      });
    }
    const children = top.module['child_modules'];
    if (Array.isArray(children)) {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ module: children[i], path: `${top.path}.child_modules[${i}]` });
    }
  }
  return out;
}

const DEFAULT_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

export function importTerraformShow(value: unknown, report: ImportReport): ImportResult {
  if (!isObject(value)) return failedImport(report, 'terraform show -json output must be a JSON object');
  const isPlan = isObject(value['planned_values']);
  const root = isPlan ? (value['planned_values'] as JsonObject)['root_module'] : isObject(value['values']) ? value['values']['root_module'] : undefined;
  if (!isObject(root)) {
    report.notes.push('The Terraform output holds no resources (an empty state, or a plan without planned values).');
  }
  const resources = collect(root, isPlan ? 'planned_values.root_module' : 'values.root_module');
  // the subscription is in every id of a state; a plan knows ids only for what already exists
  let subscriptionId = '';
  for (const r of resources) {
    const id = r.values['id'];
    const parsed = typeof id === 'string' ? parseResourceId(id) : undefined;
    if (parsed?.subscriptionId) {
      subscriptionId = parsed.subscriptionId;
      break;
    }
  }
  if (subscriptionId === '') {
    subscriptionId = DEFAULT_SUBSCRIPTION;
    report.notes.push(`No resource id in the Terraform output names a subscription: used ${DEFAULT_SUBSCRIPTION}.`);
  }
  const items: ResourceItem[] = [];
  const existingVnetIds: string[] = [];
  const routes: { table: string; route: JsonObject; where: string }[] = [];
  const associations: { subnetId: string; tableId: string; where: string }[] = [];
  for (const r of resources) {
    if (r.mode === 'data') {
      if (r.type === 'azurerm_virtual_network') {
        const name = r.values['name'];
        const rg = r.values['resource_group_name'];
        const id = typeof r.values['id'] === 'string' ? r.values['id'] : typeof name === 'string' && typeof rg === 'string' ? buildResourceId(subscriptionId, rg, 'Microsoft.Network/virtualNetworks', [name]) : undefined;
        if (id) existingVnetIds.push(id);
      }
      continue;
    }
    const made = toItem(r, subscriptionId);
    if (made.kind === 'item') items.push({ obj: made.obj, where: r.address });
    else if (made.kind === 'route') routes.push({ table: made.tableId, route: made.route, where: r.address });
    else if (made.kind === 'association') associations.push({ subnetId: made.subnetId, tableId: made.tableId, where: r.address });
    else if (made.kind === 'skip') report.skipped.push({ what: `${r.type} '${String(r.values['name'] ?? r.address)}'`, where: r.address, why: made.why });
  }
  // azurerm_route and azurerm_subnet_route_table_association live apart from their table: join them to it
  const tables = new Map<string, JsonObject>();
  for (const item of items) {
    const obj = item.obj as JsonObject;
    if (obj['type'] === 'Microsoft.Network/routeTables' && typeof obj['id'] === 'string') tables.set(idKey(obj['id']), obj);
  }
  const propsOf = (table: JsonObject): JsonObject => (isObject(table['properties']) ? table['properties'] : (table['properties'] = {}));
  for (const { table, route, where } of routes) {
    const t = tables.get(idKey(table));
    if (!t) {
      report.skipped.push({ what: `route '${String(route['name'])}'`, where, why: 'its route table is not in the Terraform output' });
      continue;
    }
    const props = propsOf(t);
    const list = Array.isArray(props['routes']) ? props['routes'] : (props['routes'] = []);
    list.push(route);
  }
  for (const { subnetId, tableId, where } of associations) {
    const t = tables.get(idKey(tableId));
    if (!t) {
      report.skipped.push({ what: 'a route table association', where, why: 'its route table is not in the Terraform output' });
      continue;
    }
    const props = propsOf(t);
    const list = Array.isArray(props['subnets']) ? props['subnets'] : (props['subnets'] = []);
    list.push({ id: subnetId });
  }
  return importAzureResources(items, report, isPlan ? 'Imported from a Terraform plan' : 'Imported from Terraform state', { existingVnetIds });
}
