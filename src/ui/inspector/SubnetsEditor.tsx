/**
 * Subnets of a VNet: name, prefix (usable = size - 5, reference 2.2), route table; add an ordinary
 * subnet or one of the special subnets at its required size (reference 2.3).
 */
import { usableSubnetAddresses } from '../../model/cidr';
import { collectIds, slugify, uniqueId } from '../../model/ids';
import type { Subnet, VNet } from '../../model/schema';
import { SPECIAL_SUBNETS, type SpecialSubnetName } from '../../model/specialSubnets';
import { suggestNextFree } from '../../plan/nextFree';
import { Icon } from '../common/Icon';
import { TextField } from '../common/TextField';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { childName, subnetPrefix } from './fieldRules';
import { Section } from './Section';

/** What each special subnet is for, in the option list; sizes come from the model's list (reference 2.3). */
const WHY: Record<SpecialSubnetName, string> = {
  GatewaySubnet: 'VPN / ExpressRoute gateway (/27 recommended)',
  AzureFirewallSubnet: 'Azure Firewall (/26)',
  AzureFirewallManagementSubnet: 'Firewall forced tunnelling / Basic SKU (/26)',
  AzureBastionSubnet: 'Azure Bastion (/26 or larger)',
  RouteServerSubnet: 'Route Server (/26 in current docs)',
};

/** Special subnets offered at the size Microsoft recommends. */
const SPECIAL_SUBNET_OPTIONS = (Object.keys(SPECIAL_SUBNETS) as SpecialSubnetName[]).map((name) => ({
  name,
  size: SPECIAL_SUBNETS[name].recommended,
  why: WHY[name],
}));

function SubnetRow({ vnet, subnet }: { vnet: VNet; subnet: Subnet }) {
  const { commit } = useActions();
  const routeTables = useDesigner((s) => s.design.routeTables);
  const update = (patch: Partial<Omit<Subnet, 'id'>>, field: string) =>
    commit([{ op: 'updateSubnet', vnetId: vnet.id, subnetId: subnet.id, patch }], `${subnet.id}.${field}`);
  const prefix = subnet.addressPrefixes[0] ?? '';
  const usable = prefix ? usableSubnetAddresses(prefix) : undefined;
  return (
    <li className="subnet-row">
      <div className="subnet-fields">
        <TextField label={`Subnet name`} value={subnet.name} check={childName} onCommit={(name) => update({ name }, 'name')} />
        <TextField label={`Prefix of ${subnet.name}`} value={prefix} mono check={subnetPrefix(vnet.addressPrefixes)}
          hint={usable !== undefined ? `${usable} usable addresses (size − 5)` : undefined}
          onCommit={(p) => update({ addressPrefixes: [p.trim(), ...subnet.addressPrefixes.slice(1)] }, 'prefix')} />
        <label className="field">
          <span>Route table of {subnet.name}</span>
          <select value={subnet.routeTableId ?? ''} onChange={(e) => update({ routeTableId: e.target.value || undefined }, 'rt')}>
            <option value="">None</option>
            {routeTables.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </label>
      </div>
      <button type="button" className="icon-button" aria-label={`Remove subnet ${subnet.name}`}
        onClick={() => commit([{ op: 'removeSubnet', vnetId: vnet.id, subnetId: subnet.id }])}>
        <Icon name="trash" />
      </button>
    </li>
  );
}

export function SubnetsEditor({ vnet }: { vnet: VNet }) {
  const { commit } = useActions();
  const store = useStoreApi();
  const add = (name: string, size: number) => {
    const design = store.getState().design;
    const ids = collectIds(design);
    const free = suggestNextFree(design, { kind: 'subnet', vnetId: vnet.id }, size);
    commit([{ op: 'addSubnet', vnetId: vnet.id, subnet: { id: uniqueId(`${vnet.id}-${slugify(name)}`, ids), name, addressPrefixes: free.ok ? [free.value] : [] } }]);
  };
  const taken = new Set(vnet.subnets.map((s) => s.name));
  const nextName = () => {
    for (let i = 1; ; i++) if (!taken.has(`snet-${i}`)) return `snet-${i}`;
  };
  const missingSpecial = SPECIAL_SUBNET_OPTIONS.filter((s) => !taken.has(s.name));
  return (
    <Section title={`Subnets (${vnet.subnets.length})`}>
      <ul className="subnet-list">
        {vnet.subnets.map((s) => <SubnetRow key={s.id} vnet={vnet} subnet={s} />)}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => add(nextName(), 24)}>Add subnet /24</button>
        {missingSpecial.length > 0 && (
          <label className="field field-inline">
            <span className="visually-hidden">Add special subnet</span>
            <select value="" onChange={(e) => {
              const s = SPECIAL_SUBNET_OPTIONS.find((x) => x.name === e.target.value);
              if (s) add(s.name, s.size);
            }}>
              <option value="">Add special subnet…</option>
              {missingSpecial.map((s) => <option key={s.name} value={s.name}>{s.name} /{s.size}: {s.why}</option>)}
            </select>
          </label>
        )}
      </div>
    </Section>
  );
}
