/**
 * Whole-export properties: hostile names, descriptions and tags cannot break any format's structure and
 * come back exactly when the output is parsed; the output does not depend on the order of the input;
 * error findings are listed in the header.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { armTemplateObject } from './arm';
import { toBicepFiles } from './bicep';
import { toPowerShell } from './powershell';
import { toAzureCli } from './azureCli';
import { toTerraformFiles } from './terraform';
import { EXPORT_FORMATS } from './registry';
import { cleanText, scriptText } from './escape';
import type { Design } from '../model/schema';
import { design, link, peer, routeTable, route, subnet, vnet, vpnGateway } from '../../test/builders';
import { field, parseBicep, stringsOf } from '../../test/schema-checks/bicepParse';
import { armExprStrings, decodeArmLiteral, hclTokens, shellTokens, type Token } from '../../test/schema-checks/decoders';
import { decodeVerbatim, parsePowerShell } from '../../test/schema-checks/powershellCheck';
import { hostile } from './escape.test';

/** A design whose every user-typed string is `s` or built from it (so that the sort order, and with it the structure, does not depend on `s`). */
function hostileDesign(s: string): Design {
  const hub = vnet('hub', ['10.0.0.0/16'], {
    name: s,
    resourceGroup: `rg ${s}`,
    tags: { [s]: s, env: s },
    dnsServers: [s],
    subnets: [subnet(`snet ${s}`, '10.0.1.0/24', { routeTableId: 'rt-x', networkSecurityGroup: `nsg ${s}` }), subnet('GatewaySubnet', '10.0.0.0/27')],
    gateways: [vpnGateway(`gw ${s}`)],
  });
  const spoke = vnet('spoke', ['10.1.0.0/16'], { name: `${s}-spoke` });
  const d = design([hub, spoke], [link(hub, spoke, { allowGatewayTransit: true }, { name: `link ${s}` }), link(spoke, hub, { useRemoteGateways: true }, { name: `back ${s}` })], {
    name: s,
    routeTables: [routeTable(`rt ${s}`, [route(s, '0.0.0.0/0', 'VirtualAppliance', '10.0.0.4')], { id: 'rt-x', resourceGroup: `rg ${s}` })],
  });
  d.resourceGroups.push({ subscriptionId: hub.subscriptionId, name: `rg ${s}`, location: 'westeurope' });
  return d;
}

/** Token kinds outside comments (the header lists findings, whose wording depends on the names). */
const kinds = (tokens: { kind: string }[]) =>
  tokens
    .filter((t) => t.kind !== 'comment')
    .map((t) => t.kind)
    .join(' ')
    .replace(/(newline )+/g, 'newline ');

