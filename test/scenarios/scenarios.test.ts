/**
 * Golden files for every scenario and format, plus checks that do not depend on the golden text: the
 * output is deterministic, LF-only with a trailing newline, every link owned by a designed VNet is in
 * every format with its four flags, placeholders are never created, and a link that uses the remote
 * gateway is deployed after the hub's gateway and the hub's transit link.
 */
import { describe, expect, it } from 'vitest';
import { armTemplateObject } from '../../src/export/arm';
import type { Design } from '../../src/model/schema';
import { exportAll, loadScenario, readExpected, scenarioNames, writeExpected } from './scenarioFiles';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const NAMES = scenarioNames();

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every resource of the ARM template, nested deployments flattened, with the deployment it is in. */
function armResources(design: Design): { r: Obj; deployment: string }[] {
  const out: { r: Obj; deployment: string }[] = [];
  const walk = (resources: unknown, deployment: string) => {
    for (const r of Array.isArray(resources) ? resources : []) {
      if (!isObj(r)) continue;
      out.push({ r, deployment });
      const t = isObj(r['properties']) ? r['properties']['template'] : undefined;
      if (isObj(t)) walk(t['resources'], String(r['name']));
    }
  };
  walk(armTemplateObject(design)['resources'], '');
  return out;
}

describe('golden scenarios', () => {
  it('has the eight scenarios of the issue', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining(['empty', 'two-vnets-peered', 'hub-spoke-vpn-transit', 'hub-firewall-spoke-routes', 'spokes-other-subscriptions', 'global-peering', 'dual-stack-ipv6', 'one-way-link']),
    );
  });

  for (const name of NAMES) {
    describe(name, () => {
      const design = loadScenario(name);
      const files = exportAll(design);

      it('matches the expected files (UPDATE_GOLDEN=1 rewrites them)', () => {
        if (UPDATE) writeExpected(name, files);
        expect(Object.keys(files).sort()).toEqual(Object.keys(readExpected(name)));
        for (const [file, text] of Object.entries(readExpected(name))) expect(files[file], file).toBe(text);
      });

      it('is deterministic, LF-only, with a trailing newline', () => {
        expect(exportAll(structuredClone(design))).toEqual(files);
        for (const [file, text] of Object.entries(files)) {
          expect(text.endsWith('\n'), file).toBe(true);
          expect(text.includes('\r'), file).toBe(false);
        }
      });

      it('writes both links of every peering with all four flags explicit, and never creates a placeholder', () => {
        const resources = armResources(design);
        const byId = new Map(design.vnets.map((v) => [v.id, v]));
        for (const l of design.peerings) {
          const local = byId.get(l.from);
          if (!local || local.isPlaceholder) continue;
          const found = resources.find(({ r }) => r['type'] === 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings' && String(r['name']).includes(`'${l.name}'`));
          expect(found, l.name).toBeDefined();
          expect(found?.r['properties']).toMatchObject({
            allowVirtualNetworkAccess: l.allowVirtualNetworkAccess,
            allowForwardedTraffic: l.allowForwardedTraffic,
            allowGatewayTransit: l.allowGatewayTransit,
            useRemoteGateways: l.useRemoteGateways,
          });
          const count = (text: string, needle: string) => text.split(needle).length - 1;
          const ps = files['powershell/deploy.ps1'] ?? '';
          expect(count(ps, `Add-AzVirtualNetworkPeering -Name '${l.name}'`), l.name).toBe(1);
          const cli = files['cli/deploy.sh'] ?? '';
          expect(count(cli, `--name '${l.name}' --remote-vnet`), l.name).toBe(1);
          expect(count(files['terraform/main.tf'] ?? '', `name                         = "${l.name}"`), l.name).toBe(1);
          expect(Object.entries(files).filter(([f]) => f.startsWith('bicep/')).reduce((n, [, t]) => n + count(t, `name: '${l.name}'`), 0), l.name).toBe(1);
        }
        for (const v of design.vnets.filter((x) => x.isPlaceholder)) {
          expect(resources.some(({ r }) => r['type'] === 'Microsoft.Network/virtualNetworks' && r['name'] === v.name), v.name).toBe(false);
          expect(files['powershell/deploy.ps1']).not.toContain(`New-AzVirtualNetwork -Name '${v.name}'`);
          expect(files['cli/deploy.sh']).not.toContain(`az network vnet create --name '${v.name}'`);
        }
      });

      it('deploys a link that uses the remote gateway after the hub gateway and the hub transit link', () => {
        const template = armTemplateObject(design);
        const deployments = (template['resources'] as Obj[]).filter((r) => r['type'] === 'Microsoft.Resources/deployments');
        const resources = armResources(design);
        for (const l of design.peerings.filter((x) => x.useRemoteGateways)) {
          const spoke = resources.find(({ r }) => String(r['name']).includes(`'${l.name}'`));
          const hubLink = design.peerings.find((x) => x.from === l.to && x.to === l.from && x.allowGatewayTransit);
          const hubLinkAt = hubLink ? resources.find(({ r }) => String(r['name']).includes(`'${hubLink.name}'`)) : undefined;
          const hubVnet = design.vnets.find((v) => v.id === l.to);
          const gwAt = resources.find(({ r }) => r['type'] === 'Microsoft.Network/virtualNetworkGateways' && r['name'] === hubVnet?.gateways[0]?.name);
          expect(spoke && hubLinkAt && gwAt).toBeTruthy();
          const deps = String(JSON.stringify(deployments.find((d) => d['name'] === spoke?.deployment)?.['dependsOn'] ?? []));
          expect(deps).toContain(`'${hubLinkAt?.deployment}'`);
          expect(deps).toContain(`'${gwAt?.deployment}'`);
          // The same order in the scripts: the hub gateway and transit link come first.
          const ps = exportAll(design)['powershell/deploy.ps1'] ?? '';
          expect(ps.indexOf(`Add-AzVirtualNetworkPeering -Name '${l.name}'`)).toBeGreaterThan(ps.indexOf(`Add-AzVirtualNetworkPeering -Name '${hubLink?.name ?? ''}'`));
          expect(ps.indexOf(`Add-AzVirtualNetworkPeering -Name '${l.name}'`)).toBeGreaterThan(ps.indexOf('New-AzVirtualNetworkGateway'));
        }
      });
    });
  }
});
