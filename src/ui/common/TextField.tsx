/**
 * A labelled text field that validates as you type: a valid value is committed at once (edits in one
 * field merge into one undo step), an invalid one stays in the field with its message beside it and
 * never reaches the design. When the design changes underneath (undo), the field follows.
 */
import { useId, useState } from 'react';
import type { Check } from '../inspector/fieldRules';

export interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  check?: Check;
  hint?: string;
  placeholder?: string;
  /** the label is read by assistive tech but not shown (e.g. inside a table row) */
  hideLabel?: boolean;
  mono?: boolean;
  /** don't commit while typing; commit on Enter or blur (for fields whose commit creates things) */
  commitOnBlur?: boolean;
  /** id of a <datalist> with suggestions */
  list?: string;
}

export function TextField({ label, value, onCommit, check, hint, placeholder, hideLabel, mono, commitOnBlur, list }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const error = check?.(draft);
  const commit = (text: string) => {
    if (check?.(text) === undefined && text !== value) onCommit(text);
  };
  const describedBy = error ? `${id}-err` : hint ? `${id}-hint` : undefined;
  return (
    <div className={hideLabel ? 'field field-inline' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <input
        id={id}
        className={mono ? 'mono' : undefined}
        value={draft}
        placeholder={placeholder}
        list={list}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          if (!commitOnBlur) commit(e.target.value);
        }}
        onBlur={() => (error ? setDraft(value) : commit(draft))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
          if (e.key === 'Escape') setDraft(value);
        }}
      />
      {error ? (
        <p id={`${id}-err`} className="field-error" role="alert">{error}</p>
      ) : hint ? (
        <p id={`${id}-hint`} className="field-hint">{hint}</p>
      ) : null}
    </div>
  );
}

export function CheckboxField({ label, checked, onChange, hint, disabled }: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field-check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, hint, error }: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  hint?: string;
  /** a problem with the current choice (it stays selectable: the user may fix the other side) */
  error?: string;
}) {
  const id = useId();
  const describedBy = error ? `${id}-err` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => {
        const next = options.find((o) => o.value === e.target.value);
        if (next) onChange(next.value);
      }}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error ? (
        <p id={`${id}-err`} className="field-error" role="alert">{error}</p>
      ) : hint ? (
        <p id={`${id}-hint`} className="field-hint">{hint}</p>
      ) : null}
    </div>
  );
}
