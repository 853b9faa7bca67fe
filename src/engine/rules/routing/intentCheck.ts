/** Connectivity intents resolved against the reachability analysis (both directions of each). */
import type { Design, Intent } from '../../../model/schema';
import { reachBetween } from '../../reach';
import type { ReachStatus } from '../../reach';
import { designIndex } from '../../designIndex';

export interface Checked {
  intent: Intent;
  fromName: string;
  toName: string;
  forth: ReachStatus;
  back: ReachStatus;
  vnets: string[];
}

export function checkIntents(design: Design, expect: Intent['expect']): Checked[] {
  const ix = designIndex(design);
  const onprem = new Map(design.onPremises.map((o) => [o.id, o.name]));
  const nameOf = (id: string) => ix.vnetById.get(id)?.name ?? onprem.get(id);
  const out: Checked[] = [];
  for (const intent of design.intents) {
    if (intent.expect !== expect || intent.from === intent.to) continue;
    const fromName = nameOf(intent.from);
    const toName = nameOf(intent.to);
    // an intent naming something that is not there says nothing about reachability
    if (fromName === undefined || toName === undefined) continue;
    const vnets = [intent.from, intent.to].filter((id) => ix.vnetById.has(id));
    out.push({ intent, fromName, toName, forth: reachBetween(design, intent.from, intent.to), back: reachBetween(design, intent.to, intent.from), vnets });
  }
  return out;
}
