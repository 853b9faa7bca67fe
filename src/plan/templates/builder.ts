/**
 * A small, local builder the templates share: it allocates every prefix from a pool with the IPAM
 * functions of `model/cidr.ts` (so nothing overlaps by construction), keeps ids and names unique
 * against an existing design, and collects VNets, subnets, links and route tables.
 *
 * It mutates only its own arrays while a template runs; `finish()` returns a new Design and the
 * existing design passed in is never changed. Allocation failures are returned as messages, never thrown.
 */
import { formatAddress, nextFreeBlock, parseCidr } from '../../model/cidr';
import { makeLink, makeVnet } from '../../model/factories';
import { collectIds, slugify, uniqueId } from '../../model/ids';
import type {
  Design, PeeringLink, Position, ResourceGroup, Route, RouteTable, Subnet, Subscription, VNet,
} from '../../model/schema';
import type { PeeringFlags } from '../../model/ops';

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    version: 1,
    name,
    subscriptions: [],
    resourceGroups: [],
    vnets: [],
    routeTables: [],
    onPremises: [],
    peerings: [],
    intents: [],
    layout: { positions: {} },
  };
}

/** Every range a new prefix must avoid: VNet prefixes, on-premises ranges, subnets (in case a subnet strays). */
export function usedRanges(design: Design): string[] {
  const out: string[] = [];
  for (const v of design.vnets) {
    out.push(...v.addressPrefixes);
    for (const s of v.subnets) out.push(...s.addressPrefixes);
  }
  for (const o of design.onPremises) out.push(...o.addressRanges);
  return out;
}

/** The address `offset` places after the start of `cidr` (Azure gives the first usable, .4, to the first NIC/firewall). */
export function addressAt(cidr: string, offset: number): string | undefined {
  const r = parseCidr(cidr);
  if (!r.ok) return undefined;
  const value = r.value.start + BigInt(offset);
  return value <= r.value.end ? formatAddress(value, r.value.family) : undefined;
}

export class AllocationError {
  constructor(readonly message: string) {}
}

export interface TemplateBuilder {
  readonly design: Design;
  /** allocates the lowest free /len in `pool` avoiding everything used so far; a message when none is left */
  allocate(pool: string, len: number, what: string): string | AllocationError;
  /** like allocate, but inside a VNet prefix, avoiding that VNet's subnets only */
  /** allocates a block to allocate inside later (e.g. one range per region, so routes can summarise it) */
  reserve(pool: string, len: number, what: string): string | AllocationError;
  allocateSubnet(vnet: VNet, len: number, what: string): string | AllocationError;
  id(base: string): string;
  /** a VNet name not used anywhere in the design (Azure needs it unique per resource group: reference 2.4) */
  vnetName(base: string): string;
  /** the id of the subscription with this name, created (with a placeholder GUID) when missing */
  ensureSubscription(name: string): string;
  ensureResourceGroup(subscriptionId: string, name: string, location: string): void;
  addVnet(vnet: VNet, position: Position): VNet;
  addSubnet(vnet: VNet, subnet: Omit<Subnet, 'id'>): Subnet;
  addRouteTable(table: Omit<RouteTable, 'id'>): RouteTable;
  /** both directions of a peering, with their own flags */
  peer(a: VNet, b: VNet, aToB: Partial<PeeringFlags>, bToA: Partial<PeeringFlags>): void;
  finish(): Design;
}

const MAX_NAME = 80;

