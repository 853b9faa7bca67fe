/** A GB/month field: commits a valid non-negative number, clears on empty, keeps invalid text local. */
import { useState } from 'react';

export function TrafficInput({ label, value, onCommit }: { label: string; value: number | undefined; onCommit: (gb: number | undefined) => void }) {
  const text = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(text);
  const [seen, setSeen] = useState(text);
  if (text !== seen) {
    setSeen(text);
    setDraft(text);
  }
  const parse = (t: string): number | undefined | null => {
    if (t.trim() === '') return undefined;
    const n = Number(t);
    return Number.isFinite(n) && n >= 0 ? n : null;
  };
  const invalid = parse(draft) === null;
  return (
    <input aria-label={label} className="plan-gb" inputMode="decimal" value={draft} placeholder="0" aria-invalid={invalid || undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        const gb = parse(e.target.value);
        if (gb !== null && gb !== value) onCommit(gb);
      }} />
  );
}
