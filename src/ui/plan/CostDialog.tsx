/**
 * Peering cost: expected GB per month on each link (each direction), the monthly data-transfer
 * estimate (regional: egress + ingress; global: by zone; reference 2.5), and the prices used, editable
 * and dated. All of it lives in `design.planning`, which no exporter reads.
 */
import { useMemo, useState } from 'react';
import { estimatePeeringCost } from '../../plan/cost/estimate';
import { ZONE_LABELS } from '../../plan/cost/zones';
import { normaliseRegion } from '../../plan/templates';
import { Dialog } from '../common/Dialog';
import type { DialogProps } from '../dialogs/registry';
import { useActions, useDesigner } from '../StoreProvider';
import { TextInput } from './fields';
import { PriceEditor } from './PriceEditor';
import { TrafficInput } from './TrafficInput';
import './plan.css';

const usd = (n: number) => n.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MAX_SHOWN = 400;

export default function CostDialog({ onClose }: DialogProps) {
  const design = useDesigner((s) => s.design);
  const { commit } = useActions();
  const estimate = useMemo(() => estimatePeeringCost(design), [design]);
  const [query, setQuery] = useState('');
  const names = useMemo(() => new Map(design.vnets.map((v) => [v.id, v])), [design.vnets]);
  const costByLink = useMemo(() => new Map(estimate.links.map((l) => [l.linkId, l])), [estimate]);
  const links = design.peerings.filter((p) => {
    const q = query.trim().toLowerCase();
    if (q === '') return true;
    return [names.get(p.from)?.name, names.get(p.to)?.name, p.name].some((x) => x?.toLowerCase().includes(q));
  });
  return (
    <Dialog title="Peering cost estimate" onClose={onClose} wide footer={
      <span className="muted">An estimate of peering data transfer only (no gateway, firewall or egress to the internet). Not part of any export.</span>
    }>
      <section aria-label="Monthly estimate" className="plan-cost-summary">
        <div><span className="muted">Total per month</span><strong data-testid="cost-total">{usd(estimate.totalUsd)}</strong></div>
        <div><span className="muted">Regional peering</span><strong>{usd(estimate.regionalUsd)}</strong></div>
        <div><span className="muted">Global peering</span><strong>{usd(estimate.globalUsd)}</strong></div>
        <div><span className="muted">Traffic</span><strong>{estimate.totalGb.toLocaleString('en-US')} GB</strong></div>
      </section>
      {estimate.unknownRegions.length > 0 && (
        <p className="field-hint" role="note">Unknown pricing zone for {estimate.unknownRegions.join(', ')}: charged at Zone 1 rates.</p>
      )}
      <div className="plan-row">
        <TextInput label="Filter links" value={query} onChange={setQuery} placeholder="VNet or link name" />
      </div>
      <div className="plan-table-scroll plan-cost-links">
        <table className="plan-table" aria-label="Traffic per link">
          <thead>
            <tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Kind</th><th scope="col">GB / month sent</th><th scope="col">Rate (USD/GB)</th><th scope="col">Cost / month</th></tr>
          </thead>
          <tbody>
            {links.slice(0, MAX_SHOWN).map((p) => {
              const from = names.get(p.from);
              const to = names.get(p.to);
              const c = costByLink.get(p.id);
              const global = c ? c.kind === 'global' : from !== undefined && to !== undefined && normaliseRegion(from.location) !== normaliseRegion(to.location);
              return (
                <tr key={p.id}>
                  <td>{from?.name ?? p.from}</td>
                  <td>{to?.name ?? p.to}</td>
                  <td title={c?.fromZone && c.toZone ? `${ZONE_LABELS[c.fromZone]} → ${ZONE_LABELS[c.toZone]}` : undefined}>{global ? 'Global' : 'Regional'}</td>
                  <td>
                    <TrafficInput label={`GB per month from ${from?.name ?? p.from} to ${to?.name ?? p.to}`} value={design.planning?.trafficGbPerMonth[p.id]}
                      onCommit={(gb) => commit([{ op: 'setLinkTraffic', linkId: p.id, gbPerMonth: gb }], `traffic-${p.id}`)} />
                  </td>
                  <td className="num">{c ? `${c.egressUsdPerGb} + ${c.ingressUsdPerGb}` : ''}</td>
                  <td className="num" title={c?.note}>{c ? (c.note ? `${usd(0)} (one-way)` : usd(c.usd)) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {design.peerings.length === 0 && <p className="muted">No peerings yet.</p>}
        {links.length > MAX_SHOWN && <p className="muted">Showing {MAX_SHOWN} of {links.length} links: filter to find others.</p>}
      </div>
      <PriceEditor prices={estimate.prices} date={estimate.pricesDate} isCustom={design.planning?.prices !== undefined}
        onChange={(prices, pricesDate) => commit([{ op: 'setPlanningPrices', prices, pricesDate }], 'prices')} />
    </Dialog>
  );
}
