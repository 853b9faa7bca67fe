/**
 * ROUTE_FORWARDING_DISABLED [reference 1.8, 3.2]: the packet walk crossed an appliance (or VPN
 * gateway) in a VNet H and then entered a peer whose link toward H has `allowForwardedTraffic` false,
 * so the packet was dropped. Raised where the walk hits it: one finding per forwarding VNet, naming
 * the receiving VNets and their links; the fix turns the flag on for those links.
 */
import type { Design } from '../../../model/schema';
import { reachInternals } from '../../reach/analyse';
import type { ForwardingCause } from '../../reach/walk';
import type { Finding } from '../../types';
import { finding } from '../finding';

export function routeForwardingDisabled(design: Design): Finding[] {
  const r = reachInternals(design);
  const m = r.model;
  const byForwarder = new Map<number, ForwardingCause[]>();
  for (const cause of r.walker.forwardingCauses.values()) {
    const list = byForwarder.get(cause.forwarder);
    if (list) list.push(cause);
    else byForwarder.set(cause.forwarder, [cause]);
  }
  const out: Finding[] = [];
  for (const [forwarder, causes] of byForwarder) {
    causes.sort((a, b) => (a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0));
    const hub = m.nodes[forwarder]?.name ?? '';
    const receivers = causes.map((c) => m.index.vnetById.get(c.link.from)?.name ?? c.link.from);
    const names = receivers.map((v) => `'${v}'`);
    const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
    const first = causes[0];
    const message = causes.length === 1 && first
      ? `Traffic forwarded through '${hub}' is dropped entering '${receivers[0] ?? ''}': its link '${first.link.name}' to '${hub}' has allowForwardedTraffic off.`
      : `Traffic forwarded through '${hub}' is dropped entering ${causes.length} VNets whose link to '${hub}' has allowForwardedTraffic off: ${shown}.`;
    out.push(finding('ROUTE_FORWARDING_DISABLED', message, {
      vnets: [m.nodes[forwarder]?.id ?? '', ...causes.map((c) => c.link.from)],
      peerings: causes.map((c) => c.link.id),
      details: { forwarder: hub, linkCount: causes.length },
      fixes: [{
        title: causes.length === 1 ? `Allow forwarded traffic on '${first?.link.name ?? ''}'` : `Allow forwarded traffic on the ${causes.length} links`,
        ops: causes.map((c) => ({ op: 'updatePeering' as const, linkId: c.link.id, patch: { allowForwardedTraffic: true } })),
      }],
    }));
  }
  return out;
}
