import { useId, type ReactNode } from 'react';

/** A titled inspector section (a region in the inspector's outline). */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="insp-section" aria-labelledby={id}>
      <div className="insp-section-head">
        <h3 id={id}>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
