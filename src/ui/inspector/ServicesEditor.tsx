/** Gateway, Route Server and appliances (Azure Firewall / NVA) of one VNet. */
import { cidrBounds } from '../../model/cidr';
import { collectIds, uniqueId } from '../../model/ids';
import type { Appliance, Gateway, VNet } from '../../model/schema';
import { Icon } from '../common/Icon';
import { CheckboxField, SelectField, TextField } from '../common/TextField';
import { useDesigner, useStoreApi } from '../StoreProvider';
import { childName, ipAddress } from './fieldRules';
import { GATEWAY_SKUS, GatewayEditor } from './GatewayEditor';
import { Section } from './Section';
import { useVnetPatch } from './useVnetPatch';

/** The 4th address of a subnet (the first one Azure hands out after its 3 reserved, reference 2.2). */
function firstHost(vnet: VNet, subnetName: string): string {
  const prefix = vnet.subnets.find((s) => s.name === subnetName)?.addressPrefixes[0];
  const first = prefix ? cidrBounds(prefix)?.first : undefined;
  if (!first) return '';
  const parts = first.split('.');
  return parts.length === 4 ? [...parts.slice(0, 3), String(Number(parts[3]) + 4)].join('.') : '';
}

export function ServicesEditor({ vnet }: { vnet: VNet }) {
  const patch = useVnetPatch(vnet.id);
  const store = useStoreApi();
  const hasDesign = useDesigner((s) => s.design.vnets.length > 0);
  const freshId = (base: string) => uniqueId(base, collectIds(store.getState().design));
  const gateway = vnet.gateways[0];
  const setGateway = (g: Gateway | undefined, field?: string) =>
    patch({ gateways: g ? [g, ...vnet.gateways.slice(1)] : vnet.gateways.slice(1) }, field);
  const setAppliance = (i: number, a: Partial<Appliance>) =>
    patch({ appliances: vnet.appliances.map((x, k) => (k === i ? { ...x, ...a } : x)) }, `appliance-${i}`);
  const addAppliance = (kind: Appliance['kind']) => {
    const subnetName = kind === 'AzureFirewall' ? 'AzureFirewallSubnet' : (vnet.subnets.find((s) => !s.name.startsWith('Azure') && s.name !== 'GatewaySubnet')?.name ?? '');
    const name = kind === 'AzureFirewall' ? `afw-${vnet.name}` : `nva-${vnet.name}`;
    const a: Appliance = { id: freshId(`${vnet.id}-${kind === 'AzureFirewall' ? 'fw' : 'nva'}`), name, kind, privateIpAddress: firstHost(vnet, subnetName), subnetName };
    if (kind === 'AzureFirewall') a.sku = 'Standard';
    patch({ appliances: [...vnet.appliances, a] }, 'appliances-add');
  };
  if (!hasDesign) return null;
  return (
    <Section title="Gateway and services">
      <SelectField label="Virtual network gateway" value={gateway?.gatewayType ?? 'none'}
        options={[{ value: 'none', label: 'None' }, { value: 'Vpn', label: 'VPN gateway' }, { value: 'ExpressRoute', label: 'ExpressRoute gateway' }]}
        onChange={(t) => setGateway(t === 'none' ? undefined : {
          id: gateway?.id ?? freshId(`${vnet.id}-gw`), name: gateway?.name ?? `vgw-${vnet.name}`, gatewayType: t, sku: GATEWAY_SKUS[t][0], activeActive: false,
        })} />
      {gateway && <GatewayEditor vnet={vnet} gateway={gateway} onChange={setGateway} />}
      <CheckboxField label="Route Server" checked={vnet.routeServers.length > 0}
        hint="Needs a RouteServerSubnet; counts as a gateway for gateway transit."
        onChange={(on) => patch({ routeServers: on ? [{ id: freshId(`${vnet.id}-rs`), name: `rs-${vnet.name}` }] : [] }, 'rs')} />
      <h4 className="sub-title">Appliances</h4>
      <ul className="appliance-list">
        {vnet.appliances.map((a, i) => (
          <li key={a.id} className="appliance-row">
            <span className="appliance-kind">{a.kind === 'AzureFirewall' ? 'Azure Firewall' : 'NVA'}</span>
            <TextField label={`Name of appliance ${i + 1}`} value={a.name} check={childName} onCommit={(name) => setAppliance(i, { name })} />
            <TextField label={`Private IP of ${a.name}`} value={a.privateIpAddress} mono check={ipAddress} onCommit={(ip) => setAppliance(i, { privateIpAddress: ip.trim() })} />
            <button type="button" className="icon-button" aria-label={`Remove ${a.name}`}
              onClick={() => patch({ appliances: vnet.appliances.filter((_, k) => k !== i) }, 'appliances-remove')}>
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        {!vnet.appliances.some((a) => a.kind === 'AzureFirewall') && <button type="button" onClick={() => addAppliance('AzureFirewall')}>Add Azure Firewall</button>}
        <button type="button" onClick={() => addAppliance('NVA')}>Add NVA</button>
      </div>
    </Section>
  );
}
