/**
 * One VNet gateway: name, SKU, and for VPN gateways active-active and the BGP ASN.
 *
 * - Active-active: "You can't configure an active-active gateway using the Basic gateway SKU"; it takes
 *   two Standard static public IPs (https://learn.microsoft.com/azure/vpn-gateway/about-active-active-gateways).
 *   ExpressRoute gateways have no such setting here.
 * - A Route Server needs the VPN gateway "configured in active-active mode and have the ASN set to
 *   65515" (Route Server FAQ, https://learn.microsoft.com/azure/route-server/route-server-faq).
 * - BGP: "supported on all Azure VPN Gateway SKUs except Basic SKU" (VPN Gateway FAQ, BGP section).
 * - AZ SKUs need zone-redundant Standard public IPs, which the exports give them (isZoneRedundantSku,
 *   sources in src/export/plan.ts).
 */
import type { Gateway, VNet } from '../../model/schema';
import { isZoneRedundantSku } from '../../export/plan';
import { CheckboxField, SelectField, TextField } from '../common/TextField';
import { childName, gatewayAsn } from './fieldRules';

export const GATEWAY_SKUS = {
  Vpn: ['VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'VpnGw1', 'VpnGw2', 'Basic'],
  ExpressRoute: ['ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', 'Standard', 'HighPerformance', 'UltraPerformance'],
} as const;

/** Route Server peers with a VPN gateway only at this ASN (Route Server FAQ). */
const ROUTE_SERVER_ASN = 65515;

function activeActiveHint(gateway: Gateway, hasRouteServer: boolean): string {
  if (gateway.sku === 'Basic') return 'The Basic SKU cannot be active-active.';
  if (hasRouteServer && !gateway.activeActive) return 'This VNet has a Route Server: it needs an active-active VPN gateway.';
  return 'Both instances carry traffic, each with its own public IP (the export creates two).';
}

export function GatewayEditor({ vnet, gateway, onChange }: {
  vnet: VNet;
  gateway: Gateway;
  /** the changed gateway, and the text field typed in (its edits merge into one undo step; choices pass none) */
  onChange: (gateway: Gateway, field?: string) => void;
}) {
  const isVpn = gateway.gatewayType === 'Vpn';
  const hasRouteServer = vnet.routeServers.length > 0;
  const skuOptions = [...new Set([gateway.sku, ...GATEWAY_SKUS[gateway.gatewayType]])].map((s) => ({ value: s, label: s }));
  const isAz = isZoneRedundantSku(gateway.sku);
  return (
    <div className="sub-fields">
      <TextField label="Gateway name" value={gateway.name} check={childName} onCommit={(name) => onChange({ ...gateway, name }, 'gw-name')} />
      <SelectField label="Gateway SKU" value={gateway.sku} options={skuOptions}
        hint={isAz
          ? 'Zone-redundant SKU: the export gives its Standard public IPs zones 1, 2 and 3; the region must have availability zones.'
          : 'Regional SKU: its public IPs get no zones.'}
        onChange={(sku) => onChange({ ...gateway, sku, activeActive: sku === 'Basic' ? false : gateway.activeActive })} />
      {isVpn && (
        <>
          <CheckboxField label="Active-active" checked={gateway.activeActive} disabled={gateway.sku === 'Basic'}
            hint={activeActiveHint(gateway, hasRouteServer)}
            onChange={(activeActive) => onChange({ ...gateway, activeActive })} />
          <TextField label="Gateway BGP ASN" commitOnBlur value={gateway.asn === undefined ? '' : String(gateway.asn)} mono check={gatewayAsn}
            placeholder="65515"
            hint={gateway.sku === 'Basic' ? 'The Basic SKU has no BGP: an ASN here is not used.' : "Empty: Azure's default, 65515."}
            onCommit={(t) => onChange({ ...gateway, asn: t.trim() === '' ? undefined : Number(t.trim()) }, 'gw-asn')} />
          {hasRouteServer && gateway.asn !== undefined && gateway.asn !== ROUTE_SERVER_ASN && (
            <p className="field-error">This VNet has a Route Server: the VPN gateway&apos;s ASN must be 65515.</p>
          )}
        </>
      )}
    </div>
  );
}
