// @vitest-environment jsdom
/** `validate --format sarif|junit`: checked against the SARIF 2.1.0 schema (OASIS, as shipped in Microsoft's jest-sarif) and an XML parser. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from './main';
import { testIo } from './testIo';

// jsdom's import.meta.url is not a file URL: paths from the working directory (the repository root)
const require = createRequire(path.resolve('package.json'));
const estate = readFileSync(path.resolve('test/fixtures/import/az-cli-hub-spoke.json'), 'utf8');

function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // a draft-04 schema: ajv 8 reads it once `id` is `$id`; one of its patterns is not valid with the u flag
  schema['$id'] = schema['id'];
  delete schema['id'];
  delete schema['$schema'];
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('validate --format sarif', () => {
  it('is valid SARIF 2.1.0: one rule per code, one result per finding, pointing at the VNet line of the input', async () => {
    const io = testIo({ 'estate.json': estate });
    expect(await run(['validate', 'estate.json', '--format', 'sarif'], io)).toBe(1);
    const sarif = JSON.parse(io.out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const json = testIo({ 'estate.json': estate });
    await run(['validate', 'estate.json', '--format', 'json'], json);
    const findings = (JSON.parse(json.out) as { findings: { code: string; severity: string; vnetNames: string[] }[] }).findings;
    const [runOut] = sarif.runs;
    expect(runOut?.results.map((r) => r.ruleId)).toEqual(findings.map((f) => f.code));
    expect(runOut?.results.map((r) => r.level)).toEqual(findings.map((f) => ({ error: 'error', warning: 'warning', info: 'note' })[f.severity]));
    expect(runOut?.tool.driver.rules.map((r) => r.id)).toEqual([...new Set(findings.map((f) => f.code))].sort());
    const lines = estate.split('\n');
    for (const [i, r] of (runOut?.results ?? []).entries()) {
      const loc = r.locations[0]?.physicalLocation;
      expect(loc?.artifactLocation.uri).toBe('estate.json');
      const first = findings[i]?.vnetNames[0];
      if (first) expect(lines[(loc?.region.startLine ?? 0) - 1]).toContain(`"${first}"`);
    }
  });

  it('the checker refuses a broken report (so the check above means something)', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});

describe('validate --format junit', () => {
  it('one test case per finding, errors as failures, everything escaped', async () => {
    const io = testIo({ 'estate.json': estate });
    expect(await run(['validate', 'estate.json', '--format', 'junit'], io)).toBe(1);
    const doc = new DOMParser().parseFromString(io.out, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const json = testIo({ 'estate.json': estate });
    await run(['validate', 'estate.json', '--format', 'json'], json);
    const findings = (JSON.parse(json.out) as { findings: { severity: string }[] }).findings;
    expect(doc.getElementsByTagName('testcase')).toHaveLength(findings.length);
    expect(doc.getElementsByTagName('failure')).toHaveLength(findings.filter((f) => f.severity === 'error').length);
    expect(doc.documentElement.getAttribute('failures')).toBe(String(findings.filter((f) => f.severity === 'error').length));
  });

  it('a hostile VNet name stays text, and a clean design is one passing case', async () => {
    const hostile = JSON.stringify({ version: 1, name: 'x', vnets: [{ id: 'a', name: 'a"]]></failure><x>&', subscriptionId: 's', resourceGroup: 'rg', location: 'westeurope', addressPrefixes: ['10.0.0.0/16', '10.0.0.0/16'] }] });
    const io = testIo({ 'd.json': hostile });
    await run(['validate', 'd.json', '--format', 'junit'], io);
    const doc = new DOMParser().parseFromString(io.out, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('x')).toHaveLength(0);
    expect(doc.getElementsByTagName('testcase')[0]?.getAttribute('name')).toContain('a"]]></failure><x>&');
    const clean = testIo({ 'd.json': JSON.stringify({ version: 1, name: 'x', vnets: [] }) });
    expect(await run(['validate', 'd.json', '--format', 'junit'], clean)).toBe(0);
    const cleanDoc = new DOMParser().parseFromString(clean.out, 'application/xml');
    expect(cleanDoc.getElementsByTagName('testcase')).toHaveLength(1);
    expect(cleanDoc.getElementsByTagName('failure')).toHaveLength(0);
  });
});

describe('validate --intents', () => {
  const vnetOf = (id: string, name: string, prefix: string) => ({ id, name, subscriptionId: 's', resourceGroup: 'rg', location: 'westeurope', addressPrefixes: [prefix] });
  // the estate: two spokes peered to a hub, nothing forwards between them
  const estateDesign = {
    version: 1,
    name: 'estate',
    vnets: [vnetOf('/sub/hub', 'vnet-hub', '10.0.0.0/16'), vnetOf('/sub/a', 'vnet-a', '10.1.0.0/16'), vnetOf('/sub/b', 'vnet-b', '10.2.0.0/16')],
    peerings: [
      { id: 'p1', name: 'hub-a', from: '/sub/hub', to: '/sub/a' },
      { id: 'p2', name: 'a-hub', from: '/sub/a', to: '/sub/hub' },
      { id: 'p3', name: 'hub-b', from: '/sub/hub', to: '/sub/b' },
      { id: 'p4', name: 'b-hub', from: '/sub/b', to: '/sub/hub' },
    ],
  };
  const intentsDesign = (to: string) => ({
    version: 1,
    name: 'design',
    vnets: [vnetOf('hub', 'vnet-hub', '10.0.0.0/16'), vnetOf('a', 'vnet-a', '10.1.0.0/16'), vnetOf('b', to, '10.2.0.0/16')],
    intents: [
      { id: 'i1', from: 'a', to: 'hub', expect: 'reach' },
      { id: 'i2', from: 'a', to: 'b', expect: 'reach' },
    ],
  });

  it('checks the design intents on the estate, matching VNets by name: an unmet intent fails the run', async () => {
    const io = testIo({ 'estate.json': JSON.stringify(estateDesign), 'design.json': JSON.stringify(intentsDesign('vnet-b')) });
    expect(await run(['validate', 'estate.json', '--intents', 'design.json', '--format', 'json'], io)).toBe(1);
    const codes = (JSON.parse(io.out) as { findings: { code: string; vnetNames: string[] }[] }).findings.filter((f) => f.code.startsWith('INTENT_'));
    expect(codes).toEqual([expect.objectContaining({ code: 'INTENT_UNREACHABLE', vnetNames: ['vnet-a', 'vnet-b'] })]);
    expect(io.err).toContain('Checking 2 intent(s) of design.json');
  });

  it('an intent whose VNet the estate lacks is an error line, not silently dropped', async () => {
    const io = testIo({ 'estate.json': JSON.stringify(estateDesign), 'design.json': JSON.stringify(intentsDesign('vnet-c')) });
    expect(await run(['validate', 'estate.json', '--intents', 'design.json'], io)).toBe(1);
    expect(io.err).toContain('error: intent i2 (reach vnet-a -> vnet-c): the estate has no network named "vnet-c"');
  });
});
