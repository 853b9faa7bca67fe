/**
 * Small controlled form fields for the planning dialogs (label + input + optional hint). Check boxes and
 * selects are the common ones (CheckboxField, SelectField in ui/common/TextField.tsx). TextInput stays
 * here: it is plain controlled input, without TextField's draft, validation and Escape-to-revert.
 */
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

/** "westeurope, northeurope eastus" -> ['westeurope', 'northeurope', 'eastus'] */
export function splitList(text: string): string[] {
  return text.split(/[,;\s]+/).filter((x) => x !== '');
}
