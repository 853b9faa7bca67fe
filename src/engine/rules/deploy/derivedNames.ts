/**
 * DEPLOY_DERIVED_NAME_INVALID: a resource name the export derives from a user name breaks Azure's naming rules.
 * The exporters name public IPs `pip-<gateway>` (`pip-<gateway>-1`/`-2` when active-active), `pip-<route server>`,
 * `pip-<firewall>` (and `pip-<firewall>-mgmt` for Basic), `pip-<bastion>`, firewall policies `afwp-<firewall>`,
 * local network gateways `lgw-<site>` and connections `cn-<gateway>-<site>` (src/export/plan.ts). Azure allows
 * 1-80 characters (letters, digits, `_`, `.`, `-`, starting with a letter or digit, ending with a letter, digit
 * or `_`) for publicIPAddresses, firewallPolicies, localNetworkGateways and connections:
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork
 * A user name that NAME_INVALID already reports is not reported again here; on-premises names, which no other
 * rule checks, are checked through the names derived from them.
 */
import type { Design, VNet } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { CHILD_NAME, nameProblem } from '../names';
import { derivedNames, shown } from './azureFacts';
import { capPerCode } from './cap';
import { connectedSites } from './sites';

interface Derived { kind: string; name: string; from: string; vnets: string[] }

function vnetDerived(v: VNet): Derived[] {
  const out: Derived[] = [];
  const add = (base: string, kind: string, names: string[], from: string) => {
    if (nameProblem(base, CHILD_NAME)) return; // NAME_INVALID's finding
    for (const name of names) out.push({ kind, name, from, vnets: [v.id] });
  };
  for (const g of v.gateways) add(g.name, 'public IP', derivedNames.gatewayPublicIps(g.name, g.activeActive), `gateway ${shown(g.name)}`);
  for (const r of v.routeServers) add(r.name, 'public IP', [derivedNames.publicIp(r.name)], `Route Server ${shown(r.name)}`);
  for (const b of v.bastions) add(b.name, 'public IP', [derivedNames.publicIp(b.name)], `Bastion ${shown(b.name)}`);
  for (const a of v.appliances) {
    if (a.kind !== 'AzureFirewall') continue;
    const from = `firewall ${shown(a.name)}`;
    add(a.name, 'public IP', [derivedNames.publicIp(a.name)], from);
    if (a.sku === 'Basic') add(a.name, 'public IP', [derivedNames.firewallManagementIp(a.name)], from);
    add(a.name, 'firewall policy', [derivedNames.firewallPolicy(a.name)], from);
  }
  return out;
}

export function derivedNameInvalid(design: Design): Finding[] {
  const derived: Derived[] = [];
  for (const v of designIndex(design).vnetById.values()) {
    if (v.isPlaceholder) continue;
    for (const d of vnetDerived(v)) derived.push(d);
  }
  for (const { site: o, gateway, vnet, type } of connectedSites(design)) {
    const from = `on-premises network ${shown(o.name)}`;
    if (type === 'IPsec') derived.push({ kind: 'local network gateway', name: derivedNames.localNetworkGateway(o.name), from, vnets: [vnet.id] });
    if (!nameProblem(gateway.name, CHILD_NAME)) {
      derived.push({ kind: 'connection', name: derivedNames.connection(gateway.name, o.name), from: `${from} and gateway ${shown(gateway.name)}`, vnets: [vnet.id] });
    }
  }
  const out: Finding[] = [];
  for (const d of derived) {
    const problem = nameProblem(d.name, CHILD_NAME);
    if (!problem) continue;
    out.push(finding('DEPLOY_DERIVED_NAME_INVALID', `The export names a ${d.kind} ${shown(d.name)} after ${d.from}, and that name is invalid in Azure: it ${problem}. Shorten or rename ${d.from}.`, {
      vnets: d.vnets, details: { kind: d.kind, name: d.name.slice(0, 200), length: d.name.length },
    }));
  }
  return capPerCode(out);
}
