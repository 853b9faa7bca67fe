/**
 * "Next free /N" for any prefix field: reads N from what was typed (`/24`, `24`, `10.1.0.0/24`, or
 * `defaultLength`), asks the pure `suggestNextFree` (src/plan/nextFree.ts) and hands the block to
 * `onPick`. For a VNet it searches the private pools in use (or `target.pool`), avoiding every VNet
 * and on-premises range; for a subnet, its VNet's space, avoiding the other subnets.
 *
 *   <NextFreeButton target={{ kind: 'subnet', vnetId, subnetId }} typed={draft} defaultLength={24} onPick={setDraft} />
 */
import { useState } from 'react';
import { prefixLengthOf, suggestNextFree, type NextFreeTarget } from '../../plan/nextFree';
import { useStoreApi } from '../StoreProvider';

export function NextFreeButton({ target, typed, defaultLength, onPick }: {
  target: NextFreeTarget;
  /** the text in the prefix field, where N is read from */
  typed?: string;
  defaultLength: number;
  onPick: (cidr: string) => void;
}) {
  const store = useStoreApi();
  const [message, setMessage] = useState<string>();
  const length = (typed !== undefined ? prefixLengthOf(typed) : undefined) ?? defaultLength;
  const pick = () => {
    // read the design on click: the button need not re-render on every design change
    const r = suggestNextFree(store.getState().design, target, length);
    if (r.ok) {
      setMessage(undefined);
      onPick(r.value);
    } else setMessage(r.errors[0]);
  };
  return (
    <span className="plan-next-free">
      <button type="button" className="small" onClick={pick} title={`The lowest free /${length} ${target.kind === 'subnet' ? 'in this VNet' : 'in the address pools'}`}>
        Next free /{length}
      </button>
      {message && <span className="field-error" role="alert">{message}</span>}
    </span>
  );
}
