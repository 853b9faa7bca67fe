/**
 * The address plan: every VNet prefix and subnet with its bounds and usable addresses, sortable and
 * filterable, the free blocks left in each pool, and a CSV download of what is shown.
 */
import { useMemo, useState } from 'react';
import {
  ADDRESS_PLAN_COLUMNS, addressPlanRows, filterRows, sortRows, type AddressPlanColumn,
} from '../../plan/addressPlan';
import { addressPlanCsv, freeBlocksCsv } from '../../plan/csv';
import { parsePools, poolUsage, poolsInUse } from '../../plan/pools';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { useDesigner } from '../StoreProvider';
import { downloadText } from '../common/download';
import { TextInput } from './fields';
import { PoolList } from './PoolList';
import './plan.css';

/** Rendering more rows than this makes the dialog sluggish; the CSV always has them all. */
const MAX_SHOWN = 1500;

export default function AddressPlanDialog({ onClose }: DialogProps) {
  const design = useDesigner((s) => s.design);
  const rows = useMemo(() => addressPlanRows(design), [design]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ column: AddressPlanColumn; direction: 'asc' | 'desc' }>({ column: 'cidr', direction: 'asc' });
  const defaultPools = useMemo(() => poolsInUse(design).join(', '), [design]);
  const [poolText, setPoolText] = useState<string>();
  const poolInput = poolText ?? defaultPools;
  const pools = useMemo(() => parsePools(poolInput), [poolInput]);
  const usage = useMemo(() => poolUsage(design, pools.pools), [design, pools]);
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort.column, sort.direction), [rows, query, sort]);
  const toggleSort = (column: AddressPlanColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc' }));
  return (
    <Dialog title="Address plan" onClose={onClose} wide footer={
      <>
        <span className="muted" role="status">{shown.length} of {rows.length} rows</span>
        <button type="button" onClick={() => downloadText(freeBlocksCsv(usage), 'free-blocks.csv', 'text/csv')}><Icon name="download" /> Free blocks CSV</button>
        <button type="button" className="primary" onClick={() => downloadText(addressPlanCsv(shown), 'address-plan.csv', 'text/csv')}><Icon name="download" /> Download CSV</button>
      </>
    }>
      <div className="plan-row">
        <TextInput label="Filter" value={query} onChange={setQuery} placeholder="name, region, an address or a CIDR"
          hint="An address shows the ranges holding it; a CIDR the ranges overlapping it" />
        <TextInput label="Pools" value={poolInput} mono onChange={setPoolText}
          hint={pools.invalid.length > 0 ? `Not CIDR: ${pools.invalid.join(', ')}` : 'Default: the private blocks in use'} />
      </div>
      <PoolList usage={usage} />
      <div className="plan-table-scroll">
        <table className="plan-table" aria-label="Address plan">
          <thead>
            <tr>
              {ADDRESS_PLAN_COLUMNS.map((c) => {
                const active = sort.column === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" className="plan-sort" onClick={() => toggleSort(c.key)}>
                      {c.label}<span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_SHOWN).map((r) => (
              <tr key={r.key} className={r.kind === 'VNet' ? 'plan-vnet-row' : undefined}>
                {ADDRESS_PLAN_COLUMNS.map((c) => (
                  <td key={c.key} className={c.key === 'cidr' || c.key === 'first' || c.key === 'last' ? 'mono' : c.key === 'addresses' || c.key === 'usable' ? 'num' : undefined}>
                    {r[c.key] === '' && c.key === 'first' ? <span className="field-error">invalid</span> : r[c.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > MAX_SHOWN && <p className="muted">Showing the first {MAX_SHOWN} rows: filter to narrow, or download the CSV for all.</p>}
        {rows.length === 0 && <p className="muted">No VNets yet.</p>}
      </div>
    </Dialog>
  );
}
