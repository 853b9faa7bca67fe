/**
 * NAME_INVALID [reference 2.4, source S12, `InvalidResourceName`]: VNets 2-64 characters; subnets,
 * peerings, route tables, routes, gateways, firewalls, Bastions, Route Servers and NSGs 1-80; resource
 * groups 1-90 with their own character set.
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding } from './finding';
import { CHILD_NAME, nameProblem, resourceGroupProblem, VNET_NAME } from './names';

export function naming(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const report = (kind: string, name: string, problem: string | undefined, vnets: string[], peerings: string[] = []) => {
    if (problem) out.push(finding('NAME_INVALID', `The name of ${kind} '${name}' is invalid: it ${problem}.`, { vnets, peerings, details: { kind, name } }));
  };
  const groups = new Map<string, string[]>();
  const addGroup = (rg: string, vnetId?: string) => {
    const list = groups.get(rg) ?? [];
    if (vnetId) list.push(vnetId);
    groups.set(rg, list);
  };
  for (const v of ix.vnetById.values()) {
    const vnets = [v.id];
    report('VNet', v.name, nameProblem(v.name, VNET_NAME), vnets);
    addGroup(v.resourceGroup, v.id);
    for (const s of v.subnets) {
      report(`subnet (VNet '${v.name}')`, s.name, nameProblem(s.name, CHILD_NAME), vnets);
      if (s.networkSecurityGroup !== undefined) report(`network security group (VNet '${v.name}')`, s.networkSecurityGroup, nameProblem(s.networkSecurityGroup, CHILD_NAME), vnets);
    }
    for (const g of v.gateways) report(`gateway (VNet '${v.name}')`, g.name, nameProblem(g.name, CHILD_NAME), vnets);
    for (const a of v.appliances) if (a.kind === 'AzureFirewall') report(`firewall (VNet '${v.name}')`, a.name, nameProblem(a.name, CHILD_NAME), vnets);
    for (const b of v.bastions) report(`Bastion (VNet '${v.name}')`, b.name, nameProblem(b.name, CHILD_NAME), vnets);
    for (const r of v.routeServers) report(`Route Server (VNet '${v.name}')`, r.name, nameProblem(r.name, CHILD_NAME), vnets);
  }
  for (const l of design.peerings) report(`peering link`, l.name, nameProblem(l.name, CHILD_NAME), [l.from, l.to], [l.id]);
  for (const rt of design.routeTables) {
    const vnets = (ix.subnetsByRouteTable.get(rt.id) ?? []).map((u) => u.vnet.id);
    report('route table', rt.name, nameProblem(rt.name, CHILD_NAME), vnets);
    for (const r of rt.routes) report(`route (route table '${rt.name}')`, r.name, nameProblem(r.name, CHILD_NAME), vnets);
    addGroup(rt.resourceGroup);
  }
  for (const g of design.resourceGroups) addGroup(g.name);
  for (const [rg, vnets] of groups) report('resource group', rg, resourceGroupProblem(rg), vnets);
  return out;
}
