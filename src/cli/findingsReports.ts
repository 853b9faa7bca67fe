/**
 * Findings for CI systems: SARIF 2.1.0 (GitHub code scanning shows each finding as an alert on the input
 * file) and JUnit XML (Azure DevOps' and GitLab's test tabs: one test case per finding, errors failing).
 * Schemas: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html and GitHub's supported subset
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning;
 * JUnit as Azure DevOps' PublishTestResults@2 reads it (testsuites/testsuite/testcase/failure).
 */
import { CATALOGUE, type FindingCode } from '../engine/catalogue';
import type { Severity } from '../engine/types';
import type { FindingWithNames } from './findingsText';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** 1-based line of the first `"name": "<name>"` in the input text, so an alert points at the VNet. */
function lineIndex(text: string): (name: string) => number {
  const lines = new Map<string, number>();
  const re = /"name"\s*:\s*"((?:[^"\\]|\\.){1,200})"/g;
  let line = 1;
  let last = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 200_000 && (m = re.exec(text)) !== null; n++) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    let name: string;
    try {
      name = JSON.parse(`"${m[1] ?? ''}"`) as string;
    } catch {
      continue;
    }
    if (!lines.has(name)) lines.set(name, line);
  }
  return (name) => lines.get(name) ?? 1;
}

const titleOf = (code: string): string =>
  Object.hasOwn(CATALOGUE, code) ? CATALOGUE[code as FindingCode].title : code;

export function sarifReport(
  findings: readonly FindingWithNames[],
  input: { uri: string; text: string },
  version: string,
): string {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const lineOf = lineIndex(input.text);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vnet-designer',
            version,
            rules: codes.map((code) => ({
              id: code,
              name: code,
              shortDescription: { text: titleOf(code) },
              help: { text: `See docs/findings.md#${code.toLowerCase()} in vnet-peering-designer.` },
              defaultConfiguration: {
                level:
                  SARIF_LEVEL[Object.hasOwn(CATALOGUE, code) ? CATALOGUE[code as FindingCode].severity : 'warning'],
              },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: input.uri },
                region: { startLine: f.vnetNames[0] === undefined ? 1 : lineOf(f.vnetNames[0]) },
              },
              ...(f.vnetNames.length > 0
                ? { logicalLocations: f.vnetNames.map((n) => ({ name: n, kind: 'resource' })) }
                : {}),
            },
          ],
          partialFingerprints: { findingKey: `${f.code}:${[...f.vnetNames].join(',')}:${[...f.peerings].join(',')}` },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

// XML 1.0 forbids these characters even escaped: they are dropped
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const xml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c).replace(XML_FORBIDDEN, '');

export function junitReport(findings: readonly FindingWithNames[], source: string): string {
  const failures = findings.filter((f) => f.severity === 'error').length;
  const cases = findings.map((f) => {
    const name = xml(`${f.code}: ${f.vnetNames.join(', ') || f.message}`);
    const open = `    <testcase classname="${xml(`vnet-designer.${f.severity}`)}" name="${name}">`;
    if (f.severity === 'error')
      return `${open}\n      <failure type="${xml(f.code)}" message="${xml(f.message)}">${xml(`${titleOf(f.code)}\n${f.message}`)}</failure>\n    </testcase>`;
    return `${open}\n      <system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>\n    </testcase>`;
  });
  if (cases.length === 0)
    cases.push(`    <testcase classname="vnet-designer" name="${xml(`${source}: no findings`)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vnet-designer validate" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${xml(source)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
