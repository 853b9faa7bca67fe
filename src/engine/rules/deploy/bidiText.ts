/**
 * DEPLOY_BIDI_TEXT: a name or tag holds a bidirectional-text control character (U+202A..U+202E,
 * U+2066..U+2069). Azure's naming rules allow none of them in Microsoft.Network names
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork),
 * and in a script, template or comment they make the text display differently from what runs ("Trojan Source",
 * CVE-2021-42574, https://trojansource.codes). Every user-typed text the exporters write is checked: design,
 * subscription, VNet, subnet, NSG, gateway, Route Server, appliance, Bastion, resource group, route table, route,
 * on-premises network and peering link names, VNet locations, tag keys and values, DNS servers, circuit ids
 * (device addresses and BGP peer addresses are checked as IP addresses and DNS names by DEPLOY_ONPREM_ADDRESS_INVALID).
 */
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { BIDI_CONTROL, shown } from './azureFacts';
import { capPerCode } from './cap';

export function bidiText(design: Design): Finding[] {
  const out: Finding[] = [];
  const check = (kind: string, text: string, vnets: string[], where = '', peerings: string[] = []) => {
    if (!BIDI_CONTROL.test(text)) return;
    out.push(finding('DEPLOY_BIDI_TEXT', `The ${kind} ${shown(text)}${where} contains a bidirectional-text control character: it displays differently from what a script or template runs, and Azure rejects it.`, {
      vnets, peerings, details: { kind },
    }));
  };
  check('design name', design.name, []);
  for (const sub of design.subscriptions) check('subscription name', sub.name, []);
  // resource groups are named in several places: report each name once, with the VNets in it
  const groups = new Map<string, string[]>();
  for (const v of design.vnets) {
    if (v.isPlaceholder) continue;
    const ids = [v.id];
    const inVnet = ` in VNet ${shown(v.name)}`;
    check('VNet name', v.name, ids);
    check('location', v.location, ids, inVnet);
    const inGroup = groups.get(v.resourceGroup);
    if (inGroup) inGroup.push(v.id);
    else groups.set(v.resourceGroup, [v.id]);
    for (const s of v.subnets) {
      check('subnet name', s.name, ids, inVnet);
      if (s.networkSecurityGroup !== undefined) check('network security group name', s.networkSecurityGroup, ids, inVnet);
    }
    for (const g of v.gateways) check('gateway name', g.name, ids, inVnet);
    for (const r of v.routeServers) check('Route Server name', r.name, ids, inVnet);
    for (const a of v.appliances) check('appliance name', a.name, ids, inVnet);
    for (const b of v.bastions) check('Bastion name', b.name, ids, inVnet);
    for (const d of v.dnsServers) check('DNS server', d, ids, inVnet);
    for (const [key, value] of Object.entries(v.tags ?? {})) {
      check('tag key', key, ids, inVnet);
      check('tag value', value, ids, ` of tag ${shown(key)}${inVnet}`);
    }
  }
  for (const g of design.resourceGroups) if (!groups.has(g.name)) groups.set(g.name, []);
  for (const rt of design.routeTables) {
    if (!groups.has(rt.resourceGroup)) groups.set(rt.resourceGroup, []);
    check('route table name', rt.name, []);
    for (const r of rt.routes) check('route name', r.name, [], ` in route table ${shown(rt.name)}`);
  }
  for (const [name, vnets] of groups) check('resource group name', name, vnets);
  for (const o of design.onPremises) {
    check('on-premises network name', o.name, []);
    if (o.expressRouteCircuitId !== undefined) check('ExpressRoute circuit id', o.expressRouteCircuitId, [], ` of on-premises network ${shown(o.name)}`);
  }
  for (const l of design.peerings) check('peering link name', l.name, [l.from, l.to], '', [l.id]);
  return capPerCode(out);
}
