/** The findings contract: ../shared/spec/findings.md (copied into docs/findings.md with explanations). */
import type { DesignOp } from '../model/ops';

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** button text, e.g. "Create the reverse link hub -> spoke-a" */
  title: string;
  ops: DesignOp[];
}

export interface Finding {
  code: string;
  severity: Severity;
  /** one sentence naming the objects by their names and the CIDRs involved */
  message: string;
  /** ids of the VNets involved (sorted) */
  vnets: string[];
  /** ids of the peering links involved (sorted) */
  peerings: string[];
  details?: Record<string, string | number | boolean>;
  fixes?: Fix[];
  /** anchor in docs/findings.md, e.g. "docs/findings.md#peer_one_way" */
  docs: string;
}
