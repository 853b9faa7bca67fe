/**
 * Where the two peered VNets live [reference 1.10, 1.11, 1.12]: peering never crosses clouds; classic
 * VNets peer only with ARM VNets and cannot be a gateway-transit hub; different regions (global
 * peering), subscriptions and tenants are allowed but worth knowing. One finding per VNet pair.
 */
import type { Cloud, Design, PeeringLink, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, sameId, sameLocation, someLink, withUsableFixes } from './finding';

export function peerScope(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const pairs = new Map<string, { a: VNet; b: VNet; links: PeeringLink[] }>();
  for (const l of design.peerings) {
    if (l.from === l.to) continue;
    const x = ix.vnetById.get(l.from);
    const y = ix.vnetById.get(l.to);
    if (!x || !y) continue;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = `${a.id}\u0000${b.id}`;
    const pair = pairs.get(key);
    if (pair) pair.links.push(l);
    else pairs.set(key, { a, b, links: [l] });
  }
  const cloudOf = (v: VNet): Cloud => ix.subscriptionById.get(v.subscriptionId)?.cloud ?? 'AzureCloud';
  const tenantOf = (v: VNet): string => ix.subscriptionById.get(v.subscriptionId)?.tenantId ?? '';
  for (const { a, b, links } of pairs.values()) {
    const parts = { vnets: [a.id, b.id], peerings: links.map((l) => l.id) };
    const names = `'${a.name}' and '${b.name}'`;
    if (cloudOf(a) !== cloudOf(b)) {
      out.push(finding('PEER_CROSS_CLOUD', `VNets ${names} are in different clouds (${cloudOf(a)}, ${cloudOf(b)}): peering across clouds is not possible.`, {
        ...parts, details: { cloudA: cloudOf(a), cloudB: cloudOf(b) },
      }));
    }
    if (a.isClassic && b.isClassic) {
      out.push(finding('PEER_CLASSIC', `VNets ${names} are both classic: a classic VNet can only be peered with an ARM VNet.`, parts));
    }
    // an unknown location (a placeholder from an import) says nothing about global peering
    if (a.location.trim() !== '' && b.location.trim() !== '' && !sameLocation(a.location, b.location)) {
      out.push(finding('PEER_GLOBAL', `VNets ${names} are in different regions (${a.location}, ${b.location}): global peering is charged per GB by zone, and Basic load balancers are unreachable across it.`, {
        ...parts, details: { locationA: a.location, locationB: b.location },
      }));
    }
    if (!sameId(a.subscriptionId, b.subscriptionId)) {
      out.push(finding('PEER_CROSS_SUBSCRIPTION', `VNets ${names} are in different subscriptions: each side needs Microsoft.Network/virtualNetworks/peer/action on the other VNet.`, {
        ...parts, details: { subscriptionA: a.subscriptionId, subscriptionB: b.subscriptionId },
      }));
    }
    const ta = tenantOf(a);
    const tb = tenantOf(b);
    if (ta !== '' && tb !== '' && !sameId(ta, tb)) {
      out.push(finding('PEER_CROSS_TENANT', `VNets ${names} are in different Entra tenants: the peering needs an identity authorised in both tenants.`, {
        ...parts, details: { tenantA: ta, tenantB: tb },
      }));
    }
  }
  // A classic VNet cannot be the gateway side of gateway transit [1.7 rule 7, 1.12].
  for (const l of design.peerings) {
    const from = ix.vnetById.get(l.from);
    const to = ix.vnetById.get(l.to);
    if (!from || !to || from === to) continue;
    const usesClassic = l.useRemoteGateways && to.isClassic;
    const sharesClassic = l.allowGatewayTransit && from.isClassic;
    if (!usesClassic && !sharesClassic) continue;
    const hub = usesClassic ? to : from;
    const patch = { ...(usesClassic ? { useRemoteGateways: false } : {}), ...(sharesClassic ? { allowGatewayTransit: false } : {}) };
    // Clearing allowGatewayTransit while the other side still uses it would only trade this error for another.
    const fixable = !sharesClassic || !someLink(design, l.to, l.from, (x) => x.useRemoteGateways);
    out.push(finding('PEER_CLASSIC', `Classic VNet '${hub.name}' is used as a gateway-transit hub by link '${l.name}': only an ARM VNet's gateway can be shared.`, {
      vnets: [from.id, to.id], peerings: [l.id],
      fixes: !fixable ? [] : [{
        title: `Clear ${Object.keys(patch).join(' and ')} on '${l.name}'`,
        ops: [{ op: 'updatePeering', linkId: l.id, patch }],
      }],
    }));
  }
  return withUsableFixes(design, out);
}
