import { useCallback } from 'react';
import type { VNet } from '../../model/schema';
import { useActions } from '../StoreProvider';

/** Commits a patch to one VNet; edits of the same field merge into one undo step. */
export function useVnetPatch(vnetId: string): (patch: Partial<Omit<VNet, 'id'>>, field: string) => void {
  const { commit } = useActions();
  return useCallback(
    (patch, field) => commit([{ op: 'updateVnet', vnetId, patch }], `${vnetId}.${field}`),
    [commit, vnetId],
  );
}
