/**
 * What the Terraform export's resource writers share within one export: identifiers, the printed
 * resources, and the references later resources look up (resource groups, route tables, NSGs, VNets and
 * their gateways, links).
 */
import { commentText } from './escape';
import { Ids } from './hclIds';
import { resourceText, type Printed } from './hclText';
import { snakeCase } from './names';
import type { Scope } from './plan';
import { Joined } from './text';

/** A VNet's references: set by its network resources, read by the links (after every network). */
export interface VNetRefs {
  vnet: string;
  gateway: string;
  routeServer: string;
}

export const bool = (b: boolean): string => (b ? 'true' : 'false');
export const comment = (text: string): string => `# ${commentText(text)}\n`;
export const alias = (scope: Scope): string => snakeCase(scope.sub.param.replace(/SubscriptionId$/, '') || 'default', 'sub');
export const varName = (p: string): string => snakeCase(p, 'v');

/** Two-level map: by group key, then by a name. */
function inGroup<T>(map: Map<string, Map<string, T>>, groupKey: string): Map<string, T> {
  let m = map.get(groupKey);
  if (!m) map.set(groupKey, (m = new Map()));
  return m;
}

export class Ctx {
  private readonly ids = new Ids();
  /** printed resources, in order */
  readonly blocks = new Blocks();
  /** `azurerm_resource_group.<id>.name` by group key */
  readonly rgNames = new Map<string, string>();
  /** `azurerm_route_table.<id>` by route table id */
  readonly routeTables = new Map<string, string>();
  /** NSG references by group key, then lower-case NSG name */
  readonly nsgs = new Map<string, Map<string, string>>();
  /** `azurerm.<alias>` of the links that deploy through a provider of their own (across tenants), by link id */
  readonly linkProviders = new Map<string, string>();
  /** link resource identifiers by link id (for the links that depend on them) */
  readonly peerings = new Map<string, string>();
  private readonly vnets = new Map<string, Map<string, VNetRefs>>();

  /** A new identifier from a name (`snakeCase(name, 'r')`, made unique). */
  id(name: string): string {
    return this.ids.ofName(name);
  }

  /** A new identifier from the words of a name's parts (`joinWords`, then as `id`). */
  idOfWords(a: string, b: string, c = ''): string {
    return this.ids.ofWords(a, b, c);
  }

  /** Appends a printed resource (starting with the blank line before it). */
  push(text: string): void {
    this.blocks.add(text);
  }

  /** Writes a resource named after `name` from `key, printed value, ...` pairs; returns `<type>.<id>`. */
  add(type: string, name: string, scope: Scope, comments: string, pairs: Printed[], nested?: string): string {
    return this.addWithId(type, this.id(name), scope, comments, pairs, nested);
  }

  /** As `add`, with an identifier already made (`idOfWords`); the scope's provider comes first. */
  addWithId(type: string, id: string, scope: Scope, comments: string, pairs: Printed[], nested?: string, provider = this.provider(scope)): string {
    this.push('\n\n' + resourceText(comments, type, id, ['provider', provider, ...pairs], nested));
    return `${type}.${id}`;
  }

  /** The references of the VNet named `name` in a group (created empty on first use). */
  vnetRefs(groupKey: string, name: string): VNetRefs {
    const byName = inGroup(this.vnets, groupKey);
    let r = byName.get(name);
    if (!r) byName.set(name, (r = { vnet: '', gateway: '', routeServer: '' }));
    return r;
  }

  nsgsIn(groupKey: string): Map<string, string> {
    return inGroup(this.nsgs, groupKey);
  }

  /** `var.<location variable>` */
  loc(param: string): string {
    return `var.${varName(param)}`;
  }

  /** `azurerm.<alias>` of a scope's subscription */
  provider(scope: Scope): string {
    return `azurerm.${alias(scope)}`;
  }
}

/**
 * Printed blocks, each starting with the blank line that separates it from what comes before it (the
 * file header or the previous block), kept as flattened chunks (text.ts `Joined`, no separator).
 */
export class Blocks extends Joined {
  constructor() {
    super('');
  }
}
