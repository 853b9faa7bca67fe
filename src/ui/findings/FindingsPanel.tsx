/** All findings, live, grouped by severity: the region named "Findings". */
import { useId, useState } from 'react';
import type { Severity } from '../../engine/types';
import { countBySeverity, findingsOf } from '../../store/derived';
import { useDesigner } from '../StoreProvider';
import { FindingItem } from './FindingItem';

const GROUPS: { severity: Severity; label: string }[] = [
  { severity: 'error', label: 'Errors' },
  { severity: 'warning', label: 'Warnings' },
  { severity: 'info', label: 'Information' },
];
/** Rendering thousands of findings at once would stall typing; the rest is behind "Show all". */
const PAGE = 200;

export function FindingsPanel() {
  const headingId = useId();
  const findings = useDesigner((s) => findingsOf(s.design));
  const counts = countBySeverity(findings);
  const [showAll, setShowAll] = useState(false);
  return (
    <section className="panel findings-panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>Findings</h2>
        <span className="counts" aria-label={`${counts.error} errors, ${counts.warning} warnings, ${counts.info} information`}>
          <span className="count count-error">{counts.error}</span>
          <span className="count count-warning">{counts.warning}</span>
          <span className="count count-info">{counts.info}</span>
        </span>
      </header>
      <div className="panel-body" aria-live="polite">
        {findings.length === 0 && <p className="empty">No findings: this design deploys as drawn.</p>}
        {GROUPS.map(({ severity, label }) => {
          const list = findings.filter((f) => f.severity === severity);
          if (list.length === 0) return null;
          const shown = showAll ? list : list.slice(0, PAGE);
          return (
            <details key={severity} open className={`finding-group group-${severity}`}>
              <summary>{label} <span className="muted">({list.length})</span></summary>
              <ul className="finding-list">
                {shown.map((f, i) => <FindingItem key={`${f.code}:${f.vnets.join(',')}:${f.peerings.join(',')}:${i}`} finding={f} />)}
              </ul>
              {shown.length < list.length && (
                <button type="button" className="link-button" onClick={() => setShowAll(true)}>Show all {list.length}</button>
              )}
            </details>
          );
        })}
      </div>
    </section>
  );
}
