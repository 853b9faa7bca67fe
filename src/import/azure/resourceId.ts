/**
 * Azure resource ids: `/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{child}/{name}]...`.
 * Ids are compared case-insensitively [reference 10.4 item 3]: subscription GUIDs and RG names differ
 * in case between sources (the CLI upper-cases some resource group names).
 */
export interface ParsedResourceId {
  subscriptionId: string;
  resourceGroup: string;
  /** e.g. `microsoft.network/virtualnetworks/subnets` (lower case) */
  type: string;
  /** names from the top resource down, e.g. ['vnet-hub', 'GatewaySubnet'] */
  names: string[];
}

export function idKey(id: string): string {
  return id.trim().replace(/\/+$/, '').toLowerCase();
}

export function parseResourceId(id: string): ParsedResourceId | undefined {
  const parts = id.trim().replace(/^\/+|\/+$/g, '').split('/');
  if (parts.length < 4 || parts[0]?.toLowerCase() !== 'subscriptions') return undefined;
  const subscriptionId = parts[1] ?? '';
  let i = 2;
  let resourceGroup = '';
  if (parts[i]?.toLowerCase() === 'resourcegroups') {
    resourceGroup = parts[i + 1] ?? '';
    i += 2;
  }
  if (parts[i]?.toLowerCase() !== 'providers') return undefined;
  const ns = parts[i + 1];
  const rest = parts.slice(i + 2);
  if (!ns || rest.length < 2 || rest.length % 2 !== 0) return undefined;
  const types: string[] = [ns];
  const names: string[] = [];
  for (let j = 0; j < rest.length; j += 2) {
    types.push(rest[j] ?? '');
    names.push(rest[j + 1] ?? '');
  }
  return { subscriptionId, resourceGroup, type: types.join('/').toLowerCase(), names };
}

/** The id of the parent resource (`.../virtualNetworks/x/subnets/y` -> `.../virtualNetworks/x`). */
export function parentId(id: string): string {
  return id.trim().replace(/\/+$/, '').split('/').slice(0, -2).join('/');
}

export function buildResourceId(subscriptionId: string, resourceGroup: string, type: string, names: readonly string[]): string {
  const [ns, ...types] = type.split('/').filter((s) => s !== '');
  let out = `/subscriptions/${subscriptionId}`;
  if (resourceGroup !== '') out += `/resourceGroups/${resourceGroup}`;
  out += `/providers/${ns ?? ''}`;
  types.forEach((t, i) => {
    out += `/${t}/${names[i] ?? ''}`;
  });
  return out;
}
