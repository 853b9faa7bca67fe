/**
 * NAME_INVALID [reference 2.4, source S12, `InvalidResourceName`]: VNets 2-64 characters; subnets,
 * peerings, route tables, routes, gateways, firewalls, Bastions, Route Servers and NSGs 1-80; resource
 * groups 1-90 with their own character set. VNets, subnets and peering links get a fix renaming them to
 * the nearest valid name that is free among their siblings (compared case-insensitively).
 */
import type { DesignOp } from '../../model/ops';
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, withUsableFixes } from './finding';
import { CHILD_NAME, freeName, nameProblem, resourceGroupProblem, VNET_NAME, type NameRule } from './names';

function renameFix(name: string, rule: NameRule, siblings: () => string[], op: (next: string) => DesignOp): Fix {
  const next = freeName(name, rule, siblings());
  return { title: `Rename '${name}' to '${next}'`, ops: [op(next)] };
}

export function naming(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const report = (kind: string, name: string, problem: string | undefined, vnets: string[], where = '', peerings: string[] = [], fix?: () => Fix) => {
    if (!problem) return;
    out.push(finding('NAME_INVALID', `The name of ${kind} '${name}'${where} is invalid: it ${problem}.`, {
      vnets, peerings, details: { kind, name }, fixes: fix ? [fix()] : [],
    }));
  };
  const vnetGroup = (sub: string, rg: string) => `${sub.toLowerCase()}\u0000${rg.toLowerCase()}`;
  let vnetNames: Map<string, string[]> | undefined;
  const vnetSiblings = (sub: string, rg: string): string[] => {
    if (!vnetNames) {
      vnetNames = new Map();
      for (const x of ix.vnetById.values()) {
        const k = vnetGroup(x.subscriptionId, x.resourceGroup);
        vnetNames.set(k, [...(vnetNames.get(k) ?? []), x.name]);
      }
    }
    return vnetNames.get(vnetGroup(sub, rg)) ?? [];
  };
  const groups = new Map<string, string[]>();
  const addGroup = (rg: string, vnetId?: string) => {
    const list = groups.get(rg) ?? [];
    if (vnetId) list.push(vnetId);
    groups.set(rg, list);
  };
  for (const v of ix.vnetById.values()) {
    const vnets = [v.id];
    const inVnet = ` in VNet '${v.name}'`;
    const vnetProblem = nameProblem(v.name, VNET_NAME);
    if (vnetProblem) {
      report('VNet', v.name, vnetProblem, vnets, '', [], () =>
        renameFix(v.name, VNET_NAME, () => vnetSiblings(v.subscriptionId, v.resourceGroup), (name) => ({ op: 'updateVnet', vnetId: v.id, patch: { name } })));
    }
    addGroup(v.resourceGroup, v.id);
    for (const s of v.subnets) {
      const subnetProblem = nameProblem(s.name, CHILD_NAME);
      if (subnetProblem) {
        report('subnet', s.name, subnetProblem, vnets, inVnet, [], () =>
          renameFix(s.name, CHILD_NAME, () => v.subnets.map((x) => x.name), (name) => ({ op: 'updateSubnet', vnetId: v.id, subnetId: s.id, patch: { name } })));
      }
      if (s.networkSecurityGroup !== undefined) report('network security group', s.networkSecurityGroup, nameProblem(s.networkSecurityGroup, CHILD_NAME), vnets, inVnet);
    }
    for (const g of v.gateways) report('gateway', g.name, nameProblem(g.name, CHILD_NAME), vnets, inVnet);
    for (const a of v.appliances) if (a.kind === 'AzureFirewall') report('firewall', a.name, nameProblem(a.name, CHILD_NAME), vnets, inVnet);
    for (const b of v.bastions) report('Bastion', b.name, nameProblem(b.name, CHILD_NAME), vnets, inVnet);
    for (const r of v.routeServers) report('Route Server', r.name, nameProblem(r.name, CHILD_NAME), vnets, inVnet);
  }
  for (const l of design.peerings) {
    if (!nameProblem(l.name, CHILD_NAME)) continue;
    const fix = () => renameFix(l.name, CHILD_NAME, () => (ix.linksFrom.get(l.from) ?? []).map((x) => x.name), (name) => ({ op: 'updatePeering', linkId: l.id, patch: { name } }));
    report('peering link', l.name, nameProblem(l.name, CHILD_NAME), [l.from, l.to], ` of VNet '${ix.vnetById.get(l.from)?.name ?? l.from}'`, [l.id], fix);
  }
  for (const rt of design.routeTables) {
    const vnets = (ix.subnetsByRouteTable.get(rt.id) ?? []).map((u) => u.vnet.id);
    report('route table', rt.name, nameProblem(rt.name, CHILD_NAME), vnets);
    for (const r of rt.routes) report('route', r.name, nameProblem(r.name, CHILD_NAME), vnets, ` in route table '${rt.name}'`);
    addGroup(rt.resourceGroup);
  }
  for (const g of design.resourceGroups) addGroup(g.name);
  for (const [rg, vnets] of groups) report('resource group', rg, resourceGroupProblem(rg), vnets);
  return withUsableFixes(design, out);
}
