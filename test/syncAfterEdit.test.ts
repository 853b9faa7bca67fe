/**
 * Issue 11, defect 10, end to end: an edit in the tool that resizes a peered VNet makes the plan schedule the
 * peering syncs, and the scripts run them (PowerShell Sync-AzVirtualNetworkPeering, az network vnet peering sync).
 */
import { describe, expect, it } from 'vitest';
import { applyOp } from '../src/model/ops';
import { buildPlan } from '../src/export/plan';
import { toAzureCli, toPowerShell } from '../src/export';
import { design, peer, vnet } from './builders';

describe('peering sync after a resize made in the designer', () => {
  const d = design([vnet('hub', ['10.0.0.0/16']), vnet('spoke', ['10.1.0.0/16'])], peer('hub', 'spoke'));
  const resized = applyOp(d, { op: 'updateVnet', vnetId: 'spoke', patch: { addressPrefixes: ['10.1.0.0/16', '10.2.0.0/16'] } });

  it('plans a sync of the hub link to the resized spoke', () => {
    expect(buildPlan(d).syncs).toEqual([]);
    expect(buildPlan(resized).syncs.map((s) => [s.link.name, s.resized])).toEqual([['peer-hub-to-spoke', 'spoke']]);
  });

  it('the PowerShell and Azure CLI scripts run the sync', () => {
    expect(toPowerShell(d)).not.toContain('Sync-AzVirtualNetworkPeering');
    expect(toPowerShell(resized)).toContain('Sync-AzVirtualNetworkPeering');
    expect(toAzureCli(resized)).toContain('az network vnet peering sync');
  });
});
