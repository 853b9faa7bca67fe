/**
 * explainReach(design, from, to): the hop-by-hop walk of one direction, for every source subnet and
 * destination range, with the route used at each hop and, for a dropped packet, where and why. It
 * re-walks concretely (no classes), with the same `step` the analysis memoises, so both agree.
 */
import type { Design } from '../../model/schema';
import { advertisedTo, startOf } from './analyse';
import { dropReason, nodeName, placeOf } from './messages';
import { routingModel, type Ctx, type RoutingModel } from './model';
import { step, type DropCode, type Step } from './step';
import type { ReachExplanation, ReachHop, ReachPath } from './types';
import { MAX_HOPS } from './walk';

const HAS_NO_WORDS: ReadonlySet<DropCode> = new Set(['no-route', 'not-advertised', 'no-ranges']);

function hopOf(m: RoutingModel, ctx: Ctx, s: Step): ReachHop {
  const v = m.nodes[ctx.vnet];
  const hop: ReachHop = { vnetId: v?.id ?? '', vnetName: v?.name ?? '', subnet: ctx.subnetName, nextHop: 'dropped' };
  if (s.route) {
    const r = s.route;
    hop.route = { prefix: r.prefix, source: r.source, nextHopType: r.nextHopType };
    if (r.routeName !== undefined) hop.route.name = r.routeName;
    if (r.nextHopIpAddress !== undefined) hop.route.nextHopIpAddress = r.nextHopIpAddress;
  }
  if (s.kind === 'deliver') {
    const target = nodeName(m, s.node);
    if (s.node === ctx.vnet) hop.nextHop = `${target} (local)`;
    else if (s.node >= m.vnetCount) hop.nextHop = `${target} (on-premises, through the gateway)`;
    else hop.nextHop = `${target} (peering)`;
  } else if (s.kind === 'next') {
    const ip = s.appliance ? ` ${s.appliance.privateIpAddress}` : '';
    hop.nextHop = `${s.viaName}${ip} in ${nodeName(m, s.vnet)}`;
  }
  return hop;
}

function dropped(m: RoutingModel, path: ReachPath, ctx: Ctx, s: Extract<Step, { kind: 'drop' }>, destText: string, from: number, to: number): ReachPath {
  const reason = dropReason(m, ctx, s, destText, to);
  const where = placeOf(m, ctx);
  path.drop = { hop: Math.max(0, path.hops.length - 1), code: s.code, reason };
  path.message = `${nodeName(m, from)} → ${nodeName(m, to)}: ${HAS_NO_WORDS.has(s.code) ? `${where} ${reason}` : `dropped at ${where}: ${reason}`}`;
  return path;
}

function trace(m: RoutingModel, first: Ctx, d: number, from: number, to: number, gatewayVnet: number): ReachPath {
  const destText = m.dests[d]?.text ?? '';
  const path: ReachPath = { sourceSubnet: first.subnetName, destination: destText, delivered: false, hops: [], message: '' };
  if (gatewayVnet >= 0 && !advertisedTo(m, gatewayVnet, to)) {
    const s: Step = { kind: 'drop', code: 'not-advertised' };
    path.hops.push(hopOf(m, first, s));
    const out = dropped(m, path, first, s, destText, from, to);
    out.message = `${nodeName(m, from)} → ${nodeName(m, to)}: ${nodeName(m, from)} ${dropReason(m, first, s, destText, to)}`;
    return out;
  }
  const seen = new Set<string>();
  let ctx = first;
  let forwarded = false;
  for (;;) {
    const key = `${ctx.id}|${forwarded ? 1 : 0}`;
    if (seen.has(key) || path.hops.length >= MAX_HOPS) {
      const code: DropCode = seen.has(key) ? 'loop' : 'hop-limit';
      return dropped(m, path, ctx, { kind: 'drop', code }, destText, from, to);
    }
    seen.add(key);
    const s = step(m, ctx, d, forwarded);
    path.hops.push(hopOf(m, ctx, s));
    if (s.kind === 'drop') return dropped(m, path, ctx, s, destText, from, to);
    if (s.kind === 'deliver') {
      if (s.node !== to) return dropped(m, path, ctx, { kind: 'drop', route: s.route, code: 'wrong-destination' }, destText, from, to);
      path.delivered = true;
      const places = path.hops.map((h) => (h.subnet ? `${h.vnetName}/${h.subnet}` : h.vnetName));
      path.message = `${nodeName(m, from)} → ${nodeName(m, to)}: delivered to ${destText} (${[...places, nodeName(m, to)].join(' → ')})`;
      return path;
    }
    ctx = s.ctx;
    forwarded = true;
  }
}

/** One direction, from one endpoint (VNet or on-premises network id) to another; undefined for unknown ids. */
export function explainReach(design: Design, fromId: string, toId: string): ReachExplanation | undefined {
  const m = routingModel(design);
  const from = m.nodeIdx.get(fromId);
  const to = m.nodeIdx.get(toId);
  if (from === undefined || to === undefined) return undefined;
  const base = { from: fromId, to: toId, fromName: nodeName(m, from), toName: nodeName(m, to) };
  if (from === to) return { ...base, status: 'reach', paths: [], message: `${base.fromName} is the same endpoint` };
  const start = startOf(m, from, false);
  const dests = m.nodes[to]?.dests ?? [];
  if (!start) {
    const message = `${base.fromName} → ${base.toName}: ${base.fromName} is connected to no gateway`;
    return { ...base, status: 'none', paths: [], message };
  }
  if (dests.length === 0) {
    return { ...base, status: 'none', paths: [], message: `${base.fromName} → ${base.toName}: ${base.toName} has no valid address range` };
  }
  const paths: ReachPath[] = [];
  for (const ctx of start.ctxs) for (const d of dests) paths.push(trace(m, ctx, d, from, to, start.gatewayVnet));
  const ok = paths.filter((p) => p.delivered).length;
  const status = ok === paths.length ? 'reach' : ok === 0 ? 'none' : 'partial';
  const shown = paths.find((p) => !p.delivered) ?? paths[0];
  return { ...base, status, paths, message: shown?.message ?? '' };
}
