/**
 * Done-when of issue 2: `validate` on hand-made hub-and-spoke estates in az CLI, REST (Resource Graph),
 * Azure PowerShell and ARM form gives the right findings (codes from the catalogue, VNets by name).
 */
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/import/load';
import { run } from './main';
import { testIo } from './testIo';

interface JsonFinding {
  code: string;
  severity: string;
  vnetNames: string[];
}

async function findings(fixture: string): Promise<{ code: number; list: JsonFinding[] }> {
  const io = testIo({ [fixture]: fixtureText(fixture) });
  const code = await run(['validate', fixture, '--format', 'json'], io);
  if (code === 2) throw new Error(io.err);
  return { code, list: (JSON.parse(io.out) as { findings: JsonFinding[] }).findings };
}

const involving = (list: JsonFinding[], code: string, ...names: string[]) =>
  list.filter((f) => f.code === code && names.every((n) => f.vnetNames.includes(n)));

describe('az CLI estate (az-cli-hub-spoke.json)', async () => {
  const { code, list } = await findings('az-cli-hub-spoke.json');

  it('exits 1 because of error findings', () => expect(code).toBe(1));
  it('gateway transit: right for spoke1, wrong for spoke2', () => {
    expect(involving(list, 'GW_REMOTE_TRANSIT_NOT_ALLOWED', 'vnet-spoke2')).toHaveLength(1);
    expect(list.filter((f) => f.code.startsWith('GW_') && f.vnetNames.includes('vnet-spoke1'))).toEqual([]);
  });
  it('firewall routing: forwarded traffic dropped entering spoke2, not spoke1', () => {
    expect(involving(list, 'ROUTE_FORWARDING_DISABLED', 'vnet-spoke2')).toHaveLength(1);
    expect(involving(list, 'ROUTE_FORWARDING_DISABLED', 'vnet-spoke1')).toEqual([]);
  });
  it('one-way, disconnected and out-of-sync links', () => {
    expect(involving(list, 'PEER_ONE_WAY', 'vnet-hub', 'vnet-spoke3')).toHaveLength(1);
    expect(involving(list, 'PEER_DISCONNECTED', 'vnet-spoke4')).toHaveLength(1);
    expect(involving(list, 'PEER_NOT_IN_SYNC', 'vnet-spoke5').length).toBeGreaterThan(0);
    expect(involving(list, 'PEER_NOT_IN_SYNC', 'vnet-spoke1')).toEqual([]);
  });
  it('overlap between spokes of one hub', () => {
    expect(involving(list, 'PEER_NEIGHBOR_OVERLAP', 'vnet-spoke1', 'vnet-spoke6')).toHaveLength(1);
  });
});

