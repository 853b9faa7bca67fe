import { useMemo } from 'react';
import { findingsOf } from '../../store/derived';
import { FindingItem } from '../findings/FindingItem';
import { useDesigner } from '../StoreProvider';
import { Section } from './Section';

/** The findings that name this VNet, with their quick fixes. */
export function VnetFindings({ vnetId }: { vnetId: string }) {
  const findings = useDesigner((s) => findingsOf(s.design));
  const own = useMemo(() => findings.filter((f) => f.vnets.includes(vnetId)), [findings, vnetId]);
  if (own.length === 0) return null;
  return (
    <Section title={`Findings for this VNet (${own.length})`}>
      <ul className="finding-list compact">
        {own.map((f, i) => <FindingItem key={`${f.code}:${i}`} finding={f} compact />)}
      </ul>
    </Section>
  );
}
