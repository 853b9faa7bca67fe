/**
 * `validate estate.json --intents design.json`: the design's intents ("spoke A reaches spoke B", "dev is
 * isolated from prod") checked against what runs. Imported ids differ from the design's, so endpoints are
 * matched by name: a VNet by subscription, resource group and name when the estate has that VNet, else by
 * name alone when exactly one VNet has it (case-insensitively, as Azure compares names); an on-premises network
 * by name. An intent whose endpoint the estate lacks is reported, never silently dropped.
 */
import type { Design, Intent } from '../model/schema';

export interface IntentTransfer {
  design: Design;
  /** one line per intent that could not be placed on the estate */
  unmatched: string[];
}

const lower = (s: string) => s.toLowerCase();

export function applyIntents(estate: Design, source: Design): IntentTransfer {
  const byScopedName = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const v of estate.vnets) {
    byScopedName.set(`${lower(v.subscriptionId)}/${lower(v.resourceGroup)}/${lower(v.name)}`, v.id);
    const list = byName.get(lower(v.name)) ?? [];
    list.push(v.id);
    byName.set(lower(v.name), list);
  }
  for (const o of estate.onPremises) {
    const list = byName.get(lower(o.name)) ?? [];
    list.push(o.id);
    byName.set(lower(o.name), list);
  }
  const endpointName = new Map<string, { name: string; scoped?: string }>();
  for (const v of source.vnets) endpointName.set(v.id, { name: v.name, scoped: `${lower(v.subscriptionId)}/${lower(v.resourceGroup)}/${lower(v.name)}` });
  for (const o of source.onPremises) endpointName.set(o.id, { name: o.name });

  const resolve = (id: string): { id?: string; why?: string } => {
    const e = endpointName.get(id);
    if (!e) return { why: `"${id}" is not a VNet or on-premises network of the design` };
    const scoped = e.scoped === undefined ? undefined : byScopedName.get(e.scoped);
    if (scoped) return { id: scoped };
    const hits = byName.get(lower(e.name)) ?? [];
    if (hits.length === 1) return { id: hits[0] };
    return { why: hits.length === 0 ? `the estate has no network named "${e.name}"` : `${hits.length} networks of the estate are named "${e.name}"` };
  };

  const intents: Intent[] = [];
  const unmatched: string[] = [];
  for (const intent of source.intents) {
    const from = resolve(intent.from);
    const to = resolve(intent.to);
    if (from.id === undefined || to.id === undefined) {
      unmatched.push(`intent ${intent.id} (${intent.expect} ${endpointName.get(intent.from)?.name ?? intent.from} -> ${endpointName.get(intent.to)?.name ?? intent.to}): ${from.why ?? to.why ?? ''}`);
      continue;
    }
    intents.push({ ...intent, id: `intent-${intents.length + 1}`, from: from.id, to: to.id });
  }
  return { design: { ...estate, intents }, unmatched };
}
