/**
 * The exit codes the README documents, command by command: 0 done, 1 problems found, 2 unusable input or
 * arguments (one `error:` line on stderr, no stack trace).
 */
import { describe, expect, it } from 'vitest';
import { design, peer, vnet } from '../../test/builders';
import { encodeShare } from '../share/share';
import { run } from './main';
import { testIo } from './testIo';

const a = vnet('vnet-a', ['10.1.0.0/16']);
const b = vnet('vnet-b', ['10.2.0.0/16']);
const c = vnet('vnet-c', ['10.3.0.0/16']);
const good = JSON.stringify(design([a, b, c], peer(a, b)));
const bad = JSON.stringify(design([a, vnet('vnet-a2', ['10.1.0.0/16'])], peer('vnet-a', 'vnet-a2')));
const files = { 'good.json': good, 'bad.json': bad, 'garbage.json': '{ not json' };
const link = `#${encodeShare(design([a, b], peer(a, b)))}`;

const cases: [string, string[], number][] = [
  ['help', ['help'], 0],
  ['an unknown command', ['frobnicate'], 2],
  ['validate: no error finding', ['validate', 'good.json'], 0],
  ['validate: error findings', ['validate', 'bad.json'], 1],
  ['validate: unreadable input', ['validate', 'garbage.json'], 2],
  ['validate: a bad option', ['validate', 'good.json', '--format', 'yaml'], 2],
  ['import: written', ['import', 'good.json', '-o', 'out.json'], 0],
  ['import: missing -o', ['import', 'good.json'], 2],
  ['import: onto its own input', ['import', 'good.json', '-o', 'good.json', '--force'], 2],
  ['export: written', ['export', 'good.json', '--format', 'arm', '-o', 'azuredeploy.json'], 0],
  ['export: error findings without --allow-errors', ['export', 'bad.json', '--format', 'arm'], 1],
  ['export: unknown format', ['export', 'good.json', '--format', 'yaml'], 2],
  ['export: onto an existing file without --force', ['export', 'good.json', '--format', 'arm', '-o', 'bad.json'], 2],
  ['reach: both ways', ['reach', 'good.json', 'vnet-a', 'vnet-b'], 0],
  ['reach: not peered', ['reach', 'good.json', 'vnet-a', 'vnet-c'], 1],
  ['reach: unknown VNet', ['reach', 'good.json', 'vnet-a', 'nowhere'], 2],
  ['share: printed', ['share', 'good.json'], 0],
  ['share: unreadable input', ['share', 'missing.json'], 2],
  ['open: decoded', ['open', link], 0],
  ['open: a damaged link', ['open', '#d=1.AAAA'], 2],
];

describe('exit codes, as the README documents them', () => {
  for (const [what, args, code] of cases) {
    it(`${what}: exit ${code}`, async () => {
      const io = testIo(files);
      expect(await run(args, io)).toBe(code);
      if (code === 2) {
        expect(io.err).toMatch(/^error: /m);
        expect(io.err).not.toMatch(/\n\s+at /);
      }
    });
  }
});
