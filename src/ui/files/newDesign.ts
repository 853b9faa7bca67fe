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

/** False (and a message dialog says why) when the current design's changes cannot be stored first. */
export async function startNewDesign(store: DesignerStore): Promise<boolean> {
  const { actions, design } = store.getState();
  const session = sessionOf(store);
  if (session) {
    const r = await session.create(blankDesign(design));
    if (!r.ok) {
      actions.openDialog('message', { title: 'A new design cannot be started yet', message: `${r.message.charAt(0).toUpperCase()}${r.message.slice(1)}.` });
      return false;
    }
  } else {
    actions.replaceDesign(blankDesign(design));
  }
  actions.requestFit();
  actions.dismissHint();
  return true;
}
