/**
 * Terraform-only golden scenarios (test/terraform/scenarios/<name>/design.json and expected/terraform/*):
 * designs whose other formats are not written yet by their exporters. `hub-vpn-onprem-sites` is the
 * VPN hub (AZ SKU, active-active, BGP) with a BGP site, an FQDN site and a site without a device IP, and
 * a separate VNet with an ExpressRoute gateway and a site with a circuit id; it moves to
 * test/scenarios/ (all formats) once every exporter writes sites. `UPDATE_GOLDEN=1` rewrites the files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTerraformFiles } from '../../src/export/terraform';
import { terraformScenarios, TF_SCENARIOS_DIR } from './designs';

describe('Terraform-only golden scenarios', () => {
  for (const { name, design } of terraformScenarios()) {
    it(`${name} matches expected/terraform (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const dir = path.join(TF_SCENARIOS_DIR, name, 'expected', 'terraform');
      const files = toTerraformFiles(design).files;
      if (process.env['UPDATE_GOLDEN'] === '1') {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
      }
      expect(existsSync(dir)).toBe(true);
      expect(Object.keys(files).sort()).toEqual(readdirSync(dir).sort());
      for (const f of readdirSync(dir)) expect(files[f], f).toBe(readFileSync(path.join(dir, f), 'utf8'));
    });
  }
});
