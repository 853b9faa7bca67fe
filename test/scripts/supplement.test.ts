/**
 * The PowerShell checker's own supplement lists only cmdlets the shared az-cmdlets.json lacks: as soon as
 * the shared list carries one, this fails and the entry is to be dropped (issue 11: the shared list is the
 * reference).
 */
import { describe, expect, it } from 'vitest';
import { SUPPLEMENT, checkPowerShell } from '../schema-checks/powershellCheck';
import { hasSharedSchemas, readSharedJson } from '../schema-checks/shared';

describe.skipIf(!hasSharedSchemas)('PowerShell checker supplement', () => {
  it('holds no cmdlet that az-cmdlets.json lists', () => {
    const shared = readSharedJson('powershell/az-cmdlets.json') as Record<string, string[]>;
    expect(Object.keys(SUPPLEMENT).filter((c) => c in shared)).toEqual([]);
  });

  it('checks the parameters of supplemented cmdlets, digits at the end of a name included', () => {
    const ok = "New-AzVirtualNetworkGatewayConnection -Name 'c' -ResourceGroupName 'r' -Location 'l' -VirtualNetworkGateway1 $g -LocalNetworkGateway2 $l -ConnectionType 'IPsec' -Force | Out-Null\n";
    const report = checkPowerShell(ok);
    expect(report.errors).toEqual([]);
    expect([...report.supplemented]).toEqual(['New-AzVirtualNetworkGatewayConnection']);
    expect(checkPowerShell(ok.replace('-LocalNetworkGateway2', '-LocalNetworkGateway3')).errors).toEqual(['New-AzVirtualNetworkGatewayConnection: unknown parameter -LocalNetworkGateway3']);
  });
});
