/** Nothing selected: the design itself (name, route tables, intents) and how to start. */
import { collectIds, uniqueId } from '../../model/ids';
import { TextField } from '../common/TextField';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { RouteTableEditor } from './RouteTableEditor';
import { Section } from './Section';

export function DesignInspector() {
  const name = useDesigner((s) => s.design.name);
  const routeTables = useDesigner((s) => s.design.routeTables);
  const intents = useDesigner((s) => s.design.intents);
  const names = useDesigner((s) => s.design.vnets);
  const { commit, renameDesign } = useActions();
  const store = useStoreApi();
  const nameOf = (id: string) => names.find((v) => v.id === id)?.name ?? store.getState().design.onPremises.find((o) => o.id === id)?.name ?? id;
  const addTable = () => {
    const d = store.getState().design;
    const first = d.vnets[0];
    const n = d.routeTables.length + 1;
    commit([{ op: 'addRouteTable', routeTable: {
      id: uniqueId(`rt-${n}`, collectIds(d)), name: `rt-${n}`, subscriptionId: first?.subscriptionId ?? d.subscriptions[0]?.id ?? 'subscription',
      resourceGroup: first?.resourceGroup ?? 'rg-network', location: first?.location ?? 'westeurope', disableBgpRoutePropagation: false, routes: [],
    } }]);
  };
  return (
    <div className="insp">
      <header className="insp-head">
        <span className="insp-kind">Design</span>
        <h2>{name}</h2>
      </header>
      <p className="insp-empty">Select a VNet or a peering to edit it. Shift+click or Shift+drag selects several; select two VNets to peer them or set intents.</p>
      <Section title="Design">
        <TextField label="Design name" value={name} check={(t) => (t.trim() ? undefined : 'A name is required.')}
          onCommit={renameDesign} />
      </Section>
      <Section title={`Route tables (${routeTables.length})`} actions={<button type="button" className="small" onClick={addTable}>Add route table</button>}>
        {routeTables.map((t) => <RouteTableEditor key={t.id} table={t} />)}
      </Section>
      <Section title={`Intents (${intents.length})`}>
        {intents.length === 0 && <p className="muted">None. Select two VNets to say they must reach each other or stay isolated.</p>}
        <ul className="plain-list">
          {intents.map((i) => (
            <li key={i.id} className="intent-row">
              {nameOf(i.from)} {i.expect === 'reach' ? 'must reach' : 'must be isolated from'} {nameOf(i.to)}
              <button type="button" className="link-button" onClick={() => commit([{ op: 'removeIntent', intentId: i.id }])}>Remove</button>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
