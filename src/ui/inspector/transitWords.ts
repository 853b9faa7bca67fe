/**
 * Gateway transit of one VNet pair in words (reference 1.7): the hub's link allows gateway transit,
 * the spoke's link uses remote gateways, and both are needed for the spoke to use the hub's gateway.
 */
import type { PeeringLink } from '../../model/schema';

export function transitRoles(aName: string, bName: string, ab: PeeringLink | undefined, ba: PeeringLink | undefined): string[] {
  const out: string[] = [];
  const side = (hub: string, spoke: string, hubLink: PeeringLink | undefined, spokeLink: PeeringLink | undefined) => {
    const allows = !!hubLink?.allowGatewayTransit;
    const uses = !!spokeLink?.useRemoteGateways;
    if (allows && uses) out.push(`${hub} is the hub: it shares its gateway, and ${spoke} sends on-premises traffic through ${hub}'s gateway.`);
    else if (allows) out.push(`${hub} offers its gateway to ${spoke}, but ${spoke} does not use it ("Use remote gateways" is off on ${spoke}'s side).`);
    else if (uses) out.push(`${spoke} wants to use ${hub}'s gateway, but ${hub} does not allow gateway transit: Azure rejects this.`);
  };
  side(aName, bName, ab, ba);
  side(bName, aName, ba, ab);
  if (out.length === 0) out.push('No gateway transit: each VNet uses only its own gateway, if it has one.');
  return out;
}
