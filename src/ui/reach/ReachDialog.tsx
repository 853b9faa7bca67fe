/**
 * The reachability view: the matrix of which VNets (and on-premises networks) reach which; a cell
 * opens the hop-by-hop explanation with the break point named (../shared/spec/reachability.md).
 * Loaded on demand with the analysis, memoised on the design's network facts.
 */
import { useMemo, useState } from 'react';
import { analyseReachability, explainReach, reachCell } from '../../engine/reach';
import type { ReachStatus } from '../../engine/reach/types';
import { memoOnFacts } from '../../store/derived';
import { Dialog } from '../common/Dialog';
import type { DialogProps } from '../dialogs/registry';
import { useDesigner } from '../StoreProvider';
import { ReachExplanationView } from './ReachExplanationView';

const reachOf = memoOnFacts(analyseReachability);
/** Beyond this many endpoints a full matrix is unreadable: pick a pair instead. */
const MAX_MATRIX = 40;
const SYMBOL: Record<ReachStatus, string> = { reach: '✓', partial: '◐', none: '✕' };
const WORD: Record<ReachStatus, string> = { reach: 'reaches', partial: 'partly reaches', none: 'cannot reach' };

export default function ReachDialog({ onClose }: DialogProps) {
  const design = useDesigner((s) => s.design);
  const matrix = reachOf(design).matrix;
  const [cell, setCell] = useState<{ from: string; to: string } | null>(null);
  const explanation = useMemo(() => (cell ? explainReach(design, cell.from, cell.to) : undefined), [design, cell]);
  const nodes = matrix.nodes;
  const big = nodes.length > MAX_MATRIX;
  return (
    <Dialog title="Reachability" onClose={onClose} wide>
      <p className="muted">Rows are sources, columns destinations. ✓ every subnet reaches every range, ◐ some do, ✕ none. Select a cell for the hop-by-hop path.</p>
      {nodes.length < 2 && <p>Add at least two VNets to see who can reach whom.</p>}
      {!big && nodes.length >= 2 && (
        <div className="reach-scroll">
          <table className="reach-matrix">
            <thead>
              <tr>
                <th scope="col"><span className="visually-hidden">From \ To</span></th>
                {nodes.map((n) => <th key={n.id} scope="col" className="reach-col"><span>{n.name}</span></th>)}
              </tr>
            </thead>
            <tbody>
              {nodes.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {nodes.map((col, j) => {
                    if (i === j) return <td key={col.id} className="reach-self" aria-hidden="true" />;
                    const status = reachCell(matrix, i, j);
                    const active = cell?.from === row.id && cell.to === col.id;
                    return (
                      <td key={col.id}>
                        <button type="button" className={`reach-cell reach-${status}${active ? ' is-active' : ''}`}
                          aria-label={`${row.name} ${WORD[status]} ${col.name}`} aria-pressed={active}
                          onClick={() => setCell({ from: row.id, to: col.id })}>
                          {SYMBOL[status]}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {big && <PairPicker nodes={nodes} onPick={(from, to) => setCell({ from, to })} />}
      {explanation && <ReachExplanationView explanation={explanation} />}
    </Dialog>
  );
}

function PairPicker({ nodes, onPick }: { nodes: readonly { id: string; name: string }[]; onPick: (from: string, to: string) => void }) {
  const [from, setFrom] = useState(nodes[0]?.id ?? '');
  const [to, setTo] = useState(nodes[1]?.id ?? '');
  return (
    <div className="pair-picker">
      <p>{nodes.length} endpoints: pick a pair to explain.</p>
      <label>From <select value={from} onChange={(e) => setFrom(e.target.value)}>{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</select></label>
      <label>To <select value={to} onChange={(e) => setTo(e.target.value)}>{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</select></label>
      <button type="button" className="primary" onClick={() => onPick(from, to)}>Explain</button>
    </div>
  );
}
