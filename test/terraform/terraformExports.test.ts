/**
 * Every Terraform export of the golden scenarios, the sample, every template option combination and
 * random designs: parsed by HashiCorp's HCL parser, checked against the azurerm 4.55.0 schema (types,
 * arguments, nested blocks, required ones, references), and `terraform fmt -check` canonical (one
 * invocation over all of them) when terraform is installed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTerraformFiles } from '../../src/export/terraform';
import { run, tool } from '../tools';
import { goldenDesigns, randomDesigns, templateDesigns, type NamedDesign } from './designs';
import { cleanText } from '../../src/export/escape';
import { checkTerraform, hasTerraformSchema, type HclReport } from './hclSchema';

const DESIGNS: NamedDesign[] = [...goldenDesigns(), ...templateDesigns(), ...randomDesigns(60)];

/** Each design's export checked once (parsing is the slow part), shared by the tests below. */
const reports = new Map<string, Promise<HclReport>>();
function reportOf({ name, design }: NamedDesign): Promise<HclReport> {
  let r = reports.get(name);
  if (!r) reports.set(name, (r = checkTerraform(toTerraformFiles(design).files)));
  return r;
}

describe.skipIf(!hasTerraformSchema)('Terraform exports against HashiCorp\'s HCL parser and the azurerm 4.55.0 schema', () => {
  it('covers the templates with every option (and some random designs with sites and two tenants)', () => {
    expect(DESIGNS.filter((d) => d.name.startsWith('hub-spoke-')).length).toBe(96);
    expect(DESIGNS.filter((d) => d.name.startsWith('multi-region-')).length).toBeGreaterThan(20);
    const random = DESIGNS.filter((d) => d.name.startsWith('random-'));
    expect(random.some((d) => toTerraformFiles(d.design).files['main.tf']?.includes('azurerm_virtual_network_gateway_connection'))).toBe(true);
  });

  it('parses every file and writes only resource types, arguments and blocks azurerm 4.55.0 has, with the required ones', async () => {
    const problems: string[] = [];
    const written = new Set<string>();
    for (const d of DESIGNS) {
      const name = d.name;
      const report = await reportOf(d);
      for (const e of report.errors) problems.push(`${name}: ${e}`);
      for (const w of report.written) written.add(w);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // the check saw the resources this export writes (a vacuous pass would see none)
    for (const w of ['azurerm_virtual_network_gateway.enable_bgp', 'azurerm_public_ip.zones', 'azurerm_local_network_gateway.gateway_fqdn', 'azurerm_virtual_network_gateway_connection.shared_key', 'azurerm_virtual_network_gateway_connection.express_route_circuit_id', 'azurerm_virtual_network_peering.triggers', 'provider.auxiliary_tenant_ids', 'provider.environment']) {
      expect(written, w).toContain(w);
    }
  });

  it('writes every user-typed VNet name, subnet name and tag exactly: HCL reads back what the design holds', async () => {
    // hcl2json decodes escapes but keeps template escapes ($${, %%{) as written; cleanText turns what no
    // UTF-8 file can hold (lone surrogates, NUL) into U+FFFD; and HashiCorp's parser normalizes string
    // literals to Unicode NFC (seen here: a decomposed `I` + U+0300 comes back as `Ì`), so Terraform sends
    // Azure the NFC form of a name whatever the file holds
    const asRead = (s: string): string => cleanText(s).normalize('NFC').replace(/([$%])\{/g, '$1$1{');
    const sorted = (xs: string[]): string[] => [...xs].sort();
    let checked = 0;
    for (const d of DESIGNS.filter((x) => x.name.startsWith('random-'))) {
      const { name, design } = d;
      const { parsed } = await reportOf(d);
      const resources = (parsed['main.tf']?.['resource'] ?? {}) as Record<string, Record<string, Record<string, unknown>[]>>;
      const bodies = (type: string) => Object.values(resources[type] ?? {}).map((b) => b[0] ?? {});
      const real = design.vnets.filter((v) => !v.isPlaceholder);
      expect(sorted(bodies('azurerm_virtual_network').map((b) => String(b['name']))), name).toEqual(sorted(real.map((v) => asRead(v.name))));
      expect(sorted(bodies('azurerm_subnet').map((b) => String(b['name']))), name).toEqual(sorted(real.flatMap((v) => v.subnets.map((x) => asRead(x.name)))));
      const tags = bodies('azurerm_virtual_network').map((b) => JSON.stringify(Object.entries((b['tags'] ?? {}) as Record<string, string>).sort()));
      expect(sorted(tags), name).toEqual(sorted(real.map((v) => JSON.stringify(Object.entries(v.tags ?? {}).map(([k, x]) => [asRead(k), asRead(x)]).sort()))));
      checked += real.length;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('the checker rejects an unknown argument, a missing required one, an undeclared reference and a parse error', async () => {
    const files = toTerraformFiles(DESIGNS.find((d) => d.name === 'scenario-hub-spoke-vpn-transit')?.design ?? goldenDesigns()[0]!.design).files;
    const main = files['main.tf'] ?? '';
    const errorsOf = async (text: string) => (await checkTerraform({ ...files, 'main.tf': text })).errors.join('\n');
    expect(await errorsOf(main.replace('active_active', 'bgp_enabled = false\n  active_active'))).toContain('unknown argument or block "bgp_enabled"');
    expect(await errorsOf(main.replace(/\n {2}sku += "VpnGw1AZ"/, ''))).toContain('required argument "sku" is missing');
    expect(await errorsOf(main.replace('azurerm_virtual_network.vnet_hub.name', 'azurerm_virtual_network.vnet_nope.name'))).toContain('undeclared azurerm_virtual_network.vnet_nope');
    expect(await errorsOf(`${main}\nresource "x" {`)).toContain('HCL parse error');
  });
});

describe('Terraform exports are terraform fmt canonical', () => {
  const terraform = tool('terraform');
  it.skipIf(terraform === undefined)('terraform fmt -check accepts every export (one invocation over all of them)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-fmt-'));
    try {
      for (const { name, design } of DESIGNS) {
        mkdirSync(path.join(dir, name));
        for (const [file, text] of Object.entries(toTerraformFiles(design).files)) writeFileSync(path.join(dir, name, file), text);
      }
      const r = run(terraform as string, ['fmt', '-check', '-recursive', '-list=true', '-diff', dir]);
      expect(r.stdout.slice(0, 4000)).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
