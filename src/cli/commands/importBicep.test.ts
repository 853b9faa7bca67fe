/**
 * `import main.bicep --parameters main.bicepparam` through Microsoft's Bicep CLI (located by test/tools.ts,
 * which warns and skips when it is missing). The fixture is shaped after ALZ-Bicep's hub networking module.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tool } from '../../../test/tools';
import { testIo } from '../testIo';
import command from './import';

const bicep = tool('bicep');
const dir = fileURLToPath(new URL('../../../test/fixtures/import/bicep/', import.meta.url));

describe.skipIf(!bicep)('import a Bicep file with its .bicepparam (real Bicep CLI)', () => {
  it('compiles both and imports the hub with its array-driven subnets and spoke peering', async () => {
    const io = testIo({}, { env: { BICEP_PATH: bicep ?? '' } });
    const code = await command.run([`${dir}hub.bicep`, '--parameters', `${dir}hub.bicepparam`, '-o', 'design.json'], io);
    expect(io.err).not.toMatch(/^error/m);
    expect(code).toBe(0);
    const design = JSON.parse(io.files.get('design.json') ?? '{}') as { vnets: { name: string; location: string; isPlaceholder: boolean; subnets: { name: string; addressPrefixes: string[] }[] }[]; peerings: { name: string }[] };
    const hub = design.vnets.find((v) => v.name === 'alz-hub-swedencentral');
    expect(hub?.location).toBe('swedencentral');
    expect(hub?.subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([
      ['AzureBastionSubnet', ['10.10.15.0/24']], ['GatewaySubnet', ['10.10.252.0/24']], ['AzureFirewallSubnet', ['10.10.254.0/24']],
    ]);
    expect(design.peerings.map((l) => l.name)).toEqual(['peer-hub-to-vnet-spoke1']);
    expect(design.vnets.find((v) => v.name === 'vnet-spoke1')?.isPlaceholder).toBe(true);
  }, 300_000);

  it('without parameters, names the missing parameter instead of inventing it', async () => {
    const io = testIo({}, { env: { BICEP_PATH: bicep ?? '' } });
    const code = await command.run([`${dir}hub.bicep`, '-o', 'design.json'], io);
    expect(code).toBe(0);
    expect(io.err).toContain("parameter 'parCompanyPrefix' at parameters.parCompanyPrefix");
  }, 300_000);
});

describe('Bicep argument checks', () => {
  it('refuses a JSON parameters file for a .bicep input', async () => {
    await expect(Promise.resolve().then(() => command.run(['main.bicep', '--parameters', 'p.json', '-o', 'd.json'], testIo()))).rejects.toThrow(/takes a \.bicepparam file/);
  });
});
