/**
 * Every prefix string a design holds (VNet spaces, subnets, route destinations, on-premises ranges), with
 * where it sits, and `replacePrefix` building the operation that replaces it: used by the CIDR notation
 * rule and its fix. Sources are plain data (no closures): there are tens of thousands in a large estate.
 */
import type { DesignOp } from '../../model/ops';
import type { Design, OnPremises, RouteTable, Subnet, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';

export type PrefixOwner =
  | { kind: 'vnet'; vnet: VNet }
  | { kind: 'subnet'; vnet: VNet; subnet: Subnet }
  | { kind: 'route'; table: RouteTable }
  | { kind: 'onPremises'; onPremises: OnPremises };

export interface PrefixSource {
  text: string;
  owner: PrefixOwner;
  /** position in the owner's prefix list (route: index of the route) */
  index: number;
  vnets: readonly string[];
}

const NO_VNETS: readonly string[] = [];

/** Route destinations may be service tags (reference 3.1: "CIDR or a service tag"), e.g. `AzureCloud.westeurope`. */
export const isServiceTag = (text: string): boolean => /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/.test(text.trim());

export function prefixSources(design: Design): PrefixSource[] {
  const ix = designIndex(design);
  const out: PrefixSource[] = [];
  for (const vnet of ix.vnetById.values()) {
    const vnets = [vnet.id];
    const owner: PrefixOwner = { kind: 'vnet', vnet };
    vnet.addressPrefixes.forEach((text, index) => out.push({ text, owner, index, vnets }));
    for (const subnet of vnet.subnets) {
      const sOwner: PrefixOwner = { kind: 'subnet', vnet, subnet };
      subnet.addressPrefixes.forEach((text, index) => out.push({ text, owner: sOwner, index, vnets }));
    }
  }
  for (const table of design.routeTables) {
    const vnets = (ix.subnetsByRouteTable.get(table.id) ?? []).map((r) => r.vnet.id);
    const owner: PrefixOwner = { kind: 'route', table };
    table.routes.forEach((r, index) => {
      if (!isServiceTag(r.addressPrefix)) out.push({ text: r.addressPrefix, owner, index, vnets });
    });
  }
  for (const onPremises of design.onPremises) {
    const owner: PrefixOwner = { kind: 'onPremises', onPremises };
    onPremises.addressRanges.forEach((text, index) => out.push({ text, owner, index, vnets: NO_VNETS }));
  }
  return out;
}

/** "VNet 'hub'", "subnet 'app' of VNet 'hub'", ... */
export function describeOwner(src: PrefixSource): { where: string; details: Record<string, string> } {
  const o = src.owner;
  switch (o.kind) {
    case 'vnet':
      return { where: `VNet '${o.vnet.name}'`, details: { vnet: o.vnet.name } };
    case 'subnet':
      return { where: `subnet '${o.subnet.name}' of VNet '${o.vnet.name}'`, details: { vnet: o.vnet.name, subnet: o.subnet.name } };
    case 'route': {
      const route = o.table.routes[src.index]?.name ?? '';
      return { where: `route '${route}' of route table '${o.table.name}'`, details: { routeTable: o.table.name, route } };
    }
    case 'onPremises':
      return { where: `on-premises network '${o.onPremises.name}'`, details: { onPremises: o.onPremises.name } };
  }
}

const replaceAt = (list: readonly string[], i: number, next: string): string[] => list.map((p, j) => (j === i ? next : p));

/** The operation replacing this prefix (and only this one) with `next`. */
export function replacePrefix(src: PrefixSource, next: string): DesignOp {
  const o = src.owner;
  switch (o.kind) {
    case 'vnet':
      return { op: 'updateVnet', vnetId: o.vnet.id, patch: { addressPrefixes: replaceAt(o.vnet.addressPrefixes, src.index, next) } };
    case 'subnet':
      return { op: 'updateSubnet', vnetId: o.vnet.id, subnetId: o.subnet.id, patch: { addressPrefixes: replaceAt(o.subnet.addressPrefixes, src.index, next) } };
    case 'route':
      return {
        op: 'updateRouteTable', routeTableId: o.table.id,
        patch: { routes: o.table.routes.map((x, j) => (j === src.index ? { ...x, addressPrefix: next } : x)) },
      };
    case 'onPremises':
      return { op: 'updateOnPremises', onPremisesId: o.onPremises.id, patch: { addressRanges: replaceAt(o.onPremises.addressRanges, src.index, next) } };
  }
}
