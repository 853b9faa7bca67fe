/**
 * The memoised packet walk. A state is (context, destination, forwarded?): what happens next depends
 * on nothing else (an appliance picks its next hop from its own subnet's routes, whoever sent the
 * packet), so each state is resolved once per design and shared by every source that reaches it.
 *
 * Outcomes record where the packet was delivered, the set of forwarders it crossed (for asymmetry),
 * and the cause of a drop that a finding reports (ROUTE_FORWARDING_DISABLED, hit during the walk).
 */
import type { PeeringLink } from '../../model/schema';
import type { Ctx, RoutingModel } from './model';
import { step, type DropCode } from './step';

/** A walk stops after this many routing decisions [reachability.md]. */
export const MAX_HOPS = 8;

export interface Outcome {
  delivered: boolean;
  /** node the packet was delivered to (-1 when dropped) */
  node: number;
  code: DropCode | undefined;
  /** interned set of forwarders (appliance and gateway ids) crossed; 0 = none */
  via: number;
  hops: number;
}

export interface ForwardingCause {
  /** the receiving VNet's link toward the forwarding VNet, with allowForwardedTraffic false */
  link: PeeringLink;
  /** node of the VNet that forwarded (holds the appliance or gateway) */
  forwarder: number;
}

const IN_PROGRESS: Outcome = { delivered: false, node: -1, code: 'loop', via: 0, hops: 0 };
const LOOP: Outcome = { delivered: false, node: -1, code: 'loop', via: 0, hops: 1 };

export class Walker {
  /** per context: (destination * 2 + forwarded) -> outcome */
  private readonly memo: (Map<number, Outcome> | undefined)[] = [];
  private readonly viaIds = new Map<string, number>([['', 0]]);
  private readonly viaSets: string[][] = [[]];
  private readonly viaMerge = new Map<string, Map<number, number>>();
  /** causes hit so far, by link id */
  readonly forwardingCauses = new Map<string, ForwardingCause>();

  constructor(private readonly m: RoutingModel) {}

  /** The forwarder ids of an interned via set. */
  viaSet(via: number): readonly string[] {
    return this.viaSets[via] ?? [];
  }

  resolve(ctx: Ctx, d: number, forwarded: boolean, depth = 0): Outcome {
    // A class context is only ever a starting point (never a next hop) and each (class, destination)
    // is asked once: no memo needed, and no loop can pass through it.
    if (ctx.excludeOwn) return this.compute(ctx, d, forwarded, depth);
    const key = d * 2 + (forwarded ? 1 : 0);
    let memo = this.memo[ctx.id];
    if (!memo) this.memo[ctx.id] = memo = new Map();
    const hit = memo.get(key);
    if (hit) return hit === IN_PROGRESS ? LOOP : hit;
    // chains of distinct states longer than this are far past the hop limit: stop without memoising
    if (depth > 4 * MAX_HOPS) return { delivered: false, node: -1, code: 'hop-limit', via: 0, hops: MAX_HOPS + 1 };
    memo.set(key, IN_PROGRESS);
    const out = this.compute(ctx, d, forwarded, depth);
    memo.set(key, out);
    return out;
  }

  private compute(ctx: Ctx, d: number, forwarded: boolean, depth: number): Outcome {
    const s = step(this.m, ctx, d, forwarded);
    let out: Outcome;
    if (s.kind === 'deliver') out = { delivered: true, node: s.node, code: undefined, via: 0, hops: 1 };
    else if (s.kind === 'drop') {
      if (s.code === 'forwarding-disabled' && s.link && !this.forwardingCauses.has(s.link.id)) {
        this.forwardingCauses.set(s.link.id, { link: s.link, forwarder: ctx.vnet });
      }
      out = { delivered: false, node: -1, code: s.code, via: 0, hops: 1 };
    } else {
      const next = this.resolve(s.ctx, d, true, depth + 1);
      const hops = next.hops + 1;
      if (next.delivered && hops > MAX_HOPS) out = { delivered: false, node: -1, code: 'hop-limit', via: 0, hops };
      else out = { delivered: next.delivered, node: next.node, code: next.code, via: this.merge(s.via, next.via), hops };
    }
    return out;
  }

  private merge(id: string, via: number): number {
    let byVia = this.viaMerge.get(id);
    if (!byVia) this.viaMerge.set(id, (byVia = new Map()));
    let r = byVia.get(via);
    if (r !== undefined) return r;
    const set = [...new Set([id, ...(this.viaSets[via] ?? [])])].sort();
    const text = set.join('\u0000');
    r = this.viaIds.get(text);
    if (r === undefined) {
      r = this.viaSets.length;
      this.viaSets.push(set);
      this.viaIds.set(text, r);
    }
    byVia.set(via, r);
    return r;
  }
}
