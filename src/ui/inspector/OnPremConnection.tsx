/**
 * How an on-premises network connects: the design's VPN or ExpressRoute gateway it connects through,
 * the connection type, then the VPN device (OnPremVpnDevice) or the ExpressRoute circuit.
 *
 * A connection's type must match its gateway: `IPsec` starts from a VPN gateway, `ExpressRoute` from
 * an ExpressRoute gateway (Microsoft.Network/connections `connectionType` with `virtualNetworkGateway1`,
 * https://learn.microsoft.com/azure/templates/microsoft.network/connections; VPN Gateway FAQ,
 * "What are my cross-premises connection options?", https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq).
 */
import { useMemo } from 'react';
import type { Gateway, OnPremises, VNet } from '../../model/schema';
import { SelectField, TextField } from '../common/TextField';
import { useDesigner } from '../StoreProvider';
import { circuitId } from './fieldRules';
import type { SitePatch } from './OnPremInspector';
import { OnPremVpnDevice } from './OnPremVpnDevice';
import { Section } from './Section';

type ConnectionType = NonNullable<OnPremises['connectionType']>;

export interface GatewayChoice {
  value: string;
  label: string;
  vnet: VNet;
  gateway: Gateway;
}

const TYPE_LABEL: Record<ConnectionType, string> = { IPsec: 'Site-to-site VPN (IPsec)', ExpressRoute: 'ExpressRoute' };
const typeOfGateway = (g: Gateway): ConnectionType => (g.gatewayType === 'ExpressRoute' ? 'ExpressRoute' : 'IPsec');

/** Every gateway of the design, by VNet name then gateway name. */
export function gatewayChoices(vnets: readonly VNet[]): GatewayChoice[] {
  const out: GatewayChoice[] = [];
  for (const vnet of vnets) {
    for (const gateway of vnet.gateways) {
      const kind = gateway.gatewayType === 'ExpressRoute' ? 'ExpressRoute' : 'VPN';
      const note = vnet.isPlaceholder ? ', placeholder: not exported' : '';
      out.push({ value: gateway.id, label: `${vnet.name} / ${gateway.name} (${kind} ${gateway.sku}${note})`, vnet, gateway });
    }
  }
  return out.sort((a, b) => a.vnet.name.localeCompare(b.vnet.name) || a.gateway.name.localeCompare(b.gateway.name));
}

function mismatch(type: ConnectionType | undefined, choice: GatewayChoice | undefined): string | undefined {
  if (!type || !choice || typeOfGateway(choice.gateway) === type) return undefined;
  return type === 'IPsec'
    ? `A site-to-site VPN starts from a VPN gateway; ${choice.gateway.name} is an ExpressRoute gateway.`
    : `An ExpressRoute connection starts from an ExpressRoute gateway; ${choice.gateway.name} is a VPN gateway.`;
}

export function OnPremConnection({ site, update }: { site: OnPremises; update: SitePatch }) {
  const vnets = useDesigner((s) => s.design.vnets);
  const choices = useMemo(() => gatewayChoices(vnets), [vnets]);
  const current = choices.find((c) => c.value === site.gatewayId);
  const followed = current ? typeOfGateway(current.gateway) : undefined;
  const type: ConnectionType = site.connectionType ?? followed ?? 'IPsec';
  const gatewayOptions = [
    { value: '', label: choices.length ? 'Not connected' : 'Not connected (no VNet has a gateway yet)' },
    ...choices.map(({ value, label }) => ({ value, label })),
  ];
  // A gateway id the design no longer holds (an edited file): shown as such, never as another gateway.
  if (site.gatewayId !== undefined && !current) gatewayOptions.push({ value: site.gatewayId, label: `Missing gateway (${site.gatewayId})` });
  return (
    <Section title="Connection">
      <SelectField label="Connected gateway" value={site.gatewayId ?? ''} options={gatewayOptions}
        hint={current ? undefined : 'Not exported until it connects to a gateway (or drag from the site to a VNet with one).'}
        onChange={(gatewayId) => update({ gatewayId: gatewayId || undefined })} />
      <SelectField label="Connection type" value={site.connectionType ?? ''}
        options={[
          { value: '', label: followed ? `As the gateway: ${TYPE_LABEL[followed]}` : 'As the gateway' },
          { value: 'IPsec', label: TYPE_LABEL.IPsec },
          { value: 'ExpressRoute', label: TYPE_LABEL.ExpressRoute },
        ]}
        error={mismatch(site.connectionType, current)}
        onChange={(t) => update({ connectionType: t === '' ? undefined : t })} />
      {type === 'IPsec' ? (
        <OnPremVpnDevice site={site} update={update} gateway={current?.gateway} vnet={current?.vnet} />
      ) : (
        <TextField label="ExpressRoute circuit ID" commitOnBlur value={site.expressRouteCircuitId ?? ''} mono check={circuitId}
          placeholder="/subscriptions/…/expressRouteCircuits/…"
          hint="The circuit's resource ID. Empty: the export asks for it as a parameter."
          onCommit={(t) => update({ expressRouteCircuitId: t.trim() || undefined }, 'circuit')} />
      )}
    </Section>
  );
}
