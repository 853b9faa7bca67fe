/** Edits one VNet: basics, address space, subnets, gateway and services, DNS, and its own findings. */
import { vnetById } from '../../store/lookup';
import { SelectField, TextField } from '../common/TextField';
import { useActions, useDesigner } from '../StoreProvider';
import { resourceGroupName, vnetName } from './fieldRules';
import { DnsEditor } from './DnsEditor';
import { PrefixList } from './PrefixList';
import { REGIONS, region } from './regions';
import { Section } from './Section';
import { ServicesEditor } from './ServicesEditor';
import { SubnetsEditor } from './SubnetsEditor';
import { useVnetPatch } from './useVnetPatch';
import { VnetFindings } from './VnetFindings';

export function VnetInspector({ vnetId }: { vnetId: string }) {
  const vnet = useDesigner((s) => vnetById(s.design).get(vnetId));
  const subscriptions = useDesigner((s) => s.design.subscriptions);
  const patch = useVnetPatch(vnetId);
  const { commit } = useActions();
  if (!vnet) return null;
  const subOptions = subscriptions.map((s) => ({ value: s.id, label: s.name || s.id }));
  if (!subscriptions.some((s) => s.id === vnet.subscriptionId)) subOptions.push({ value: vnet.subscriptionId, label: vnet.subscriptionId });
  const addSubscription = () => {
    const n = subscriptions.length + 1;
    const id = `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
    commit([
      { op: 'addSubscription', subscription: { id, name: `Subscription ${n}`, tenantId: '', cloud: 'AzureCloud' } },
      { op: 'updateVnet', vnetId, patch: { subscriptionId: id } },
    ]);
  };
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">Virtual network</span>
        <h2>{vnet.name}</h2>
      </header>
      <VnetFindings vnetId={vnetId} />
      <Section title="Basics">
        <TextField label="Name" value={vnet.name} check={vnetName} onCommit={(name) => patch({ name }, 'name')} />
        <div className="field-row">
          <SelectField label="Subscription" value={vnet.subscriptionId} options={subOptions} onChange={(subscriptionId) => patch({ subscriptionId }, 'sub')} />
          <button type="button" className="small" onClick={addSubscription}>New subscription</button>
        </div>
        <TextField label="Resource group" value={vnet.resourceGroup} check={resourceGroupName} onCommit={(resourceGroup) => patch({ resourceGroup }, 'rg')} />
        <TextField label="Region" value={vnet.location} check={region} list="azure-regions" onCommit={(location) => patch({ location }, 'location')} />
        <datalist id="azure-regions">{REGIONS.map((r) => <option key={r} value={r} />)}</datalist>
      </Section>
      <PrefixList vnet={vnet} />
      <SubnetsEditor vnet={vnet} />
      <ServicesEditor vnet={vnet} />
      <DnsEditor vnet={vnet} />
    </div>
  );
}
