/** An on-premises network: name, address ranges, and the VNet gateway it connects through. */
import type { OnPremises } from '../../model/schema';
import { onPremById } from '../../store/lookup';
import { SelectField, TextField } from '../common/TextField';
import { useActions, useDesigner } from '../StoreProvider';
import { childName, cidr } from './fieldRules';
import { Section } from './Section';

const split = (t: string) => t.split(/[\s,]+/).filter(Boolean);

export function OnPremInspector({ onPremId }: { onPremId: string }) {
  const site = useDesigner((s) => onPremById(s.design).get(onPremId));
  const vnets = useDesigner((s) => s.design.vnets);
  const { commit } = useActions();
  if (!site) return null;
  const update = (patch: Partial<Omit<OnPremises, 'id'>>, field: string) =>
    commit([{ op: 'updateOnPremises', onPremisesId: onPremId, patch }], `${onPremId}.${field}`);
  const gateways = vnets.flatMap((v) => v.gateways.map((g) => ({ value: g.id, label: `${g.name} (${v.name}, ${g.gatewayType})` })));
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">On-premises network</span>
        <h2>{site.name}</h2>
      </header>
      <Section title="Basics">
        <TextField label="Name" value={site.name} check={childName} onCommit={(name) => update({ name }, 'name')} />
        <TextField label="Address ranges" value={site.addressRanges.join(', ')} mono hint="Comma-separated CIDR ranges."
          check={(t) => (split(t).length === 0 ? 'At least one range.' : split(t).map(cidr).find((e) => e !== undefined))}
          onCommit={(t) => update({ addressRanges: split(t) }, 'ranges')} />
        <SelectField label="Connected through gateway" value={site.gatewayId ?? ''}
          options={[{ value: '', label: gateways.length ? 'Not connected' : 'Not connected (no VNet has a gateway yet)' }, ...gateways]}
          onChange={(gatewayId) => update({ gatewayId: gatewayId || undefined }, 'gw')} />
      </Section>
    </div>
  );
}
