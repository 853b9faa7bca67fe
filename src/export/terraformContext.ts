/**
 * What the Terraform export's resource writers share within one export: identifiers, the references
 * later resources look up (resource groups, route tables, NSGs, VNets and their gateways, links), and
 * memos of text that many resources repeat (a VNet's or subnet's quoted name, comment text and
 * identifier words), worked out once per export instead of once per resource.
 */
import { commentText, hclString } from './escape';
import { Ids, snakeWords } from './hclIds';
import { resourceText, type Printed } from './hclText';
import { snakeCase } from './names';
import type { Scope } from './plan';
import { flat, Joined } from './text';

/** A VNet's references: set by its network resources, read by the links (after every network). */
export interface VNetRefs {
  vnet: string;
  gateway: string;
  routeServer: string;
}

/** A name as the resources print it. */
export interface NameText {
  /** `snakeWords` of the name (identifiers are built from these) */
  words: string;
  /** the name as comment text */
  comment: string;
  /** the name as an HCL string */
  quoted: string;
}

export const nameText = (name: string): NameText => ({ words: snakeWords(name), comment: commentText(name), quoted: hclString(name) });
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
  /** the identifier of each route table (`azurerm_route_table.<identifier>`) by route table id */
  readonly routeTables = new Map<string, string>();
  /** NSG references by group key, then lower-case NSG name */
  readonly nsgs = new Map<string, Map<string, string>>();
  /** `azurerm.<alias>` of the links that deploy through a provider of their own (across tenants), by link id */
  readonly linkProviders = new Map<string, string>();
  /** link resource identifiers by link id (for the links that depend on them) */
  readonly peerings = new Map<string, string>();
  private readonly vnets = new Map<string, Map<string, VNetRefs>>();
  private readonly names = new Map<string, NameText>();
  private readonly quoted = new Map<string, string>();
  private readonly providers = new Map<string, string>();
  private readonly locs = new Map<string, string>();

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

  /** Writes a resource from `key, printed value, ...` pairs (a fresh list: the provider is prepended in place). */
  add(type: string, name: string, scope: Scope, comments: string, pairs: Printed[], nested?: string): string {
    const id = this.id(name);
    pairs.unshift('provider', this.provider(scope));
    this.push('\n\n' + resourceText(comments, type, id, pairs, nested));
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

  /** A name's printed forms, once per distinct name (for names many resources repeat, e.g. subnets'). */
  text(name: string): NameText {
    let t = this.names.get(name);
    if (!t) this.names.set(name, (t = nameText(name)));
    return t;
  }

  /** `hclString` of a value that many resources repeat (a route's fields), once per distinct value. */
  quote(value: string): string {
    let q = this.quoted.get(value);
    if (q === undefined) this.quoted.set(value, (q = flat(hclString(value))));
    return q;
  }

  /** `var.<location variable>` (once per location parameter) */
  loc(param: string): string {
    let l = this.locs.get(param);
    if (l === undefined) this.locs.set(param, (l = flat(`var.${varName(param)}`)));
    return l;
  }

  /** `azurerm.<alias>` of a scope's subscription (once per subscription, not per resource) */
  provider(scope: Scope): string {
    let p = this.providers.get(scope.sub.param);
    if (p === undefined) this.providers.set(scope.sub.param, (p = flat(`azurerm.${alias(scope)}`)));
    return p;
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
