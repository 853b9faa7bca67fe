/**
 * Every scenario's exports against Microsoft's published data in ../shared/schemas: ARM templates with
 * ajv plus the strict unknown-property walk, PowerShell with tree-sitter and the Az cmdlet lists, Bicep
 * bodies with the bicep-types-az property names. Skips, saying so, when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { armTemplateObject } from '../../src/export/arm';
import { toBicepFiles } from '../../src/export/bicep';
import { toPowerShell } from '../../src/export/powershell';
import { sampleDesign } from '../../src/model/sample';
import { loadScenario, scenarioNames } from '../scenarios/scenarioFiles';
import { validateArmTemplate } from './armSchema';
import { checkBicepTypes } from './bicepTypes';
import { checkPowerShell } from './powershellCheck';
import { hasSharedSchemas } from './shared';

const designs = [...scenarioNames().map((n) => ({ name: n, design: loadScenario(n) })), { name: 'sample', design: sampleDesign() }];

describe.skipIf(!hasSharedSchemas)('exports validate against ../shared/schemas', () => {
  for (const { name, design } of designs) {
    it(`${name}: ARM template is valid and has no unknown property`, () => {
      expect(validateArmTemplate(JSON.parse(JSON.stringify(armTemplateObject(design))))).toEqual([]);
    });

    it(`${name}: PowerShell parses and uses only known Az cmdlets and parameters`, () => {
      const report = checkPowerShell(toPowerShell(design));
      expect(report.errors).toEqual([]);
      expect(report.cmdlets.size > 0).toBe(design.vnets.length > 0);
      if (report.supplemented.size > 0) console.info(`[schema-checks] ${name}: not in az-cmdlets.json, checked against the supplement: ${[...report.supplemented].sort().join(', ')}`);
    });

    it(`${name}: Bicep bodies use only property names from network-types.json`, () => {
      const report = checkBicepTypes(toBicepFiles(design).files);
      expect(report.errors).toEqual([]);
      const notCovered = [...report.uncovered].sort();
      // What the shared type file does not cover, so a reader knows what this check did not see.
      expect(notCovered.every((t) => /^Microsoft\.(Resources\/resourceGroups|Network\/(azureFirewalls|firewallPolicies|virtualHubs|virtualHubs\/ipConfigurations|bastionHosts|localNetworkGateways|connections))$/.test(t))).toBe(true);
      if (notCovered.length > 0) console.info(`[schema-checks] ${name}: types not in network-types.json: ${notCovered.join(', ')}; versions substituted: ${[...report.substituted].sort().join(', ')}`);
    });
  }

  it('Bicep at the exact apiVersion 2024-05-01 also passes (no substitution)', () => {
    const report = checkBicepTypes(toBicepFiles(loadScenario('hub-firewall-spoke-routes'), { apiVersions: { network: '2024-05-01' } }).files);
    expect(report.errors).toEqual([]);
    expect(report.substituted.size).toBe(0);
  });

  it('the checkers reject what they should (unknown property, unknown parameter, parse error, unknown Bicep property)', () => {
    const t = armTemplateObject(loadScenario('two-vnets-peered')) as Record<string, unknown>;
    const text = JSON.stringify(t).replace('"allowForwardedTraffic":false', '"allowForwardedTraffic":false,"allowEverything":true');
    expect(validateArmTemplate(JSON.parse(text)).join('\n')).toContain('unknown property "allowEverything"');
    const badType = JSON.stringify(t).replace('"allowForwardedTraffic":false', '"allowForwardedTraffic":"nope"');
    expect(validateArmTemplate(JSON.parse(badType)).length).toBeGreaterThan(0);
    const ps = toPowerShell(loadScenario('two-vnets-peered'));
    expect(checkPowerShell(ps.replace('-AllowForwardedTraffic:', '-AllowAllTraffic:')).errors.join('\n')).toContain('unknown parameter -AllowAllTraffic');
    expect(checkPowerShell(ps.replace("New-AzResourceGroup -Name 'rg-network'", "New-AzureRmResourceGroup -Name 'rg-network'")).errors.join('\n')).toContain('AzureRM');
    expect(checkPowerShell(`${ps}\nif ($x) {\n`).errors.length).toBeGreaterThan(0);
    const files = toBicepFiles(loadScenario('two-vnets-peered')).files;
    const broken = Object.fromEntries(Object.entries(files).map(([f, x]) => [f, x.replace('allowForwardedTraffic: false', 'allowForwardedTraffic: false\n    allowEverything: true')]));
    expect(checkBicepTypes(broken).errors.join('\n')).toContain('unknown property "allowEverything"');
  });
});

// Said once, loudly, when the data is missing; with the data present nothing is skipped.
if (!hasSharedSchemas) {
  console.warn('[schema-checks] SKIPPED: ../shared/schemas is not beside the repository, so exports are not checked against Microsoft\'s schemas');
}