export function createBuilder(existing: Design | undefined): TemplateBuilder {
  const base = existing ?? emptyDesign();
  const vnets: VNet[] = [...base.vnets];
  const peerings: PeeringLink[] = [...base.peerings];
  const routeTables: RouteTable[] = [...base.routeTables];
  const subscriptions: Subscription[] = [...base.subscriptions];
  const resourceGroups: ResourceGroup[] = [...base.resourceGroups];
  const positions: Record<string, Position> = { ...base.layout.positions };
  const ids = collectIds(base);
  for (const s of subscriptions) ids.add(s.id);
  const used = usedRanges(base);
  const reserved = new Set<string>();
  const vnetNames = new Set(base.vnets.map((v) => v.name.toLowerCase()));
  const rtNames = new Set(base.routeTables.map((r) => `${r.subscriptionId}/${r.resourceGroup}/${r.name}`.toLowerCase()));

  const builder: TemplateBuilder = {
    get design() {
      return { ...base, vnets, peerings, routeTables, subscriptions, resourceGroups, layout: { ...base.layout, positions } };
    },
    allocate(pool, len, what) {
      // a block reserved earlier (a region's range) is a pool of its own: allocate inside it
      const avoid = reserved.has(pool) ? used.filter((u) => u !== pool) : used;
      const block = nextFreeBlock(pool, len, avoid);
      if (block === undefined) return new AllocationError(`The pool ${pool} has no free /${len} left for ${what}.`);
      used.push(block);
      return block;
    },
    reserve(pool, len, what) {
      const block = builder.allocate(pool, len, what);
      if (typeof block === 'string') reserved.add(block);
      return block;
    },
    allocateSubnet(vnet, len, what) {
      const taken = vnet.subnets.flatMap((s) => s.addressPrefixes);
      for (const prefix of vnet.addressPrefixes) {
        const block = nextFreeBlock(prefix, len, taken);
        if (block !== undefined) return block;
      }
      return new AllocationError(`${vnet.name} (${vnet.addressPrefixes.join(', ')}) has no room left for ${what} (/${len}).`);
    },
    id(b) {
      const id = uniqueId(slugify(b), ids);
      ids.add(id);
      return id;
    },
    vnetName(b) {
      const name = uniqueId(b.slice(0, 58), (n) => vnetNames.has(n.toLowerCase()));
      vnetNames.add(name.toLowerCase());
      return name;
    },
    ensureSubscription(name) {
      const found = subscriptions.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (found) return found.id;
      // a placeholder GUID the user replaces with the real subscription id before deploying
      let n = subscriptions.length + 1;
      const guid = (k: number) => `00000000-0000-0000-0000-${k.toString(16).padStart(12, '0')}`;
      while (ids.has(guid(n)) || subscriptions.some((s) => s.id === guid(n))) n++;
      const id = guid(n);
      ids.add(id);
      subscriptions.push({ id, name, tenantId: '', cloud: 'AzureCloud' });
      return id;
    },
    ensureResourceGroup(subscriptionId, name, location) {
      const exists = resourceGroups.some((g) => g.subscriptionId === subscriptionId && g.name.toLowerCase() === name.toLowerCase());
      if (!exists) resourceGroups.push({ subscriptionId, name, location });
    },
    addVnet(vnet, position) {
      vnets.push(vnet);
      positions[vnet.id] = position;
      return vnet;
    },
    addSubnet(vnet, subnet) {
      const full: Subnet = { id: builder.id(`snet-${vnet.name}-${subnet.name}`), ...subnet };
      vnet.subnets.push(full);
      return full;
    },
    addRouteTable(table) {
      const key = (n: string) => `${table.subscriptionId}/${table.resourceGroup}/${n}`.toLowerCase();
      const name = uniqueId(table.name, (n) => rtNames.has(key(n)));
      rtNames.add(key(name));
      const full: RouteTable = { ...table, name, id: builder.id(name) };
      routeTables.push(full);
      return full;
    },
    peer(a, b, aToB, bToA) {
      peerings.push(templateLink(builder.id(`link-${a.name}-${b.name}`), a, b, aToB));
      peerings.push(templateLink(builder.id(`link-${b.name}-${a.name}`), b, a, bToA));
    },
    finish() {
      const d = builder.design;
      return { ...d, vnets: [...d.vnets], peerings: [...d.peerings], routeTables: [...d.routeTables] };
    },
  };
  return builder;
}

function templateLink(id: string, from: VNet, to: VNet, flags: Partial<PeeringFlags>): PeeringLink {
  // Azure's peering name rule (reference 2.4): 1-80 characters; names only need to be unique per VNet.
  const long = `${from.name}-to-${to.name}`;
  const name = long.length <= MAX_NAME ? long : `to-${to.name}`.slice(0, MAX_NAME);
  return makeLink({ id, name, from: from.id, to: to.id, ...flags });
}

/** A route to a firewall or NVA (reference 3.1: VirtualAppliance needs nextHopIpAddress). */
export function applianceRoute(name: string, addressPrefix: string, ip: string): Route {
  return { name, addressPrefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip };
}

/** A VNet skeleton with Azure's defaults for everything a template does not set. */
export function blankVnet(id: string, name: string, subscriptionId: string, resourceGroup: string, location: string, prefix: string): VNet {
  return makeVnet({ id, name, subscriptionId, resourceGroup, location, addressPrefixes: [prefix] });
}
