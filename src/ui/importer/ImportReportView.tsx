/** What an import brought in, what it skipped and why, what it assumed, and the findings that follow. */
import type { ImportReport } from '../../import';
import { groupSkipped } from '../../import/report';
import type { Design } from '../../model/schema';

export function ImportReportView({ design, report, format, counts }: {
  design: Design;
  report: ImportReport;
  format: string;
  counts: Record<'error' | 'warning' | 'info', number>;
}) {
  const total = counts.error + counts.warning + counts.info;
  return (
    <div className="import-report">
      <p className="import-summary">
        Imported <b>{design.vnets.length} VNets</b> and <b>{design.peerings.length} peering links</b> from {format}, laid out with hubs in
        the middle and spokes around them, grouped by region.
      </p>
      <h3>Findings</h3>
      {total === 0 ? <p>No findings: the design passes every check.</p> : (
        <p className="finding-counts" aria-label="Findings by severity">
          <span>{counts.error} errors</span><span>{counts.warning} warnings</span><span>{counts.info} notes</span>
          <span className="muted">listed in the Findings panel</span>
        </p>
      )}
      <h3>Skipped ({report.skipped.length})</h3>
      {report.skipped.length === 0 ? <p>Nothing was skipped.</p> : (
        <ul aria-label="Skipped items">
          {groupSkipped(report.skipped).map((g) => (
            <li key={g.why}>
              <b>{g.items.length} ×</b> {g.why}
              <ul>{g.items.map((s, i) => <li key={i}>{s.what} ({s.where})</li>)}</ul>
            </li>
          ))}
        </ul>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>Assumptions</h3>
          <ul aria-label="Import notes">{report.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
        </>
      )}
    </div>
  );
}
