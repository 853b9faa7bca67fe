/** A design operation that changes one gateway of a VNet (the model has no gateway-level operation). */
import type { DesignOp } from '../../../model/ops';
import type { Gateway, VNet } from '../../../model/schema';
import { isAzSku, REGIONS_WITHOUT_ZONES, normaliseLocation } from './azureFacts';

export function updateGatewayOp(v: VNet, gatewayId: string, patch: Partial<Omit<Gateway, 'id'>>): DesignOp {
  return { op: 'updateVnet', vnetId: v.id, patch: { gateways: v.gateways.map((g) => (g.id === gatewayId ? { ...g, ...patch } : g)) } };
}

export const hasNoZones = (location: string): boolean => REGIONS_WITHOUT_ZONES.has(normaliseLocation(location));

/** The SKU the templates use for a gateway type in a region: zone-redundant where the region has zones. */
export function defaultGatewaySku(type: Gateway['gatewayType'], location: string): string {
  const az = type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ';
  return hasNoZones(location) ? (type === 'Vpn' ? 'VpnGw1' : 'Standard') : az;
}

export { isAzSku };
