/** Small controlled form fields for the planning dialogs (label + input + optional hint). */
import { useId } from 'react';

export function NumberInput({ label, value, onChange, min, max, hint, prefix }: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  min: number;
  max: number;
  hint?: string;
  /** shown before the number, e.g. "/" for a prefix length */
  prefix?: string;
}) {
  const id = useId();
  return (
    <div className="field plan-field-number">
      <label htmlFor={id}>{label}</label>
      <span className="plan-number">
        {prefix && <span aria-hidden="true">{prefix}</span>}
        <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1}
          value={Number.isFinite(value) ? value : ''} aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))} />
      </span>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
    </div>
  );
}

export function TextInput({ label, value, onChange, hint, mono, list, placeholder }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  mono?: boolean;
  list?: string;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className={mono ? 'mono' : undefined} value={value} list={list} placeholder={placeholder}
        spellCheck={false} autoComplete="off" aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)} />
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
    </div>
  );
}

export function Toggle({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field-check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Choice<T extends string>({ label, value, options, onChange }: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => {
        const next = options.find((o) => o.value === e.target.value);
        if (next) onChange(next.value);
      }}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** "westeurope, northeurope eastus" -> ['westeurope', 'northeurope', 'eastus'] */
export function splitList(text: string): string[] {
  return text.split(/[,;\s]+/).filter((x) => x !== '');
}
