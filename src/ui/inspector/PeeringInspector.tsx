/** A peering (one VNet pair): both directions side by side, each with its name and four flags. */
import { useShallow } from 'zustand/shallow';
import type { PeeringLink } from '../../model/schema';
import { linkBetween, vnetById } from '../../store/lookup';
import { CheckboxField, TextField } from '../common/TextField';
import { useActions, useDesigner } from '../StoreProvider';
import { childName } from './fieldRules';
import { Section } from './Section';
import { transitRoles } from './transitWords';

const FLAGS: { key: keyof Pick<PeeringLink, 'allowVirtualNetworkAccess' | 'allowForwardedTraffic' | 'allowGatewayTransit' | 'useRemoteGateways'>; label: string; hint: (local: string, remote: string) => string }[] = [
  { key: 'allowVirtualNetworkAccess', label: 'Allow virtual network access', hint: (l, r) => `${l} and ${r} can talk directly.` },
  { key: 'allowForwardedTraffic', label: 'Allow forwarded traffic', hint: (l, r) => `${l} accepts traffic ${r} forwards (from a firewall, NVA or gateway).` },
  { key: 'allowGatewayTransit', label: 'Allow gateway transit', hint: (l, r) => `${r} may use ${l}'s gateway (set on the hub).` },
  { key: 'useRemoteGateways', label: 'Use remote gateways', hint: (l, r) => `${l} uses ${r}'s gateway (set on the spoke).` },
];

function Direction({ link, from, to, fromName, toName }: { link: PeeringLink | undefined; from: string; to: string; fromName: string; toName: string }) {
  const { commit, connect } = useActions();
  const title = `${fromName} → ${toName}`;
  return (
    <fieldset className="direction">
      <legend>{title}</legend>
      {!link && (
        <>
          <p className="field-error">Missing: the peering is one-way (Initiated) until this link exists.</p>
          <button type="button" onClick={() => connect(from, to)}>Create {title}</button>
        </>
      )}
      {link && (
        <>
          <TextField label="Link name" value={link.name} check={childName}
            onCommit={(name) => commit([{ op: 'updatePeering', linkId: link.id, patch: { name } }], `${link.id}.name`)} />
          {FLAGS.map((f) => (
            <CheckboxField key={f.key} label={f.label} checked={link[f.key]} hint={f.hint(fromName, toName)}
              onChange={(v) => commit([{ op: 'updatePeering', linkId: link.id, patch: { [f.key]: v } }])} />
          ))}
          <button type="button" className="danger small" onClick={() => commit([{ op: 'removePeering', linkId: link.id }])}>Remove this direction</button>
        </>
      )}
    </fieldset>
  );
}

export function PeeringInspector({ edgeId }: { edgeId: string }) {
  const [a, b] = edgeId.slice('peer-'.length).split('--');
  const [ab, ba] = useDesigner(useShallow((s) => [a && b ? linkBetween(s.design, a, b) : undefined, a && b ? linkBetween(s.design, b, a) : undefined]));
  const [va, vb] = useDesigner(useShallow((s) => [vnetById(s.design).get(a ?? ''), vnetById(s.design).get(b ?? '')]));
  const { commit } = useActions();
  if (!a || !b || !va || !vb) return null;
  const global = va.location !== vb.location;
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">{global ? 'Global peering' : 'Peering'}</span>
        <h2>{va.name} ⇄ {vb.name}</h2>
      </header>
      <Section title="Gateway transit">
        <ul className="plain-list">{transitRoles(va.name, vb.name, ab, ba).map((t) => <li key={t}>{t}</li>)}</ul>
        {global && <p className="muted">Different regions ({va.location}, {vb.location}): global peering, billed per GB in each direction.</p>}
      </Section>
      <div className="directions">
        <Direction link={ab} from={a} to={b} fromName={va.name} toName={vb.name} />
        <Direction link={ba} from={b} to={a} fromName={vb.name} toName={va.name} />
      </div>
      <button type="button" className="danger" onClick={() => commit([ab, ba].flatMap((l) => (l ? [{ op: 'removePeering' as const, linkId: l.id }] : [])))}>
        Remove peering
      </button>
    </div>
  );
}
