/**
 * Structural checks on a generated design, independent of the validation engine, used by the template
 * tests: it loads through the one load path, no two VNets overlap, subnets sit inside their VNet and
 * do not overlap, every link has its reverse, route tables match their subnets' region and
 * subscription, and every route next hop is a firewall that exists. Returns the problems found.
 */
import { cidrContains, findOverlaps, parseCidr, type IndexedRange } from '../../model/cidr';
import { parseDesign } from '../../model/parse';
import type { Design } from '../../model/schema';

export function templateProblems(design: Design): string[] {
  const problems: string[] = [];
  const parsed = parseDesign(JSON.parse(JSON.stringify(design)));
  if (!parsed.ok) problems.push(...parsed.errors.map((e) => `schema: ${e.path} ${e.message}`));

  const ranges: IndexedRange<string>[] = [];
  for (const v of design.vnets) {
    for (const p of v.addressPrefixes) {
      const r = parseCidr(p);
      if (r.ok) ranges.push({ range: r.value, item: v.id });
      else problems.push(`${v.name}: bad prefix ${p}`);
    }
  }
  for (const o of design.onPremises) {
    for (const p of o.addressRanges) {
      const r = parseCidr(p);
      if (r.ok) ranges.push({ range: r.value, item: o.id });
    }
  }
  for (const [a, b] of findOverlaps(ranges)) problems.push(`overlap: ${a.item} and ${b.item}`);

  const firewallIps = new Set(design.vnets.flatMap((v) => v.appliances.map((a) => a.privateIpAddress)));
  for (const v of design.vnets) {
    const subnetRanges: IndexedRange<string>[] = [];
    for (const s of v.subnets) {
      for (const p of s.addressPrefixes) {
        if (!v.addressPrefixes.some((vp) => cidrContains(vp, p))) problems.push(`${v.name}/${s.name} ${p} outside the VNet`);
        const r = parseCidr(p);
        if (r.ok) subnetRanges.push({ range: r.value, item: s.name });
      }
      const table = design.routeTables.find((t) => t.id === s.routeTableId);
      if (s.routeTableId !== undefined && !table) problems.push(`${v.name}/${s.name}: unknown route table`);
      if (table && (table.location !== v.location || table.subscriptionId !== v.subscriptionId)) {
        problems.push(`${v.name}/${s.name}: route table ${table.name} in another region or subscription`);
      }
    }
    for (const [a, b] of findOverlaps(subnetRanges)) problems.push(`${v.name}: subnets ${a.item} and ${b.item} overlap`);
    for (const a of v.appliances) {
      const sub = v.subnets.find((s) => s.name === a.subnetName);
      if (!sub || !sub.addressPrefixes.some((p) => { const r = parseCidr(p); return r.ok && cidrContains(p, `${a.privateIpAddress}/32`); })) {
        problems.push(`${v.name}: ${a.name} ${a.privateIpAddress} not inside ${a.subnetName}`);
      }
    }
  }
  for (const l of design.peerings) {
    if (!design.peerings.some((r) => r.from === l.to && r.to === l.from)) problems.push(`one-way link ${l.id}`);
  }
  for (const t of design.routeTables) {
    for (const r of t.routes) {
      if (r.nextHopType === 'VirtualAppliance' && (r.nextHopIpAddress === undefined || !firewallIps.has(r.nextHopIpAddress))) {
        problems.push(`${t.name}/${r.name}: next hop ${r.nextHopIpAddress ?? '(none)'} is no appliance`);
      }
    }
  }
  for (const id of Object.keys(design.layout.positions)) {
    if (!design.vnets.some((v) => v.id === id) && !design.onPremises.some((o) => o.id === id)) problems.push(`position for unknown ${id}`);
  }
  for (const v of design.vnets) if (!design.layout.positions[v.id]) problems.push(`${v.name} has no position`);
  return problems;
}
