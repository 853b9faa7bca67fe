/**
 * INTENT_UNREACHABLE: the design says A must reach B, and the analysis finds no (or only a partial)
 * path in one or both directions; the message is the walk's explanation, naming the hop where it breaks.
 */
import type { Design } from '../../../model/schema';
import { explainReach } from '../../reach';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { checkIntents } from './intentCheck';

export function intentUnreachable(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const c of checkIntents(design, 'reach')) {
    if (c.forth === 'reach' && c.back === 'reach') continue;
    const [a, b] = c.forth !== 'reach' ? [c.intent.from, c.intent.to] : [c.intent.to, c.intent.from];
    const why = explainReach(design, a, b)?.message ?? '';
    out.push(finding('INTENT_UNREACHABLE', `'${c.fromName}' must reach '${c.toName}', but ${why}`, {
      vnets: c.vnets,
      details: { intent: c.intent.id, forward: c.forth, reverse: c.back },
    }));
  }
  return out;
}
