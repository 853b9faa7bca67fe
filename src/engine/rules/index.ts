/** The rule registry: one rule per file in this folder; each is `(design) => Finding[]`. */
import type { Design } from '../../model/schema';
import type { Finding } from '../types';
import { cidrNotation } from './cidrNotation';
import { vnetPrefixes } from './vnetPrefixes';
import { subnets } from './subnets';
import { specialSubnets } from './specialSubnets';
import { vnetOverlap } from './vnetOverlap';
import { peerTopology } from './peerTopology';
import { peerState } from './peerState';
import { peerScope } from './peerScope';
import { peerAccess } from './peerAccess';
import { gatewayTransit } from './gatewayTransit';
import { gatewayPlacement } from './gatewayPlacement';
import { routeNextHop } from './routeNextHop';
import { routeTableScope } from './routeTableScope';
import { naming } from './naming';
import { nameDuplicate } from './nameDuplicate';
import { dnsAcrossPeering } from './dnsAcrossPeering';
import { syncAfterResize } from './syncAfterResize';
import { ROUTING_RULES } from './routing';
import { DEPLOY_RULES } from './deploy';

export type Rule = (design: Design) => Finding[];

export const RULES: Rule[] = [
  cidrNotation,
  vnetPrefixes,
  subnets,
  specialSubnets,
  vnetOverlap,
  peerTopology,
  peerState,
  peerScope,
  peerAccess,
  gatewayTransit,
  gatewayPlacement,
  routeNextHop,
  routeTableScope,
  naming,
  nameDuplicate,
  dnsAcrossPeering,
  syncAfterResize,
  // reachability-based rules (routing/): TRANSIT_GAP, INTENT_*, ROUTE_* from the walk, ONPREM_OVERLAP
  ...ROUTING_RULES,
  // deployment preflight (deploy/): DEPLOY_* codes, what Azure checks only when it deploys
  ...DEPLOY_RULES,
];