describe('Azure PowerShell estate (ps-hub-spoke.json, the az CLI estate from Get-Az* | ConvertTo-Json -Depth 10)', async () => {
  const ps = await findings('ps-hub-spoke.json');
  const cli = await findings('az-cli-hub-spoke.json');

  it('gives exactly the findings of its az CLI twin, exit 1', () => {
    expect(ps.code).toBe(1);
    expect(involving(ps.list, 'GW_REMOTE_TRANSIT_NOT_ALLOWED', 'vnet-spoke2')).toHaveLength(1);
    expect(ps.list).toEqual(cli.list);
  });

  it('import writes the design and says what it read; the default -Depth 2 dump is refused with the fix', async () => {
    const io = testIo({ 'vnets.json': fixtureText('ps-hub-spoke.json'), 'cut.json': fixtureText('ps-depth2-truncated.json') });
    expect(await run(['import', 'vnets.json', '-o', 'design.json'], io)).toBe(0);
    expect(io.err).toContain('Read as: Azure PowerShell output (Get-AzVirtualNetwork | ConvertTo-Json -Depth 10)');
    expect(io.err).toContain('Wrote design.json: 8 VNets, 11 peering links, 1 route tables.');
    expect(JSON.parse(io.files.get('design.json') ?? '')).toMatchObject({ version: 1, name: 'Imported from Azure PowerShell' });
    const cut = testIo({ 'cut.json': fixtureText('ps-depth2-truncated.json') });
    expect(await run(['validate', 'cut.json'], cut)).toBe(2);
    expect(cut.err).toMatch(/^error: cannot load cut\.json: this Azure PowerShell output was cut short by ConvertTo-Json's default -Depth of 2 .*-Depth 10\n$/);
  });
});

describe('Resource Graph estate (resource-graph-hub-spoke.json)', async () => {
  const { code, list } = await findings('resource-graph-hub-spoke.json');

  it('exits 1', () => expect(code).toBe(1));
  it('gateway transit through a gateway known only from GatewaySubnet: right for a, wrong for b', () => {
    expect(involving(list, 'GW_REMOTE_TRANSIT_NOT_ALLOWED', 'vnet-spoke-b')).toHaveLength(1);
    expect(involving(list, 'GW_REMOTE_NO_GATEWAY', 'vnet-spoke-a')).toEqual([]);
    expect(list.filter((f) => f.code.startsWith('GW_') && f.vnetNames.includes('vnet-spoke-a'))).toEqual([]);
  });
  it('one-way, disconnected and out-of-sync links', () => {
    expect(involving(list, 'PEER_ONE_WAY', 'vnet-spoke-c')).toHaveLength(1);
    expect(involving(list, 'PEER_DISCONNECTED', 'vnet-spoke-e')).toHaveLength(1);
    expect(involving(list, 'PEER_NOT_IN_SYNC', 'vnet-spoke-b')).toHaveLength(1);
  });
  it('overlap between peers', () => {
    expect(involving(list, 'PEER_ADDRESS_OVERLAP', 'vnet-hub-weu', 'vnet-spoke-d')).toHaveLength(1);
  });
});

describe('ARM estate (arm-hub-spoke.json)', async () => {
  const { code, list } = await findings('arm-hub-spoke.json');

  it('exits 1', () => expect(code).toBe(1));
  it('gateway transit: right for spoke1 and the remote spoke, wrong for spoke2', () => {
    expect(involving(list, 'GW_REMOTE_TRANSIT_NOT_ALLOWED', 'vnet-spoke2')).toHaveLength(1);
    for (const ok of ['vnet-spoke1', 'vnet-spoke-remote']) expect(list.filter((f) => f.code.startsWith('GW_') && f.vnetNames.includes(ok))).toEqual([]);
  });
  it('firewall routing with and without allowForwardedTraffic', () => {
    expect(involving(list, 'ROUTE_FORWARDING_DISABLED', 'vnet-spoke2')).toHaveLength(1);
    expect(involving(list, 'ROUTE_FORWARDING_DISABLED', 'vnet-spoke1')).toEqual([]);
  });
  it('a one-way link and an overlap between spokes of one hub', () => {
    expect(involving(list, 'PEER_ONE_WAY', 'vnet-hub', 'vnet-shared')).toHaveLength(1);
    expect(involving(list, 'PEER_NEIGHBOR_OVERLAP', 'vnet-spoke1', 'vnet-spoke-overlap')).toHaveLength(1);
  });
  it('an address space that could not be evaluated makes a placeholder, not a false VNET_NO_ADDRESS_SPACE (issue 13 item 3)', () => {
    expect(involving(list, 'VNET_NO_ADDRESS_SPACE', 'vnet-legacy')).toHaveLength(0);
  });
});

describe('ARM estate over the peering limit (arm-hub-over-peering-limit.json)', async () => {
  const { code, list } = await findings('arm-hub-over-peering-limit.json');

  it('reports PEER_LIMIT on the hub only', () => {
    expect(code).toBe(1);
    expect(list.filter((f) => f.code === 'PEER_LIMIT').map((f) => f.vnetNames)).toEqual([['vnet-hub-big']]);
  });
});

describe('ARM quickstart vnet-to-vnet-peering', async () => {
  const { code, list } = await findings('arm-vnet-to-vnet-peering.json');

  it('is a clean two-way peering', () => {
    expect(code).toBe(0);
    expect(list.filter((f) => f.code.startsWith('PEER_') && f.severity !== 'info')).toEqual([]);
  });
});
