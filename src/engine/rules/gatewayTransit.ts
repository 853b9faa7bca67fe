/**
 * Gateway transit [reference 1.7]: the spoke sets `useRemoteGateways` on one link only, has no gateway of
 * its own, points at a VNet that has a gateway (or Route Server) and whose link back sets
 * `allowGatewayTransit`. `allowGatewayTransit` without a gateway does nothing; both flags on one link
 * contradict each other; a Basic VPN gateway does not support transit.
 * Placeholder VNets (not described by an import) are skipped: their gateways are unknown.
 */
import type { Design, PeeringLink } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, someLink, withUsableFixes } from './finding';
import { reverseLinkFix } from './reverseLink';

const clear = (l: PeeringLink, flag: 'useRemoteGateways' | 'allowGatewayTransit'): Fix => ({
  title: `Clear ${flag} on '${l.name}'`,
  ops: [{ op: 'updatePeering', linkId: l.id, patch: { [flag]: false } }],
});

export function gatewayTransit(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const name = (id: string) => ix.vnetById.get(id)?.name ?? id;
  for (const [vnetId, links] of ix.linksFrom) {
    const v = ix.vnetById.get(vnetId);
    if (!v) continue;
    const remote = links.filter((l) => l.useRemoteGateways && l.to !== l.from);
    if (remote.length > 1) {
      out.push(finding('GW_REMOTE_MULTIPLE', `VNet '${v.name}' sets useRemoteGateways on ${remote.length} links (${remote.map((l) => `'${l.name}'`).join(', ')}): only one is allowed.`, {
        vnets: [v.id, ...remote.map((l) => l.to)], peerings: remote.map((l) => l.id), details: { count: remote.length },
        fixes: remote.map((keep) => ({
          title: `Use only the gateway of '${name(keep.to)}'`,
          ops: remote.filter((l) => l !== keep).map((l) => ({ op: 'updatePeering' as const, linkId: l.id, patch: { useRemoteGateways: false } })),
        })),
      }));
    }
    for (const l of links) {
      const to = ix.vnetById.get(l.to);
      if (!to || l.to === l.from) continue;
      const parts = { vnets: [v.id, to.id], peerings: [l.id] };
      if (l.useRemoteGateways && !v.isPlaceholder && ix.hasGateway(v.id)) {
        out.push(finding('GW_REMOTE_WITH_OWN_GATEWAY', `VNet '${v.name}' has its own gateway or Route Server, so its link '${l.name}' cannot use the gateway of '${to.name}'.`, {
          ...parts, fixes: [clear(l, 'useRemoteGateways')],
        }));
      }
      if (l.useRemoteGateways && !to.isPlaceholder) {
        if (!ix.hasGateway(to.id)) {
          out.push(finding('GW_REMOTE_NO_GATEWAY', `Link '${l.name}' uses the remote gateways of '${to.name}', which has no gateway or Route Server (RemoteVnetHasNoGateways).`, {
            ...parts, fixes: [clear(l, 'useRemoteGateways')],
          }));
        } else if (!to.isClassic) {
          // (a classic hub is PEER_CLASSIC's finding: its gateway cannot be shared at all)
          const back = ix.link(to.id, v.id);
          if (!back?.allowGatewayTransit) {
            const fixes: Fix[] = [];
            if (back) {
              fixes.push({ title: `Allow gateway transit on '${back.name}'`, ops: [{ op: 'updatePeering', linkId: back.id, patch: { allowGatewayTransit: true } }] });
            } else {
              const rev = reverseLinkFix(design, l);
              if (rev) fixes.push(rev);
            }
            fixes.push(clear(l, 'useRemoteGateways'));
            out.push(finding('GW_REMOTE_TRANSIT_NOT_ALLOWED', back
              ? `Link '${l.name}' uses the gateway of '${to.name}', but the link back '${back.name}' does not set allowGatewayTransit.`
              : `Link '${l.name}' uses the gateway of '${to.name}', but '${to.name}' has no link back allowing gateway transit.`, {
              vnets: parts.vnets, peerings: back ? [l.id, back.id] : [l.id], fixes,
            }));
          }
        }
      }
      if (l.allowGatewayTransit && !v.isPlaceholder && !ix.hasGateway(v.id)) {
        out.push(finding('GW_TRANSIT_NO_GATEWAY', `Link '${l.name}' allows gateway transit, but '${v.name}' has no gateway or Route Server: the flag has no effect.`, {
          ...parts, fixes: [clear(l, 'allowGatewayTransit')],
        }));
      }
      if (l.allowGatewayTransit && l.useRemoteGateways) {
        const fixes = [clear(l, 'useRemoteGateways')];
        if (!someLink(design, to.id, v.id, (x) => x.useRemoteGateways)) fixes.push(clear(l, 'allowGatewayTransit'));
        out.push(finding('GW_TRANSIT_AND_REMOTE', `Link '${l.name}' both allows gateway transit and uses remote gateways: a VNet is either the hub or the spoke of a pair.`, {
          ...parts, fixes,
        }));
      }
    }
    const transitLinks = links.filter((l) => l.allowGatewayTransit && l.to !== l.from);
    if (transitLinks.length === 0) continue;
    for (const g of v.gateways) {
      if (g.gatewayType !== 'Vpn' || g.sku.trim().toLowerCase() !== 'basic') continue;
      out.push(finding('GW_BASIC_SKU', `VPN gateway '${g.name}' of '${v.name}' has the Basic SKU, which does not support gateway transit (and is retired).`, {
        vnets: [v.id], peerings: transitLinks.map((l) => l.id), details: { gateway: g.name, sku: g.sku },
        fixes: [{
          title: `Change '${g.name}' to VpnGw1AZ`,
          ops: [{ op: 'updateVnet', vnetId: v.id, patch: { gateways: v.gateways.map((x) => (x === g ? { ...x, sku: 'VpnGw1AZ' } : x)) } }],
        }],
      }));
    }
  }
  return withUsableFixes(design, out);
}
