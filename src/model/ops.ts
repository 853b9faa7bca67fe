/**
 * Design operations as data. Quick fixes carry them (`{ title, ops }`), the UI's actions and the CLI
 * apply them through `applyOps`, so every change path is the same pure function. Operations never
 * mutate and never throw: an operation that names something missing leaves the design unchanged.
 */
import type {
  Appliance, Design, Intent, OnPremises, PeeringLink, Position, Route, RouteTable, Subnet, Subscription, VNet,
} from './schema';

export type PeeringFlags = Pick<
  PeeringLink,
  'allowVirtualNetworkAccess' | 'allowForwardedTraffic' | 'allowGatewayTransit' | 'useRemoteGateways'
>;

export type DesignOp =
  | { op: 'addVnet'; vnet: VNet; position?: Position }
  | { op: 'updateVnet'; vnetId: string; patch: Partial<Omit<VNet, 'id'>> }
  | { op: 'removeVnet'; vnetId: string }
  | { op: 'addSubnet'; vnetId: string; subnet: Subnet }
  | { op: 'updateSubnet'; vnetId: string; subnetId: string; patch: Partial<Omit<Subnet, 'id'>> }
  | { op: 'removeSubnet'; vnetId: string; subnetId: string }
  | { op: 'addAppliance'; vnetId: string; appliance: Appliance }
  | { op: 'addPeering'; link: PeeringLink }
  | { op: 'updatePeering'; linkId: string; patch: Partial<Omit<PeeringLink, 'id' | 'from' | 'to'>> }
  | { op: 'removePeering'; linkId: string }
  | { op: 'addRouteTable'; routeTable: RouteTable }
  | { op: 'updateRouteTable'; routeTableId: string; patch: Partial<Omit<RouteTable, 'id'>> }
  | { op: 'removeRouteTable'; routeTableId: string }
  | { op: 'addRoute'; routeTableId: string; route: Route }
  | { op: 'addOnPremises'; onPremises: OnPremises }
  | { op: 'updateOnPremises'; onPremisesId: string; patch: Partial<Omit<OnPremises, 'id'>> }
  | { op: 'removeOnPremises'; onPremisesId: string }
  | { op: 'addIntent'; intent: Intent }
  | { op: 'removeIntent'; intentId: string }
  | { op: 'setPosition'; id: string; position: Position }
  | { op: 'addSubscription'; subscription: Subscription }
  /** planning (cost estimate, never exported): GB/month sent over a link; undefined clears it */
  | { op: 'setLinkTraffic'; linkId: string; gbPerMonth: number | undefined }
  /** planning: price overrides in USD/GB and the date they were checked; undefined prices = defaults */
  | { op: 'setPlanningPrices'; prices: Record<string, number> | undefined; pricesDate: string | undefined }
  /** the design's own name (shown in the toolbar, the Designs list and file names) */
  | { op: 'setDesignName'; name: string };

const mapVnet = (design: Design, vnetId: string, f: (v: VNet) => VNet): Design => ({
  ...design,
  vnets: design.vnets.map((v) => (v.id === vnetId ? f(v) : v)),
});

const sameSpace = (a: readonly string[], b: readonly string[]): boolean => {
  const norm = (list: readonly string[]) => list.map((p) => p.trim().toLowerCase()).sort().join(',');
  return norm(a) === norm(b);
};

/**
 * Peering sync after a resize (issue 11, defect 10): when an edit changes the address space of a VNet that has
 * peerings, the space it had before is what Azure last had (unless a baseline is already recorded), so it becomes
 * `importedAddressPrefixes`: the plan's `syncs`, SYNC_AFTER_RESIZE and every exporter then know the peer links
 * need a sync (https://learn.microsoft.com/azure/virtual-network/update-virtual-network-peering-address-space).
 * A patch that sets the baseline itself wins.
 */
function withSyncBaseline(design: Design, before: VNet, after: VNet, patch: Partial<Omit<VNet, 'id'>>): VNet {
  if (patch.addressPrefixes === undefined || 'importedAddressPrefixes' in patch || before.importedAddressPrefixes !== undefined) return after;
  if (sameSpace(before.addressPrefixes, after.addressPrefixes)) return after;
  const peered = design.peerings.some((p) => p.from !== p.to && (p.from === before.id || p.to === before.id));
  return peered ? { ...after, importedAddressPrefixes: [...before.addressPrefixes] } : after;
}

