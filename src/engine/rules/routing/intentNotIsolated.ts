/**
 * INTENT_NOT_ISOLATED: the design says A and B must be isolated, but a packet gets through in at
 * least one direction; the message is the delivered walk, naming the path that lets it through.
 */
import type { Design } from '../../../model/schema';
import { explainReach } from '../../reach';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { checkIntents } from './intentCheck';

export function intentNotIsolated(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const c of checkIntents(design, 'isolated')) {
    if (c.forth === 'none' && c.back === 'none') continue;
    const [a, b] = c.forth !== 'none' ? [c.intent.from, c.intent.to] : [c.intent.to, c.intent.from];
    const path = explainReach(design, a, b)?.paths.find((p) => p.delivered);
    out.push(finding('INTENT_NOT_ISOLATED', `'${c.fromName}' and '${c.toName}' must be isolated, but ${path?.message ?? `${a} reaches ${b}`}`, {
      vnets: c.vnets,
      details: { intent: c.intent.id, forward: c.forth, reverse: c.back },
    }));
  }
  return out;
}
