/**
 * New design: always a new entry in "Designs in this browser"; the design being edited stays as it
 * was (never overwritten). Without a database (tests, very old browsers) it replaces the design as
 * one undo step, as before.
 */
import { sampleDesign } from '../../model/sample';
import type { Design } from '../../model/schema';
import type { DesignerStore } from '../../store/createDesignerStore';
import { sessionOf } from '../../store/session';

/** An empty design that keeps the current design's subscriptions (so new VNets land in known ones). */
export function blankDesign(current: Design): Design {
  return {
    ...sampleDesign(), name: 'Untitled design', vnets: [], peerings: [], onPremises: [], routeTables: [], intents: [],
    layout: { positions: {} }, subscriptions: current.subscriptions,
  };
}

export async function startNewDesign(store: DesignerStore): Promise<void> {
  const { actions, design } = store.getState();
  const session = sessionOf(store);
  if (session) await session.create(blankDesign(design));
  else actions.replaceDesign(blankDesign(design));
  actions.requestFit();
  actions.dismissHint();
}
