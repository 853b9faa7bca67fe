/**
 * How the TRANSIT_GAP routing fixes (./transitGapRouteFix.ts, ./transitGapSummaryFix.ts) write routes
 * toward the hub's appliance into a spoke [reference 1.6, 1.8, 1.9, 3.1, 3.2]:
 *
 * Route tables: a table used only by this VNet is extended; a table shared with other VNets or with the
 * hub is copied for this VNet, so the others keep their routes, no VNet sends its own range away and the
 * appliance's subnet never routes to itself; subnets without a table get a new one. No table written may
 * hold more than 400 routes (Azure's limit per route table [1.6]).
 *
 * Links: the hub's appliance forwards into the VNet, so its link toward the hub must admit forwarded
 * traffic [1.8], and traffic must be allowed over the peering at all, in both directions [1.9].
 */
import { uniqueId } from '../../../model/ids';
import type { DesignOp } from '../../../model/ops';
import type { Route, RouteTable, Subnet } from '../../../model/schema';
import { isSpecialSubnet } from '../../../model/specialSubnets';
import type { RoutingModel } from '../../reach/model';
import { CHILD_NAME, freeId, freeName, nameProblem, sanitiseName } from '../names';

/** Routes per route table [reference 1.6] (one security-benchmark page says 1,000: UNCONFIRMED, so 400). */
export const ROUTES_PER_TABLE = 400;

/** `r` pointed at the appliance (its name and prefix kept). */
export const toAppliance = (r: Route, ip: string): Route => ({ name: r.name, addressPrefix: r.addressPrefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip });

export const pointsAt = (r: Route, ip: string): boolean => r.nextHopType === 'VirtualAppliance' && (r.nextHopIpAddress ?? '').trim() === ip;

/** The most routes in a table of one of VNet `node`'s workload subnets (0 when none has one). */
export function largestTable(m: RoutingModel, node: number): number {
  let most = 0;
  for (const s of m.nodes[node]?.vnet?.subnets ?? []) {
    const rt = s.routeTableId === undefined || isSpecialSubnet(s.name) ? undefined : m.index.routeTableById.get(s.routeTableId);
    if (rt && rt.routes.length > most) most = rt.routes.length;
  }
  return most;
}

export interface SpokeTables {
  /**
   * Operations giving every workload subnet of VNet `node` the routes `withRoutes` makes of its table's
   * routes, and setting the flags on the links between `node` and `hub`; undefined when a table would
   * grow past the routes limit.
   */
  opsFor(node: number, hub: number, withRoutes: (routes: readonly Route[]) => Route[]): DesignOp[] | undefined;
}

/** One writer per fix: the tables it creates get names and ids unused in the design and among themselves. */
export function spokeTables(m: RoutingModel): SpokeTables {
  const tableNames = new Set(m.design.routeTables.map((r) => r.name.toLowerCase()));
  const freeTableName = (base: string) => {
    const clean = nameProblem(base, CHILD_NAME) === undefined ? base : sanitiseName(base, CHILD_NAME);
    const name = tableNames.has(clean.toLowerCase()) ? freeName(base, CHILD_NAME, tableNames) : clean;
    tableNames.add(name.toLowerCase());
    return name;
  };
  const newIds = new Set<string>();
  const newId = (base: string) => {
    const id = uniqueId(base, (x) => newIds.has(x) || freeId(m.design, x) !== x);
    newIds.add(id);
    return id;
  };
  const tooMany = (before: readonly Route[], after: readonly Route[]) => after.length > ROUTES_PER_TABLE && after.length > before.length;

  return {
    opsFor(node, hub, withRoutes) {
      const vnet = m.nodes[node]?.vnet;
      if (!vnet) return [];
      const ops: DesignOp[] = [];
      // workload subnets by the table they use ('' for none or a table that does not exist)
      const groups = new Map<string, Subnet[]>();
      for (const s of vnet.subnets) {
        if (isSpecialSubnet(s.name)) continue;
        const key = s.routeTableId !== undefined && m.index.routeTableById.has(s.routeTableId) ? s.routeTableId : '';
        const list = groups.get(key);
        if (list) list.push(s);
        else groups.set(key, [s]);
      }
      for (const [tableId, subnets] of groups) {
        const rt = tableId === '' ? undefined : m.index.routeTableById.get(tableId);
        const own = rt !== undefined && (m.index.subnetsByRouteTable.get(rt.id) ?? []).every((u) => u.vnet.id === vnet.id);
        const before = rt?.routes ?? [];
        const routes = withRoutes(before);
        if (tooMany(before, routes)) return undefined;
        if (rt && own) {
          if (JSON.stringify(routes) !== JSON.stringify(rt.routes)) ops.push({ op: 'updateRouteTable', routeTableId: rt.id, patch: { routes } });
          continue;
        }
        const table: RouteTable = {
          id: newId(`rt-${vnet.id}`), name: freeTableName(rt ? `${rt.name}-${vnet.name}` : `rt-${vnet.name}`),
          subscriptionId: vnet.subscriptionId, resourceGroup: vnet.resourceGroup, location: vnet.location,
          disableBgpRoutePropagation: rt?.disableBgpRoutePropagation ?? false, routes,
        };
        ops.push({ op: 'addRouteTable', routeTable: table });
        for (const s of subnets) ops.push({ op: 'updateSubnet', vnetId: vnet.id, subnetId: s.id, patch: { routeTableId: table.id } });
      }
      const toHub = m.link(node, hub);
      if (toHub && (!toHub.allowForwardedTraffic || !toHub.allowVirtualNetworkAccess)) {
        ops.push({ op: 'updatePeering', linkId: toHub.id, patch: { allowForwardedTraffic: true, allowVirtualNetworkAccess: true } });
      }
      const fromHub = m.link(hub, node);
      if (fromHub && !fromHub.allowVirtualNetworkAccess) {
        ops.push({ op: 'updatePeering', linkId: fromHub.id, patch: { allowVirtualNetworkAccess: true } });
      }
      return ops;
    },
  };
}
