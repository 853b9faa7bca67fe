import { useCallback } from 'react';
import type { VNet } from '../../model/schema';
import { useActions } from '../StoreProvider';

/**
 * Commits a patch to one VNet; typing in one field (same `field`) merges into one undo step. Without a
 * field (a choice in a select, a checkbox) every change is its own step.
 */
export function useVnetPatch(vnetId: string): (patch: Partial<Omit<VNet, 'id'>>, field?: string) => void {
  const { commit } = useActions();
  return useCallback(
    (patch, field) => commit([{ op: 'updateVnet', vnetId, patch }], field === undefined ? undefined : `${vnetId}.${field}`),
    [commit, vnetId],
  );
}
