/**
 * ONPREM_OVERLAP [reference 2.1, 1.7]: an on-premises range overlaps a VNet's address space. An error
 * when the VNet has a gateway path to on-premises (its own gateway, or a remote one through gateway
 * transit): both ranges meet in its routes. A warning otherwise (nothing clashes yet, but connecting
 * the VNet later would). One finding per on-premises network and VNet.
 */
import { rangesOverlap } from '../../../model/cidr';
import type { Design } from '../../../model/schema';
import { routingModel } from '../../reach/model';
import type { Finding } from '../../types';
import { finding } from '../finding';

export function onpremOverlap(design: Design): Finding[] {
  const m = routingModel(design);
  const N = m.nodes.length;
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const key of m.overlapPairs) {
    const a = Math.floor(key / N);
    const b = key % N;
    const v = Math.min(a, b);
    const o = Math.max(a, b);
    if (v >= m.vnetCount || o < m.vnetCount || seen.has(v * N + o)) continue;
    seen.add(v * N + o);
    const vnet = m.nodes[v];
    const site = m.nodes[o];
    if (!vnet || !site) continue;
    let pair: [string, string] | undefined;
    for (const dv of vnet.dests) {
      for (const dof of site.dests) {
        const x = m.dests[dv];
        const y = m.dests[dof];
        if (!pair && x && y && rangesOverlap(x.range, y.range)) pair = [y.text, x.text];
      }
    }
    const [siteRange, vnetRange] = pair ?? ['', ''];
    const gateway = m.gatewaysFor(v)[0];
    const owner = gateway ? m.nodes[m.gatewayVnet.get(gateway.id) ?? -1]?.name ?? '' : '';
    const message = gateway
      ? `On-premises range ${siteRange} of '${site.name}' overlaps '${vnet.name}' (${vnetRange}), which reaches on-premises through gateway '${gateway.name}' of '${owner}'.`
      : `On-premises range ${siteRange} of '${site.name}' overlaps '${vnet.name}' (${vnetRange}); '${vnet.name}' has no gateway path to on-premises yet, but connecting it later would clash.`;
    const f = finding('ONPREM_OVERLAP', message, {
      vnets: [vnet.id],
      details: { onPremises: site.name, onPremisesRange: siteRange, vnetPrefix: vnetRange, gatewayPath: !!gateway },
    });
    // findings.md: a warning when no gateway path exists (the catalogue severity is the error case)
    if (!gateway) f.severity = 'warning';
    out.push(f);
  }
  return out;
}
