/**
 * Whether the editor holds work of the user's: judged from the editor itself (its undo history and
 * its design), never from storage, which may lag behind or have refused the last write.
 */
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import type { DesignerState } from './types';

let sampleText: string | undefined;

/** The untouched sample or an empty canvas: nothing the user would miss. */
export function isStarterDesign(design: Design): boolean {
  if (design.vnets.length === 0 && design.onPremises.length === 0 && design.peerings.length === 0) return true;
  sampleText ??= JSON.stringify(sampleDesign());
  return design.vnets.length === sampleDesign().vnets.length && JSON.stringify(design) === sampleText;
}

export function hasOwnWork(state: Pick<DesignerState, 'design' | 'history'>): boolean {
  return state.history.past.length > 0 || state.history.future.length > 0 || !isStarterDesign(state.design);
}
