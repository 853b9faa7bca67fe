/**
 * The bash export run for real against a stand-in `az` (a script that logs its arguments and answers
 * `az version` and `peering show` as told): the version check stops an old az before anything else runs,
 * a refused design stops before any az command, values reach az as the arguments the design meant, and
 * the peering sync runs only for a link that is not FullyInSync.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toAzureCli } from '../../src/export/azureCli';
import type { Design } from '../../src/model/schema';
import { design, peer, subnet, vnet } from '../builders';
import { run, tool } from '../tools';

const FAKE_AZ = `#!/usr/bin/env bash
for a in "$@"; do printf '[%s]' "$a" >> "$AZ_LOG"; done
printf '\\n' >> "$AZ_LOG"
if [[ "$1" == version ]]; then printf '%s\\n' "$FAKE_AZ_VERSION"; exit 0; fi
if [[ "$*" == *"peering show"*"--query"* ]]; then printf '%s\\n' "$FAKE_OUT_OF_SYNC"; exit 0; fi
if [[ "$*" == *"peering show"* ]]; then exit 3; fi
exit 0
`;

/** Runs the export of `d` with the stand-in az; returns the exit status, stderr and the az calls (one string per call). */
function runScript(d: Design, env: { version: string; outOfSync?: boolean; extraEnv?: string }): { status: number; stderr: string; calls: string[] } {
  const bash = tool('bash') as string;
  const dir = mkdtempSync(path.join(tmpdir(), 'vnet-cli-run-'));
  try {
    writeFileSync(path.join(dir, 'az'), FAKE_AZ);
    chmodSync(path.join(dir, 'az'), 0o755);
    writeFileSync(path.join(dir, 'deploy.sh'), toAzureCli(d));
    const log = path.join(dir, 'az.log');
    writeFileSync(log, '');
    const envText = `export PATH=${JSON.stringify(dir)}:"$PATH" AZ_LOG=${JSON.stringify(log)} FAKE_AZ_VERSION=${JSON.stringify(env.version)} FAKE_OUT_OF_SYNC=${env.outOfSync ? 'true' : 'false'} ${env.extraEnv ?? ''}`;
    const r = run(bash, ['-c', `${envText}; bash ${JSON.stringify(path.join(dir, 'deploy.sh'))}`], { input: '' });
    return { status: r.status, stderr: r.stderr, calls: readFileSync(log, 'utf8').split('\n').filter((l) => l !== '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasBash = tool('bash') !== undefined;

describe.skipIf(!hasBash)('the bash export, run against a stand-in az', () => {
  const d = design([vnet('a', ['10.1.0.0/16'], { tags: { env: '-dev' } }), vnet('b', ['10.2.0.0/16'])], peer('a', 'b'));

  it('stops with a clear message, before any other az command, when az is too old', () => {
    const r = runScript(d, { version: '2.40.0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: this script needs Azure CLI 2.50.0 or newer; found 2.40.0 (run: az upgrade)');
    expect(r.calls).toEqual(['[version][--query]["azure-cli"][--output][tsv]']);
  });

  it('runs with a new enough az, passing every value as the argument it is meant to be', () => {
    const r = runScript(d, { version: '2.67.0' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.calls).toContain("[network][vnet][create][--name][a][--resource-group][rg-network][--location][westeurope][--address-prefixes][10.1.0.0/16][--tags][env=-dev][--output][none]");
    expect(r.calls).toContain(
      '[network][vnet][peering][create][--resource-group][rg-network][--vnet-name][a][--name][peer-a-to-b][--remote-vnet][/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/b][--allow-vnet-access][true][--allow-forwarded-traffic][false][--allow-gateway-transit][false][--use-remote-gateways][false][--output][none]',
    );
  });

  it('a value starting with - reaches az as --option=value, one argument', () => {
    const r = runScript(design([vnet('a', ['10.1.0.0/16'], { name: '-odd', subnets: [subnet('-snet', '10.1.1.0/24')] })]), { version: '2.67.0' });
    expect(r.status).toBe(0);
    expect(r.calls.some((c) => c.startsWith('[network][vnet][create][--name=-odd]'))).toBe(true);
    expect(r.calls.some((c) => c.startsWith('[network][vnet][subnet][create][--name=-snet][--vnet-name=-odd]'))).toBe(true);
  });

  it('a refused design stops before any az command, naming the value', () => {
    const r = runScript(design([vnet('a', ['10.1.0.0/16'], { dnsServers: ['--subscription=other'] })]), { version: '2.67.0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: this script cannot run: VNet a: the DNS server --subscription=other starts with -, which az would read as an option');
    expect(r.calls).toEqual([]);
  });

  it('syncs a link only when it is not FullyInSync', () => {
    const resized = vnet('r', ['10.1.0.0/16', '10.11.0.0/16'], { importedAddressPrefixes: ['10.1.0.0/16'] });
    const rd = design([resized, vnet('b', ['10.2.0.0/16'])], peer(resized, 'b'));
    const sync = (calls: string[]) => calls.filter((c) => c.startsWith('[network][vnet][peering][sync]'));
    expect(sync(runScript(rd, { version: '2.67.0', outOfSync: true }).calls)).toEqual(['[network][vnet][peering][sync][--resource-group][rg-network][--vnet-name][b][--name][peer-b-to-r][--output][none]']);
    expect(sync(runScript(rd, { version: '2.67.0', outOfSync: false }).calls)).toEqual([]);
  });
});

describe.skipIf(!hasBash)('on-premises secrets in the bash export', () => {
  const d = design([vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], gateways: [{ id: 'gw', name: 'vgw', gatewayType: 'Vpn', sku: 'VpnGw1AZ', activeActive: false }] })], [], {
    onPremises: [{ id: 'hq', name: 'hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw', gatewayIpAddress: '203.0.113.10' }],
  });

  it('without the shared key and no terminal to ask on, stops naming the variable before any resource is created', () => {
    const r = runScript(d, { version: '2.67.0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: set SHARED_KEY_HQ in the environment');
    expect(r.calls).toEqual(['[version][--query]["azure-cli"][--output][tsv]']);
  });

  it('takes the shared key from the environment and passes it to az as one argument; the file never holds it', () => {
    const r = runScript(d, { version: '2.67.0', extraEnv: 'SHARED_KEY_HQ=-s3cr3t' });
    expect(r.status).toBe(0);
    expect(r.calls.find((c) => c.startsWith('[network][vpn-connection][create]'))).toContain('[--shared-key=-s3cr3t]');
    expect(toAzureCli(d)).not.toContain('s3cr3t');
  });
});
