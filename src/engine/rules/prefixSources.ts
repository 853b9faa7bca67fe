/**
 * Every prefix string a design holds (VNet spaces, subnets, route destinations, on-premises ranges), with
 * where it sits and an operation that replaces it: used by the CIDR notation rules and their fixes.
 */
import type { DesignOp } from '../../model/ops';
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';

export interface PrefixSource {
  text: string;
  /** "VNet 'hub'", "subnet 'app' of VNet 'hub'", ... */
  where: string;
  vnets: string[];
  details: Record<string, string>;
  /** replaces this prefix (and only this one) with `next` */
  replace(next: string): DesignOp;
}

const replaceAt = (list: readonly string[], i: number, next: string): string[] => list.map((p, j) => (j === i ? next : p));

/** Route destinations may be service tags (reference 3.1: "CIDR or a service tag"), e.g. `AzureCloud.westeurope`. */
export const isServiceTag = (text: string): boolean => /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/.test(text.trim());

export function prefixSources(design: Design): PrefixSource[] {
  const ix = designIndex(design);
  const out: PrefixSource[] = [];
  for (const v of ix.vnetById.values()) {
    v.addressPrefixes.forEach((text, i) =>
      out.push({
        text,
        where: `VNet '${v.name}'`,
        vnets: [v.id],
        details: { vnet: v.name },
        replace: (next) => ({ op: 'updateVnet', vnetId: v.id, patch: { addressPrefixes: replaceAt(v.addressPrefixes, i, next) } }),
      }),
    );
    for (const s of v.subnets) {
      s.addressPrefixes.forEach((text, i) =>
        out.push({
          text,
          where: `subnet '${s.name}' of VNet '${v.name}'`,
          vnets: [v.id],
          details: { vnet: v.name, subnet: s.name },
          replace: (next) => ({
            op: 'updateSubnet', vnetId: v.id, subnetId: s.id, patch: { addressPrefixes: replaceAt(s.addressPrefixes, i, next) },
          }),
        }),
      );
    }
  }
  for (const rt of design.routeTables) {
    const vnets = (ix.subnetsByRouteTable.get(rt.id) ?? []).map((r) => r.vnet.id);
    rt.routes.forEach((r, i) => {
      if (isServiceTag(r.addressPrefix)) return;
      out.push({
        text: r.addressPrefix,
        where: `route '${r.name}' of route table '${rt.name}'`,
        vnets,
        details: { routeTable: rt.name, route: r.name },
        replace: (next) => ({
          op: 'updateRouteTable', routeTableId: rt.id,
          patch: { routes: rt.routes.map((x, j) => (j === i ? { ...x, addressPrefix: next } : x)) },
        }),
      });
    });
  }
  for (const o of design.onPremises) {
    o.addressRanges.forEach((text, i) =>
      out.push({
        text,
        where: `on-premises network '${o.name}'`,
        vnets: [],
        details: { onPremises: o.name },
        replace: (next) => ({ op: 'updateOnPremises', onPremisesId: o.id, patch: { addressRanges: replaceAt(o.addressRanges, i, next) } }),
      }),
    );
  }
  return out;
}
