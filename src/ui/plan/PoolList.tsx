/** Free space per address pool, with the free blocks (largest aligned CIDR blocks) listed. */
import type { PoolUsage } from '../../plan/pools';

const fmt = (decimal: string) => (decimal.length <= 15 ? Number(decimal).toLocaleString('en-US') : decimal);

export function PoolList({ usage }: { usage: readonly PoolUsage[] }) {
  if (usage.length === 0) return <p className="muted">No pools: give one above (e.g. 10.0.0.0/8).</p>;
  return (
    <section aria-label="Free blocks per pool" className="plan-pools">
      {usage.map((u) => (
        <details key={u.pool} className="plan-pool">
          <summary>
            <span className="mono">{u.pool}</span>: {fmt(u.free)} of {fmt(u.total)} addresses free · {u.vnets} VNet{u.vnets === 1 ? '' : 's'}
          </summary>
          {u.freeBlocks.length === 0 ? (
            <p className="muted">Nothing free.</p>
          ) : (
            <ul className="plan-blocks">
              {u.freeBlocks.map((b) => <li key={b} className="mono">{b}</li>)}
              {u.truncated && <li className="muted">…and more</li>}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
