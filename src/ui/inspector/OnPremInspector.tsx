/**
 * An on-premises network: name and address ranges, then how it connects (OnPremConnection). With BGP
 * the ranges may be empty: "If you use BGP for a connection, you should leave the Address space field
 * empty" (VPN Gateway FAQ, BGP section, MicrosoftDocs/azure-docs includes/vpn-gateway-faq-bgp-include.md).
 */
import type { OnPremises } from '../../model/schema';
import { onPremById } from '../../store/lookup';
import { TextField } from '../common/TextField';
import { useActions, useDesigner } from '../StoreProvider';
import { childName, cidr } from './fieldRules';
import { OnPremConnection } from './OnPremConnection';
import { Section } from './Section';

const split = (t: string) => t.split(/[\s,]+/).filter(Boolean);

/**
 * Commits a patch to one site as one undo step; typing in one field (same `field`) merges into one
 * step. Choices (selects, checkboxes) pass no field: each is its own step.
 */
export type SitePatch = (patch: Partial<Omit<OnPremises, 'id'>>, field?: string) => void;

export function OnPremInspector({ onPremId }: { onPremId: string }) {
  const site = useDesigner((s) => onPremById(s.design).get(onPremId));
  const { commit } = useActions();
  if (!site) return null;
  const update: SitePatch = (patch, field) =>
    commit([{ op: 'updateOnPremises', onPremisesId: onPremId, patch }], field === undefined ? undefined : `${onPremId}.${field}`);
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">On-premises network</span>
        <h2>{site.name}</h2>
      </header>
      <Section title="Basics">
        <TextField label="Name" value={site.name} check={childName} onCommit={(name) => update({ name }, 'name')} />
        <TextField label="Address ranges" value={site.addressRanges.join(', ')} mono
          hint={site.bgp ? 'Comma-separated CIDR ranges; with BGP they may stay empty (routes come over BGP).' : 'Comma-separated CIDR ranges.'}
          check={(t) => (split(t).length === 0 ? (site.bgp ? undefined : 'At least one range.') : split(t).map(cidr).find((e) => e !== undefined))}
          onCommit={(t) => update({ addressRanges: split(t) }, 'ranges')} />
      </Section>
      <OnPremConnection site={site} update={update} />
    </div>
  );
}
