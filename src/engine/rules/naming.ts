/**
 * NAME_INVALID [reference 2.4, source S12, `InvalidResourceName`]: VNets 2-64 characters; subnets,
 * peerings, route tables, routes, gateways, firewalls, Bastions, Route Servers and NSGs 1-80; resource
 * groups 1-90 with their own character set.
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { CHILD_NAME, nameProblem, resourceGroupProblem, VNET_NAME } from './names';

export function naming(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const report = (kind: string, name: string, problem: string | undefined, vnets: string[], where = '', peerings: string[] = []) => {
    if (problem) out.push(finding('NAME_INVALID', `The name of ${kind} '${name}'${where} is invalid: it ${problem}.`, { vnets, peerings, details: { kind, name } }));
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
    report('VNet', v.name, nameProblem(v.name, VNET_NAME), vnets);
    addGroup(v.resourceGroup, v.id);
    for (const s of v.subnets) {
      report('subnet', s.name, nameProblem(s.name, CHILD_NAME), vnets, inVnet);
      if (s.networkSecurityGroup !== undefined) report('network security group', s.networkSecurityGroup, nameProblem(s.networkSecurityGroup, CHILD_NAME), vnets, inVnet);
    }
    for (const g of v.gateways) report('gateway', g.name, nameProblem(g.name, CHILD_NAME), vnets, inVnet);
    for (const a of v.appliances) if (a.kind === 'AzureFirewall') report('firewall', a.name, nameProblem(a.name, CHILD_NAME), vnets, inVnet);
    for (const b of v.bastions) report('Bastion', b.name, nameProblem(b.name, CHILD_NAME), vnets, inVnet);
    for (const r of v.routeServers) report('Route Server', r.name, nameProblem(r.name, CHILD_NAME), vnets, inVnet);
  }
  for (const l of design.peerings) report('peering link', l.name, nameProblem(l.name, CHILD_NAME), [l.from, l.to], ` of VNet '${ix.vnetById.get(l.from)?.name ?? l.from}'`, [l.id]);
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
