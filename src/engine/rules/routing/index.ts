/** The routing and transitivity rules built on the reachability analysis (../../reach). */
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { intentNotIsolated } from './intentNotIsolated';
import { intentUnreachable } from './intentUnreachable';
import { onpremOverlap } from './onpremOverlap';
import { routeAsymmetric } from './routeAsymmetric';
import { routeForwardingDisabled } from './routeForwardingDisabled';
import { routeNextHopUnreachable } from './routeNextHopUnreachable';
import { transitGap } from './transitGap';

export const ROUTING_RULES: ((design: Design) => Finding[])[] = [
  transitGap,
  intentUnreachable,
  intentNotIsolated,
  routeNextHopUnreachable,
  routeForwardingDisabled,
  routeAsymmetric,
  onpremOverlap,
];
