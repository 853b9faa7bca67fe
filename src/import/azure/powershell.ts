/**
 * Azure PowerShell output: `Get-AzVirtualNetwork | ConvertTo-Json -Depth 10`, a single VNet, or one array
 * that also holds `Get-AzRouteTable`, `Get-AzVirtualNetworkGateway` and `Get-AzFirewall` objects
 * [reference 10.3]. These are the Az.Network models (PSVirtualNetwork, PSSubnet, ...) with PascalCase
 * names, which the shared reader (access.ts) already matches case-insensitively; PSSubnet.AddressPrefix is
 * a list (subnetPrefixes reads both forms) and the peered space is PeeredRemoteAddressSpace (links.ts).
 * The `*Text` helper properties repeat the data as JSON strings and are never read.
 *
 * What is left for this module: recognising the shape, and refusing output cut short by ConvertTo-Json's
 * default depth of 2, where every object nested deeper was written as its .NET type name
 * ("Microsoft.Azure.Commands.Network.Models.PSSubnet") and every list as one space-separated string.
 */
import { isObject } from './access';
import type { ResourceItem } from './context';

const has = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** An Az.Network model object: PascalCase `Id` and `Name` (or `ResourceGroupName`), no REST `properties`. */
export function isPowerShellItem(obj: unknown): boolean {
  if (!isObject(obj) || has(obj, 'properties')) return false;
  return (has(obj, 'Id') && has(obj, 'Name')) || has(obj, 'ResourceGroupName');
}

export function isPowerShellShape(items: readonly ResourceItem[]): boolean {
  return items.some((i) => isPowerShellItem(i.obj));
}

/**
 * What ConvertTo-Json writes for an object past its depth: the type name (PowerShell models, SDK models,
 * hashtables), or for a list the names of its items joined by spaces.
 */
const TYPE_NAME = /^(?:Microsoft\.Azure\.Commands\.[\w.]+\.PS\w+|Microsoft\.Azure\.Management\.[\w.]+\.Models\.\w+|System\.Collections\.[\w.\x60]+(?:\[[\w.,\x60[\] ]*\])?|System\.Object\[\])$/;

/** Token by token (and only for a likely prefix), so a huge hostile string costs one linear split. */
function isTypeNames(text: string): boolean {
  if (!text.startsWith('Microsoft.Azure.') && !text.startsWith('System.')) return false;
  return text.split(' ').every((t) => t.length <= 200 && TYPE_NAME.test(t));
}

/** Keys whose value is a list in every Az.Network model: a string there is a list flattened by the depth cut. */
const LIST_KEYS = new Set(['addressprefixes', 'dnsservers', 'subnets', 'virtualnetworkpeerings', 'ipconfigurations', 'routes']);

export interface DepthCut {
  /** JSON path of the flattened value, e.g. `[0].Subnets[0]` */
  where: string;
  text: string;
  /** an object written as its type name, or a list written as one string */
  kind: 'object' | 'list';
}

function listCut(key: string, text: string): boolean {
  const k = key.toLowerCase();
  // PSSubnet.AddressPrefix is a list too, but a route's AddressPrefix is a string: only a joined one is a cut
  return LIST_KEYS.has(k) || (k === 'addressprefix' && /\s/.test(text));
}

/**
 * The first object written as a type name (in document order), else the first list written as a string:
 * what ConvertTo-Json flattened because it lay deeper than `-Depth`. Walks with a stack like the loader's
 * key check. `*Text` / `TagsTable` helper strings and tag values are derived or user text, not structure,
 * and are not inspected.
 */
export function findDepthCut(value: unknown): DepthCut | undefined {
  let firstList: DepthCut | undefined;
  const stack: { v: unknown; path: string; key: string }[] = [{ v: value, path: '', key: '' }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const { v, path, key } = top;
    if (typeof v === 'string') {
      if (isTypeNames(v)) return { where: path, text: v, kind: 'object' };
      if (!firstList && listCut(key, v)) firstList = { where: path, text: v, kind: 'list' };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[${i}]`, key: '' });
    } else if (isObject(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i] ?? ['', undefined];
        if (/(Text|TagsTable)$/.test(k) && typeof child === 'string') continue;
        if (/^tags?$/i.test(k) && isObject(child)) continue;
        stack.push({ v: child, path: path === '' ? k : `${path}.${k}`, key: k });
      }
    }
  }
  return firstList;
}

export function depthCutMessage(cut: DepthCut): string {
  const text = cut.text.length > 80 ? `${cut.text.slice(0, 77)}...` : cut.text;
  return (
    `this Azure PowerShell output was cut short by ConvertTo-Json's default -Depth of 2 ` +
    `(${cut.where || 'the top level'} is the text "${text}" instead of ${cut.kind === 'object' ? 'the object itself' : 'a list'}): ` +
    'export it again with a larger depth, e.g. Get-AzVirtualNetwork | ConvertTo-Json -Depth 10'
  );
}
