/** The prices the estimate uses (USD per GB), editable, with the date they were checked. */
import { useId } from 'react';
import { DEFAULT_PRICES_DATE, PRICE_KEYS, PRICE_LABELS, type PriceKey } from '../../plan/cost/prices';

export function PriceEditor({ prices, date, isCustom, onChange }: {
  prices: Record<PriceKey, number>;
  date: string;
  isCustom: boolean;
  onChange: (prices: Record<string, number> | undefined, date: string | undefined) => void;
}) {
  const dateId = useId();
  const setPrice = (key: PriceKey, text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0) return;
    onChange({ ...prices, [key]: n }, isCustom ? date : new Date().toISOString().slice(0, 10));
  };
  return (
    <details className="plan-prices" open>
      <summary>Prices used (USD per GB) · as of {date}{isCustom ? ' (edited)' : ' (list prices quoted in the reference, unconfirmed)'}</summary>
      <div className="plan-price-grid">
        {PRICE_KEYS.map((key) => (
          <label key={key} className="field">
            <span>{PRICE_LABELS[key]}</span>
            <input type="number" min={0} step={0.001} value={prices[key]} onChange={(e) => setPrice(key, e.target.value)} />
          </label>
        ))}
        <div className="field">
          <label htmlFor={dateId}>Prices checked on</label>
          <input id={dateId} type="date" value={date} onChange={(e) => e.target.value && onChange({ ...prices }, e.target.value)} />
        </div>
      </div>
      <p className="field-hint">
        Regional peering bills the sender's outbound and the receiver's inbound traffic. Global peering bills the sender's zone
        outbound rate and the receiver's zone inbound rate. Check the live Azure pricing page.
      </p>
      {isCustom && <button type="button" onClick={() => onChange(undefined, undefined)}>Reset to the {DEFAULT_PRICES_DATE} list prices</button>}
    </details>
  );
}
