/** The option forms of the three templates (hub and spoke, mesh, multi-region). */
import type { HubServices, HubSpokeOptions, MeshOptions, MultiRegionOptions, SpokeSubscriptions } from '../../plan/templates';
import { KNOWN_REGIONS } from '../../plan/cost/zones';
import { CheckboxField, SelectField } from '../common/TextField';
import { NumberInput, TextInput, splitList } from './fields';

const GATEWAYS = [
  { value: 'none', label: 'None' },
  { value: 'Vpn', label: 'VPN gateway' },
  { value: 'ExpressRoute', label: 'ExpressRoute gateway' },
] as const;
const ROUTING = [
  { value: 'default-route', label: '0.0.0.0/0 to the firewall' },
  { value: 'spoke-ranges', label: 'Only the other spokes to the firewall' },
] as const;
const SUBSCRIPTIONS = [
  { value: 'hub', label: "In the hub's subscription" },
  { value: 'own', label: 'Each in its own subscription' },
] as const;

export const REGION_LIST_ID = 'plan-region-list';

export function RegionDatalist() {
  return <datalist id={REGION_LIST_ID}>{KNOWN_REGIONS.map((r) => <option key={r} value={r} />)}</datalist>;
}

function Sizes({ hub, spoke, subnets, onChange }: { hub: number; spoke: number; subnets: number; onChange: (p: { hub?: number; spoke?: number; subnets?: number }) => void }) {
  return (
    <div className="plan-row">
      <NumberInput label="Hub size" prefix="/" value={hub} min={8} max={29} onChange={(v) => onChange({ hub: v })} />
      <NumberInput label="Spoke size" prefix="/" value={spoke} min={8} max={29} onChange={(v) => onChange({ spoke: v })} />
      <NumberInput label="Subnets per spoke" value={subnets} min={1} max={16} onChange={(v) => onChange({ subnets: v })} />
    </div>
  );
}

function Services({ value, onChange, firewallFixed }: { value: HubServices; onChange: (s: HubServices) => void; firewallFixed?: boolean }) {
  const set = (patch: Partial<HubServices>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="plan-fieldset">
      <legend>Hub services</legend>
      <div className="plan-row">
        <SelectField label="Gateway (shared by gateway transit)" value={value.gateway} options={GATEWAYS} onChange={(gateway) => set({ gateway })} />
        <SelectField label="Spoke routes through the firewall" value={value.spokeRouting} options={ROUTING} onChange={(spokeRouting) => set({ spokeRouting })} />
      </div>
      <div className="plan-row">
        <CheckboxField label={firewallFixed ? 'Azure Firewall (routes between regions)' : 'Azure Firewall (spokes reach each other through it)'}
          checked={value.firewall} disabled={firewallFixed} onChange={(firewall) => set({ firewall })} />
        <CheckboxField label="Bastion" checked={value.bastion} onChange={(bastion) => set({ bastion })} />
        <CheckboxField label="Route Server" checked={value.routeServer} onChange={(routeServer) => set({ routeServer })} />
      </div>
      {!value.firewall && <p className="field-hint">Without a firewall the spokes are isolated from each other (peering is not transitive): the findings show this as TRANSIT_GAP.</p>}
    </fieldset>
  );
}

export function HubSpokeForm({ value, onChange }: { value: HubSpokeOptions; onChange: (v: HubSpokeOptions) => void }) {
  const set = (patch: Partial<HubSpokeOptions>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="plan-row">
        <TextInput label="Region" value={value.region} list={REGION_LIST_ID} mono onChange={(region) => set({ region })} />
        <TextInput label="Address pool" value={value.pool} mono onChange={(pool) => set({ pool })} hint="Every prefix is taken from here" />
        <NumberInput label="Number of spokes" value={value.spokes} min={1} max={500} onChange={(spokes) => set({ spokes })} />
      </div>
      <Sizes hub={value.hubPrefixLength} spoke={value.spokePrefixLength} subnets={value.subnetsPerSpoke}
        onChange={(p) => set({ hubPrefixLength: p.hub ?? value.hubPrefixLength, spokePrefixLength: p.spoke ?? value.spokePrefixLength, subnetsPerSpoke: p.subnets ?? value.subnetsPerSpoke })} />
      <Services value={value.services} onChange={(services) => set({ services })} />
      <SelectField label="Spoke subscriptions" value={value.spokeSubscriptions} options={SUBSCRIPTIONS}
        onChange={(spokeSubscriptions: SpokeSubscriptions) => set({ spokeSubscriptions })} />
    </>
  );
}

export function MeshForm({ value, onChange }: { value: MeshOptions; onChange: (v: MeshOptions) => void }) {
  const set = (patch: Partial<MeshOptions>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="plan-row">
        <TextInput label="Regions" value={value.regions.join(', ')} mono onChange={(t) => set({ regions: splitList(t) })} hint="VNets are spread over these, e.g. westeurope, northeurope" />
        <TextInput label="Address pool" value={value.pool} mono onChange={(pool) => set({ pool })} />
      </div>
      <div className="plan-row">
        <NumberInput label="Number of VNets" value={value.count} min={2} max={100} onChange={(count) => set({ count })} />
        <NumberInput label="VNet size" prefix="/" value={value.prefixLength} min={8} max={29} onChange={(prefixLength) => set({ prefixLength })} />
        <NumberInput label="Subnets per VNet" value={value.subnetsPerVnet} min={1} max={16} onChange={(subnetsPerVnet) => set({ subnetsPerVnet })} />
      </div>
      <SelectField label="Subscriptions" value={value.subscriptions}
        options={[{ value: 'shared', label: 'One shared subscription' }, { value: 'own', label: 'Each VNet in its own subscription' }] as const}
        onChange={(subscriptions) => set({ subscriptions })} />
    </>
  );
}

export function MultiRegionForm({ value, onChange }: { value: MultiRegionOptions; onChange: (v: MultiRegionOptions) => void }) {
  const set = (patch: Partial<MultiRegionOptions>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="plan-row">
        <TextInput label="Regions (one hub each)" value={value.regions.join(', ')} mono onChange={(t) => set({ regions: splitList(t) })} hint="e.g. westeurope, northeurope, eastus" />
        <TextInput label="Address pool" value={value.pool} mono onChange={(pool) => set({ pool })} />
        <NumberInput label="Spokes per hub" value={value.spokesPerHub} min={0} max={400} onChange={(spokesPerHub) => set({ spokesPerHub })} />
      </div>
      <Sizes hub={value.hubPrefixLength} spoke={value.spokePrefixLength} subnets={value.subnetsPerSpoke}
        onChange={(p) => set({ hubPrefixLength: p.hub ?? value.hubPrefixLength, spokePrefixLength: p.spoke ?? value.spokePrefixLength, subnetsPerSpoke: p.subnets ?? value.subnetsPerSpoke })} />
      <Services value={{ ...value.services, firewall: true }} firewallFixed
        onChange={({ firewall: _f, ...services }) => set({ services })} />
      <SelectField label="Spoke subscriptions" value={value.spokeSubscriptions} options={SUBSCRIPTIONS}
        onChange={(spokeSubscriptions: SpokeSubscriptions) => set({ spokeSubscriptions })} />
    </>
  );
}
