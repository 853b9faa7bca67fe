import { memo } from 'react';
import { CATALOGUE } from '../../engine/catalogue';
import type { Finding } from '../../engine/types';
import { useActions } from '../StoreProvider';

const titleOf = (code: string): string => (code in CATALOGUE ? CATALOGUE[code as keyof typeof CATALOGUE].title : code);

/** One finding: a button that selects what it names, its message, and its quick fixes as buttons. */
function FindingItemView({ finding, compact }: { finding: Finding; compact?: boolean }) {
  const { selectFinding, applyFix } = useActions();
  return (
    <li className={`finding finding-${finding.severity}`}>
      <button type="button" className="finding-main" onClick={() => selectFinding(finding)} title="Show on the canvas">
        <span className="finding-title">
          <span className={`sev-dot sev-${finding.severity}`} aria-hidden="true" />
          {titleOf(finding.code)}
          <code className="finding-code">{finding.code}</code>
        </span>
        {!compact && <span className="finding-message">{finding.message}</span>}
      </button>
      {compact && <p className="finding-message">{finding.message}</p>}
      {finding.fixes && finding.fixes.length > 0 && (
        <div className="finding-fixes">
          {finding.fixes.map((fix, i) => (
            <button key={i} type="button" className="fix-button" onClick={() => applyFix(fix)}>{fix.title}</button>
          ))}
        </div>
      )}
    </li>
  );
}

export const FindingItem = memo(FindingItemView);