export function applyOp(design: Design, op: DesignOp): Design {
  switch (op.op) {
    case 'addVnet': {
      if (design.vnets.some((v) => v.id === op.vnet.id)) return design;
      const next = { ...design, vnets: [...design.vnets, op.vnet] };
      return op.position ? applyOp(next, { op: 'setPosition', id: op.vnet.id, position: op.position }) : next;
    }
    case 'updateVnet':
      return mapVnet(design, op.vnetId, (v) => withSyncBaseline(design, v, { ...v, ...op.patch }, op.patch));
    case 'removeVnet': {
      const { [op.vnetId]: _removed, ...positions } = design.layout.positions;
      return {
        ...design,
        vnets: design.vnets.filter((v) => v.id !== op.vnetId),
        peerings: design.peerings.filter((p) => p.from !== op.vnetId && p.to !== op.vnetId),
        intents: design.intents.filter((i) => i.from !== op.vnetId && i.to !== op.vnetId),
        onPremises: design.onPremises.map((o) => {
          const vnet = design.vnets.find((v) => v.id === op.vnetId);
          return vnet && vnet.gateways.some((g) => g.id === o.gatewayId) ? { ...o, gatewayId: undefined } : o;
        }),
        layout: { ...design.layout, positions },
      };
    }
    case 'addSubnet':
      return mapVnet(design, op.vnetId, (v) =>
        v.subnets.some((s) => s.id === op.subnet.id) ? v : { ...v, subnets: [...v.subnets, op.subnet] },
      );
    case 'updateSubnet':
      return mapVnet(design, op.vnetId, (v) => ({
        ...v,
        subnets: v.subnets.map((s) => (s.id === op.subnetId ? { ...s, ...op.patch } : s)),
      }));
    case 'removeSubnet':
      return mapVnet(design, op.vnetId, (v) => ({ ...v, subnets: v.subnets.filter((s) => s.id !== op.subnetId) }));
    case 'addAppliance':
      return mapVnet(design, op.vnetId, (v) =>
        v.appliances.some((a) => a.id === op.appliance.id) ? v : { ...v, appliances: [...v.appliances, op.appliance] },
      );
    case 'addPeering':
      if (design.peerings.some((p) => p.id === op.link.id)) return design;
      if (!design.vnets.some((v) => v.id === op.link.from) || !design.vnets.some((v) => v.id === op.link.to)) return design;
      return { ...design, peerings: [...design.peerings, op.link] };
    case 'updatePeering':
      return { ...design, peerings: design.peerings.map((p) => (p.id === op.linkId ? { ...p, ...op.patch } : p)) };
    case 'removePeering':
      return { ...design, peerings: design.peerings.filter((p) => p.id !== op.linkId) };
    case 'addRouteTable':
      if (design.routeTables.some((r) => r.id === op.routeTable.id)) return design;
      return { ...design, routeTables: [...design.routeTables, op.routeTable] };
    case 'updateRouteTable':
      return {
        ...design,
        routeTables: design.routeTables.map((r) => (r.id === op.routeTableId ? { ...r, ...op.patch } : r)),
      };
    case 'removeRouteTable':
      return {
        ...design,
        routeTables: design.routeTables.filter((r) => r.id !== op.routeTableId),
        vnets: design.vnets.map((v) =>
          v.subnets.some((s) => s.routeTableId === op.routeTableId)
            ? { ...v, subnets: v.subnets.map((s) => (s.routeTableId === op.routeTableId ? { ...s, routeTableId: undefined } : s)) }
            : v,
        ),
      };
    case 'addRoute':
      return {
        ...design,
        routeTables: design.routeTables.map((r) =>
          r.id === op.routeTableId ? { ...r, routes: [...r.routes, op.route] } : r,
        ),
      };
    case 'addOnPremises':
      if (design.onPremises.some((o) => o.id === op.onPremises.id)) return design;
      return { ...design, onPremises: [...design.onPremises, op.onPremises] };
    case 'updateOnPremises':
      return {
        ...design,
        onPremises: design.onPremises.map((o) => (o.id === op.onPremisesId ? { ...o, ...op.patch } : o)),
      };
    case 'removeOnPremises': {
      const { [op.onPremisesId]: _removed, ...positions } = design.layout.positions;
      return {
        ...design,
        onPremises: design.onPremises.filter((o) => o.id !== op.onPremisesId),
        intents: design.intents.filter((i) => i.from !== op.onPremisesId && i.to !== op.onPremisesId),
        layout: { ...design.layout, positions },
      };
    }
    case 'addIntent':
      if (design.intents.some((i) => i.id === op.intent.id)) return design;
      return { ...design, intents: [...design.intents, op.intent] };
    case 'removeIntent':
      return { ...design, intents: design.intents.filter((i) => i.id !== op.intentId) };
    case 'setPosition':
      return { ...design, layout: { ...design.layout, positions: { ...design.layout.positions, [op.id]: op.position } } };
    case 'addSubscription':
      if (design.subscriptions.some((s) => s.id === op.subscription.id)) return design;
      return { ...design, subscriptions: [...design.subscriptions, op.subscription] };
    case 'setLinkTraffic': {
      const { [op.linkId]: _old, ...traffic } = design.planning?.trafficGbPerMonth ?? {};
      const gb = op.gbPerMonth;
      const trafficGbPerMonth = gb !== undefined && Number.isFinite(gb) && gb >= 0 ? { ...traffic, [op.linkId]: gb } : traffic;
      return { ...design, planning: { ...design.planning, trafficGbPerMonth } };
    }
    case 'setPlanningPrices':
      return {
        ...design,
        planning: { trafficGbPerMonth: design.planning?.trafficGbPerMonth ?? {}, prices: op.prices, pricesDate: op.pricesDate },
      };
    case 'setDesignName':
      return design.name === op.name ? design : { ...design, name: op.name };
  }
}

export function applyOps(design: Design, ops: readonly DesignOp[]): Design {
  return ops.reduce(applyOp, design);
}
