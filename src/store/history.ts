/**
 * Undo history of the design slice: snapshots of immutable designs (structural sharing keeps them
 * cheap), at most LIMIT steps. Consecutive edits with the same merge key (typing in one field,
 * nudging with arrows) within MERGE_MS become one step, so undo restores what the user saw.
 */
import type { Design } from '../model/schema';

export const HISTORY_LIMIT = 100;
export const MERGE_MS = 1500;

export interface History {
  past: Design[];
  future: Design[];
  mergeKey?: string;
  mergeAt?: number;
}

export const emptyHistory = (): History => ({ past: [], future: [] });

export function record(h: History, before: Design, mergeKey: string | undefined, now: number): History {
  if (mergeKey !== undefined && h.mergeKey === mergeKey && h.mergeAt !== undefined && now - h.mergeAt < MERGE_MS) {
    return { ...h, future: [], mergeAt: now };
  }
  const past = [...h.past, before];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], mergeKey, mergeAt: now };
}

export function undo(h: History, current: Design): { history: History; design: Design } | undefined {
  const prev = h.past[h.past.length - 1];
  if (!prev) return undefined;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, design: prev };
}

export function redo(h: History, current: Design): { history: History; design: Design } | undefined {
  const next = h.future[0];
  if (!next) return undefined;
  return { history: { past: [...h.past, current], future: h.future.slice(1) }, design: next };
}
