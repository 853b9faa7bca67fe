/** Two VNets selected: peer them, and set intents ("must reach" / "must be isolated") between them. */
import { useShallow } from 'zustand/shallow';
import { collectIds, uniqueId } from '../../model/ids';
import type { DesignOp } from '../../model/ops';
import type { Intent } from '../../model/schema';
import { linkBetween, vnetById } from '../../store/lookup';
import { SelectField } from '../common/TextField';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { Section } from './Section';

type Choice = 'none' | Intent['expect'];

export function PairInspector({ a, b }: { a: string; b: string }) {
  const [va, vb] = useDesigner(useShallow((s) => [vnetById(s.design).get(a), vnetById(s.design).get(b)]));
  const peered = useDesigner((s) => !!linkBetween(s.design, a, b) || !!linkBetween(s.design, b, a));
  const intents = useDesigner((s) => s.design.intents);
  const { connect, commit } = useActions();
  const store = useStoreApi();
  if (!va || !vb) return null;
  const current = (from: string, to: string) => intents.find((i) => i.from === from && i.to === to);
  const setIntent = (from: string, to: string, choice: Choice) => {
    const ops: DesignOp[] = [];
    const existing = current(from, to);
    if (existing) ops.push({ op: 'removeIntent', intentId: existing.id });
    if (choice !== 'none') {
      ops.push({ op: 'addIntent', intent: { id: uniqueId(`intent-${from}-${to}`, collectIds(store.getState().design)), from, to, expect: choice } });
    }
    commit(ops);
  };
  const options = [
    { value: 'none' as const, label: 'No expectation' },
    { value: 'reach' as const, label: 'Must reach' },
    { value: 'isolated' as const, label: 'Must be isolated' },
  ];
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">Two VNets</span>
        <h2>{va.name} and {vb.name}</h2>
      </header>
      <Section title="Peering">
        {peered ? <p>These VNets are peered: select the line between them to edit the peering.</p> : (
          <button type="button" className="primary" onClick={() => connect(a, b)}>Peer {va.name} and {vb.name}</button>
        )}
      </Section>
      <Section title="Intents">
        <p className="muted">What should be true; the findings panel reports where the design breaks it.</p>
        <SelectField label={`${va.name} → ${vb.name}`} value={(current(a, b)?.expect ?? 'none') as Choice} options={options} onChange={(c) => setIntent(a, b, c)} />
        <SelectField label={`${vb.name} → ${va.name}`} value={(current(b, a)?.expect ?? 'none') as Choice} options={options} onChange={(c) => setIntent(b, a, c)} />
      </Section>
    </div>
  );
}
