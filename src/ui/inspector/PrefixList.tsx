/** A VNet's address prefixes: edit each (validated), remove, or add the next free /N from a pool. */
import { useState } from 'react';
import type { VNet } from '../../model/schema';
import { suggestNextFree } from '../../plan/nextFree';
import { DEFAULT_POOL } from '../../store/factories';
import { Icon } from '../common/Icon';
import { TextField } from '../common/TextField';
import { useStoreApi } from '../StoreProvider';
import { cidr } from './fieldRules';
import { useVnetPatch } from './useVnetPatch';

const SIZES = Array.from({ length: 22 }, (_, i) => i + 8);

export function PrefixList({ vnet }: { vnet: VNet }) {
  const patch = useVnetPatch(vnet.id);
  const [pool, setPool] = useState(DEFAULT_POOL);
  const [size, setSize] = useState(16);
  const [message, setMessage] = useState<string>();
  const store = useStoreApi();
  const set = (list: string[]) => patch({ addressPrefixes: list }, 'prefixes');
  const addNextFree = () => {
    const block = suggestNextFree(store.getState().design, { kind: 'vnet', pool }, size);
    if (!block.ok) {
      setMessage(block.errors[0]);
      return;
    }
    setMessage(undefined);
    patch({ addressPrefixes: [...vnet.addressPrefixes, block.value] }, 'prefixes-add');
  };
  return (
    <fieldset className="insp-section">
      <legend>Address prefixes</legend>
      <ul className="prefix-list">
        {vnet.addressPrefixes.map((p, i) => (
          <li key={i} className="prefix-row">
            <TextField label={`Address prefix ${i + 1}`} hideLabel mono value={p} check={cidr}
              onCommit={(text) => set(vnet.addressPrefixes.map((x, k) => (k === i ? text.trim() : x)))} />
            <button type="button" className="icon-button" aria-label={`Remove ${p}`} onClick={() => set(vnet.addressPrefixes.filter((_, k) => k !== i))}>
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      {vnet.addressPrefixes.length === 0 && <p className="field-error">No address space: add a prefix.</p>}
      <div className="next-free">
        <TextField label="Pool" value={pool} check={cidr} mono onCommit={setPool} />
        <label className="field">
          <span>Size</span>
          <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {SIZES.map((n) => <option key={n} value={n}>/{n}</option>)}
          </select>
        </label>
        <button type="button" onClick={addNextFree}>Add next free /{size}</button>
      </div>
      {message && <p className="field-error" role="alert">{message}</p>}
    </fieldset>
  );
}
