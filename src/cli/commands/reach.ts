/** `reach <file> <vnetA> <vnetB>`: the hop-by-hop walk both ways (reachability.md); exit 1 unless both ways reach. */
import { explainReach, type ReachExplanation, type ReachHop } from '../../engine/reach';
import type { Design } from '../../model/schema';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { loadForCommand } from '../load';

const usage = 'reach <file> <vnetA> <vnetB>';

/** A VNet or on-premises network by id, else by name (exact, then ignoring case); ambiguity is an error. */
export function resolveEndpoint(design: Design, key: string): string {
  const endpoints = [...design.vnets.map((v) => ({ id: v.id, name: v.name })), ...design.onPremises.map((o) => ({ id: o.id, name: o.name }))];
  const byId = endpoints.find((e) => e.id === key);
  if (byId) return byId.id;
  for (const match of [(n: string) => n === key, (n: string) => n.toLowerCase() === key.toLowerCase()]) {
    const hits = endpoints.filter((e) => match(e.name));
    if (hits.length === 1 && hits[0]) return hits[0].id;
    if (hits.length > 1) throw new UsageError(`"${key}" names ${hits.length} networks (ids: ${hits.map((h) => h.id).join(', ')}); give an id`);
  }
  throw new UsageError(`no VNet or on-premises network named "${key}" in the design`);
}

function hopLine(hop: ReachHop, i: number): string {
  const where = hop.subnet ? `${hop.vnetName}/${hop.subnet}` : hop.vnetName;
  const r = hop.route;
  const route = r
    ? `${r.prefix} -> ${r.nextHopType}${r.nextHopIpAddress ? ` ${r.nextHopIpAddress}` : ''} (${r.source}${r.name ? ` '${r.name}'` : ''})`
    : 'no matching route';
  return `    ${i + 1}. ${where}: ${route} => ${hop.nextHop}`;
}

export function formatExplanation(e: ReachExplanation): string {
  const lines = [`${e.fromName} -> ${e.toName}: ${e.status === 'reach' ? 'reaches' : e.status === 'partial' ? 'partly reaches' : 'does not reach'}`];
  lines.push(`  ${e.message}`);
  for (const p of e.paths) {
    const from = p.sourceSubnet ? `${e.fromName}/${p.sourceSubnet}` : e.fromName;
    lines.push(`  from ${from} to ${p.destination}: ${p.delivered ? 'delivered' : 'dropped'}`);
    p.hops.forEach((h, i) => lines.push(hopLine(h, i)));
    if (p.drop) lines.push(`    dropped at hop ${p.drop.hop + 1} (${p.drop.code}): ${p.drop.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

const command: Command = {
  name: 'reach',
  summary: 'explain hop by hop whether two VNets reach each other, both ways (names or ids)',
  usage,
  run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, usage);
    const [file = '', a = '', b = ''] = requirePositionals(positionals, ['<file>', '<vnetA>', '<vnetB>'], usage);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    const fromId = resolveEndpoint(loaded.design, a);
    const toId = resolveEndpoint(loaded.design, b);
    let allReach = true;
    const parts: string[] = [];
    for (const [x, y] of [[fromId, toId], [toId, fromId]] as const) {
      const e = explainReach(loaded.design, x, y);
      if (!e) throw new UsageError(`cannot analyse ${x} -> ${y}`);
      if (e.status !== 'reach') allReach = false;
      parts.push(formatExplanation(e));
    }
    io.stdout.write(parts.join('\n'));
    return allReach ? 0 : 1;
  },
};

export default command;
