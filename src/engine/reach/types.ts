/** Public, plain-data shapes of the reachability analysis (rendered by the UI, printed by the CLI). */
import type { RouteSource, DropCode } from './step';

export type { RouteSource, DropCode };

export type ReachStatus = 'reach' | 'partial' | 'none';

export interface ReachMatrixNode {
  id: string;
  name: string;
  kind: 'vnet' | 'onprem';
}

/**
 * The reachability matrix of every endpoint (VNets, then on-premises networks) to every other, stored
 * by source class so a 5,000-VNet estate stays small: the cell from i to j is
 * `rows[rowClass[i]][j]` ('r' reach, 'p' partial, 'n' none), unless `overrides` lists the pair.
 * Read cells with `reachCell`; both directions of a pair are the cells (i, j) and (j, i).
 */
export interface ReachMatrix {
  nodes: ReachMatrixNode[];
  rowClass: number[];
  rows: string[];
  /** [from, to, status] for pairs walked on their own (their address ranges overlap) */
  overrides: [number, number, ReachStatus][];
}

export interface ReachRouteUsed {
  prefix: string;
  source: RouteSource;
  /** VnetLocal, VNetPeering, GlobalVNetPeering, VirtualNetworkGateway, VirtualAppliance, Internet, None */
  nextHopType: string;
  /** the UDR's name */
  name?: string;
  nextHopIpAddress?: string;
}

export interface ReachHop {
  vnetId: string;
  vnetName: string;
  /** subnet whose routes decide ('' for a VNet drawn without workload subnets) */
  subnet: string;
  /** the effective route used (absent when no route matched) */
  route?: ReachRouteUsed;
  /** where the packet goes next, in words ("vnet-hub (peering)", "afw-hub 10.0.1.4 in vnet-hub") */
  nextHop: string;
}

export interface ReachPath {
  /** source subnet ('' for a VNet without workload subnets, the gateway for an on-premises source) */
  sourceSubnet: string;
  /** the destination range walked */
  destination: string;
  delivered: boolean;
  hops: ReachHop[];
  /** when dropped: the hop index where it happened, why (code) and why in words */
  drop?: { hop: number; code: DropCode; reason: string };
  /** one sentence: "spoke-a → spoke-b: spoke-a/snet-app has no route for 10.2.0.0/16 (...)" */
  message: string;
}

export interface ReachExplanation {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  status: ReachStatus;
  /** one path per (source subnet, destination range) */
  paths: ReachPath[];
  /** the first dropped path's message, or a delivered one */
  message: string;
}