describe('no user string can break out, in any format', () => {
  it('ARM: JSON parses and every string decodes back', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const t = JSON.parse(JSON.stringify(armTemplateObject(hostileDesign(s)))) as { resources: { properties: { template: { resources: Record<string, unknown>[] } } }[] };
        const inner = t.resources.flatMap((d) => d.properties.template.resources);
        const v = inner.find((r) => r['type'] === 'Microsoft.Network/virtualNetworks' && r['tags'] !== undefined);
        expect(decodeArmLiteral(String(v?.['name']))).toBe(cleanText(s));
        expect(Object.entries(v?.['tags'] ?? {}).map(([k, x]) => [decodeArmLiteral(k), decodeArmLiteral(String(x))])).toContainEqual([cleanText(s), cleanText(s)]);
        const peering = inner.find((r) => r['type'] === 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings' && armExprStrings(String(r['name']))[2] === cleanText(`link ${s}`));
        expect(armExprStrings(String(peering?.['name']))).toEqual(['{0}/{1}', cleanText(s), cleanText(`link ${s}`)]);
      }),
      { numRuns: 150 },
    );
  });

  it('Bicep: every file parses and the names decode back', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const files = toBicepFiles(hostileDesign(s)).files;
        const statements = Object.values(files).flatMap((text) => parseBicep(text));
        const vnetRes = statements.find((x) => x.keyword === 'resource' && x.type?.startsWith('Microsoft.Network/virtualNetworks@') && !x.existing && field(x.value, 'tags'));
        const nameField = field(vnetRes?.value, 'name');
        expect(nameField).toEqual({ kind: 'string', value: cleanText(s) });
        expect(stringsOf(field(vnetRes?.value, 'tags'))).toEqual(expect.arrayContaining([cleanText(s)]));
        expect(statements.filter((x) => x.keyword === 'resource').length).toBe(Object.values(toBicepFiles(hostileDesign('x')).files).flatMap((t) => parseBicep(t)).filter((x) => x.keyword === 'resource').length);
      }),
      { numRuns: 150 },
    );
  });

  it('PowerShell: parses with no ERROR node, same commands as a benign design, strings decode back', () => {
    const benign = parsePowerShell(toPowerShell(hostileDesign('x'))).rootNode.descendantsOfType('command').map((c) => c.childForFieldName('command_name')?.text);
    fc.assert(
      fc.property(hostile, (s) => {
        const root = parsePowerShell(toPowerShell(hostileDesign(s))).rootNode;
        expect(root.descendantsOfType('ERROR')).toHaveLength(0);
        expect(root.descendantsOfType('command').map((c) => c.childForFieldName('command_name')?.text)).toEqual(benign);
        const strings = root.descendantsOfType('string_literal').map((n) => decodeVerbatim(n.text));
        expect(strings).toContain(scriptText(s));
        expect(strings).toContain(scriptText(`link ${s}`));
      }),
      { numRuns: 100 },
    );
  });

  it('Azure CLI: the same shell tokens as a benign design, names decode back', () => {
    // `--name='-x'` (a value starting with '-', see azureCli.ts) is one shell word: compare it as option and value.
    const split = (tokens: Token[]): Token[] =>
      tokens.flatMap((t) => {
        const m = t.kind === 'quoted' ? /^(--[a-z0-9-]+)=(-[\s\S]*)$/.exec(t.text) : null;
        return m ? [{ kind: 'word' as const, text: m[1] ?? '' }, { kind: 'quoted' as const, text: m[2] ?? '' }] : [t];
      });
    const benign = kinds(split(shellTokens(toAzureCli(hostileDesign('x')))));
    fc.assert(
      fc.property(hostile, (s) => {
        const text = toAzureCli(hostileDesign(s));
        const tokens = split(shellTokens(text));
        // A DNS server or tag key starting with '-' cannot be placed safely: left out, and the script refuses to run.
        if (cleanText(s).startsWith('-')) expect(text).toContain(`printf '%s\\n' 'error: this script cannot run: VNet `);
        else expect(kinds(tokens)).toBe(benign);
        const created = tokens.flatMap((t, k) => (t.text === 'create' && tokens[k - 1]?.text === 'vnet' && tokens[k - 2]?.text === 'network' ? [tokens[k + 2]?.text] : []));
        expect(created).toContain(scriptText(s));
      }),
      { numRuns: 150 },
    );
  });

  it('Terraform: the same HCL tokens as a benign design, names decode back', () => {
    const benign = kinds(hclTokens(toTerraformFiles(hostileDesign('x')).files['main.tf'] ?? ''));
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = hclTokens(toTerraformFiles(hostileDesign(s)).files['main.tf'] ?? '');
        expect(kinds(tokens)).toBe(benign);
        expect(tokens.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(expect.arrayContaining([cleanText(s), cleanText(`link ${s}`), cleanText(`rg ${s}`)]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('exporters', () => {
  const a = vnet('vnet-a', ['10.1.0.0/16']);
  const b = vnet('vnet-b', ['10.2.0.0/16']);
  const c = vnet('vnet-c', ['10.3.0.0/16']);

  it('give the same text whatever the order of VNets and links in the design', () => {
    const d1 = design([a, b, c], [...peer(a, b), ...peer(b, c)]);
    const d2 = design([c, a, b], [...peer(b, c), ...peer(a, b)].reverse());
    for (const f of EXPORT_FORMATS) expect(f.run(d2), f.id).toBe(f.run(d1));
  });

  it('still export a design with error findings, listing them in a header comment', () => {
    const overlapping = design([a, vnet('vnet-a2', ['10.1.0.0/16'])], peer('vnet-a', 'vnet-a2'));
    for (const f of EXPORT_FORMATS) {
      const text = f.run(overlapping);
      expect(text, f.id).toContain('error finding(s)');
      expect(text, f.id).toContain('PEER_ADDRESS_OVERLAP');
    }
  });

  it('never create a placeholder VNet but reference it by full resource id', () => {
    const existing = vnet('vnet-existing', ['10.9.0.0/16'], { isPlaceholder: true, resourceGroup: 'rg-other' });
    const d = design([a, existing], peer(a, existing));
    const ps = toPowerShell(d);
    expect(ps).not.toContain("New-AzVirtualNetwork -Name 'vnet-existing'");
    expect(ps).toContain("'/resourceGroups/rg-other/providers/Microsoft.Network/virtualNetworks/vnet-existing'");
    expect(ps).toContain('link peer-vnet-existing-to-vnet-a belongs to vnet-existing, which is a placeholder');
    const cli = toAzureCli(d);
    expect(cli).not.toContain("az network vnet create --name 'vnet-existing'");
  });

  it('write a sync step for the links pointing at a resized imported VNet', () => {
    const resized = vnet('vnet-r', ['10.1.0.0/16', '10.11.0.0/16'], { importedAddressPrefixes: ['10.1.0.0/16'] });
    const d = design([resized, b], peer(resized, b));
    expect(toPowerShell(d)).toContain("Get-AzVirtualNetworkPeering -VirtualNetworkName 'vnet-b' -ResourceGroupName 'rg-network' -Name 'peer-vnet-b-to-vnet-r'\nif ($peering.PeeringSyncLevel -ne 'FullyInSync') {\n    Sync-AzVirtualNetworkPeering");
    expect(toAzureCli(d)).toContain("az network vnet peering sync --resource-group 'rg-network' --vnet-name 'vnet-b' --name 'peer-vnet-b-to-vnet-r'");
    expect(toPowerShell(d)).not.toContain("-Name 'peer-vnet-r-to-vnet-b'\nif ($peering.PeeringSyncLevel");
  });
});
