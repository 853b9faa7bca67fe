/**
 * NAME_DUPLICATE [reference 2.4, 1.14]: Azure names are case-insensitive, so two VNets "Hub" and "hub" in
 * one resource group and subscription collide, as do two subnets or two peering links of one VNet. The fix
 * renames all but the first with a free numbered name.
 */
import type { DesignOp } from '../../model/ops';
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, withUsableFixes } from './finding';
import { CHILD_NAME, freeName, VNET_NAME, type NameRule } from './names';

const id = (x: { id: string }): string => x.id;

function groupBy<T extends { id: string }>(items: readonly T[], key: (t: T) => string): T[][] {
  const m = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  // Sorted by id so "the first" (kept as is by the fix) does not depend on design order.
  return [...m.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0)));
}

function renameFix<T extends { name: string }>(group: T[], all: readonly T[], rule: NameRule, op: (item: T, name: string) => DesignOp): Fix {
  const taken = all.map((x) => x.name);
  const ops = group.slice(1).map((item) => {
    const name = freeName(item.name, rule, taken);
    taken.push(name);
    return op(item, name);
  });
  return { title: `Rename ${group.slice(1).map((i) => `'${i.name}'`).join(', ')}`, ops };
}

export function nameDuplicate(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const vnets = [...ix.vnetById.values()];
  for (const group of groupBy(vnets, (v) => `${v.subscriptionId.toLowerCase()}\u0000${v.resourceGroup.toLowerCase()}\u0000${v.name.toLowerCase()}`)) {
    const first = group[0];
    if (!first) continue;
    const inGroup = vnets.filter((v) => v.subscriptionId.toLowerCase() === first.subscriptionId.toLowerCase() && v.resourceGroup.toLowerCase() === first.resourceGroup.toLowerCase());
    out.push(finding('NAME_DUPLICATE', `${group.length} VNets are named '${first.name}' in resource group '${first.resourceGroup}' (names are case-insensitive).`, {
      vnets: group.map((v) => v.id), details: { kind: 'VNet', name: first.name, count: group.length },
      fixes: [renameFix(group, inGroup, VNET_NAME, (v, name) => ({ op: 'updateVnet', vnetId: v.id, patch: { name } }))],
    }));
  }
  for (const v of vnets) {
    for (const group of groupBy(v.subnets, (s) => s.name.toLowerCase())) {
      const name = group[0]?.name ?? '';
      out.push(finding('NAME_DUPLICATE', `VNet '${v.name}' has ${group.length} subnets named '${name}' (names are case-insensitive).`, {
        vnets: [v.id], details: { kind: 'subnet', name, count: group.length },
        fixes: [renameFix(group, v.subnets, CHILD_NAME, (s, n) => ({ op: 'updateSubnet', vnetId: v.id, subnetId: s.id, patch: { name: n } }))],
      }));
    }
    const links = ix.linksFrom.get(v.id) ?? [];
    for (const group of groupBy(links, (l) => l.name.toLowerCase())) {
      const name = group[0]?.name ?? '';
      out.push(finding('NAME_DUPLICATE', `VNet '${v.name}' has ${group.length} peering links named '${name}' (names are case-insensitive).`, {
        vnets: [v.id], peerings: group.map((l) => l.id), details: { kind: 'peering', name, count: group.length },
        fixes: [renameFix(group, links, CHILD_NAME, (l, n) => ({ op: 'updatePeering', linkId: l.id, patch: { name: n } }))],
      }));
    }
  }
  return withUsableFixes(design, out);
}
