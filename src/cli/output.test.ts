/** The CLI's file-safety rules on the real file system (nodeIo), and `-` for standard input and output. */
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { toArmTemplate } from '../export/arm';
import { design, peer, vnet } from '../../test/builders';
import { nodeIo, type CliIo } from './io';
import { run } from './main';
import { MANIFEST } from './output';

const a = vnet('vnet-a', ['10.1.0.0/16']);
const b = vnet('vnet-b', ['10.2.0.0/16']);
const good = design([a, b], peer(a, b));
const goodText = `${JSON.stringify(good)}\n`;
const root = fileURLToPath(new URL('../../', import.meta.url));

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'vpd-safety-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** nodeIo with captured output, run in `cwd`-relative paths made absolute by the caller. */
function realIo(stdin?: string): CliIo & { out: string; err: string } {
  const base = nodeIo();
  const io = {
    ...base,
    out: '',
    err: '',
    stdout: { write: (t: string) => void (io.out += t), isTTY: false },
    stderr: { write: (t: string) => void (io.err += t) },
    readStdin: () => stdin ?? '',
  };
  return io;
}

describe('-o onto an existing file', () => {
  it('import refuses without --force, leaves the file as it was, and overwrites with --force', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    const out = path.join(d, 'design.json');
    writeFileSync(input, goodText);
    writeFileSync(out, 'my precious work');
    const io = realIo();
    expect(await run(['import', input, '-o', out], io)).toBe(2);
    expect(io.err).toContain(`${out} exists; pass --force to overwrite it`);
    expect(readFileSync(out, 'utf8')).toBe('my precious work');
    const forced = realIo();
    expect(await run(['import', input, '-o', out, '--force'], forced)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).vnets).toHaveLength(2);
  });

  it('never writes onto the input file, even with --force, however the path is spelled (./x, a hard link)', async () => {
    const d = tmp();
    const input = path.join(d, 'estate.json');
    writeFileSync(input, goodText);
    const hard = path.join(d, 'hard.json');
    linkSync(input, hard);
    for (const target of [input, path.join(d, '.', 'estate.json'), hard]) {
      const io = realIo();
      expect(await run(['import', input, '-o', target, '--force'], io)).toBe(2);
      expect(io.err).toContain("is this command's input file; refusing to overwrite it (even with --force)");
    }
    expect(readFileSync(input, 'utf8')).toBe(goodText);
  });

  it('open and export refuse an existing -o file too', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    writeFileSync(input, goodText);
    const existing = path.join(d, 'taken.txt');
    writeFileSync(existing, 'keep');
    const io = realIo();
    expect(await run(['export', input, '--format', 'arm', '-o', existing], io)).toBe(2);
    const share = realIo();
    await run(['share', input], share);
    const io2 = realIo();
    expect(await run(['open', share.out.trim(), '-o', existing], io2)).toBe(2);
    expect(io2.err).toContain('exists; pass --force');
    expect(readFileSync(existing, 'utf8')).toBe('keep');
  });

  it('a write that fails names the error code once', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    writeFileSync(input, goodText);
    const io = realIo();
    expect(await run(['import', input, '-o', path.join(d, 'missing-dir', 'x.json')], io)).toBe(2);
    expect(io.err).toMatch(/ENOENT: no such file or directory/);
    expect(io.err).not.toMatch(/ENOENT: ENOENT/);
  });
});

describe('directory exports', () => {
  it('re-export over its own untouched files works; a file the user changed or never came from here is kept unless --force', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    writeFileSync(input, goodText);
    const out = path.join(d, 'bicep');
    expect(await run(['export', input, '--format', 'bicep', '-o', out], realIo())).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8')).files['main.bicep']).toMatch(/^[0-9a-f]{64}$/);
    expect(await run(['export', input, '--format', 'bicep', '-o', out], realIo())).toBe(0);
    writeFileSync(path.join(out, 'main.bicep'), '// my edits\n');
    const io = realIo();
    expect(await run(['export', input, '--format', 'bicep', '-o', out], io)).toBe(2);
    expect(io.err).toContain('holds 1 file(s) this tool did not write or that changed since: main.bicep; pass --force');
    expect(readFileSync(path.join(out, 'main.bicep'), 'utf8')).toBe('// my edits\n');
    expect(await run(['export', input, '--format', 'bicep', '-o', out, '--force'], realIo())).toBe(0);
    expect(readFileSync(path.join(out, 'main.bicep'), 'utf8')).toContain('targetScope');
  });

  it('a directory that holds a same-named file of the user (no manifest) is refused before anything is written', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    writeFileSync(input, goodText);
    const out = path.join(d, 'tf');
    mkdirSync(out);
    writeFileSync(path.join(out, 'providers.tf'), '# mine\n');
    const io = realIo();
    expect(await run(['export', input, '--format', 'terraform', '-o', out], io)).toBe(2);
    expect(io.err).toContain('providers.tf');
    expect(readFileSync(path.join(out, 'providers.tf'), 'utf8')).toBe('# mine\n');
    expect(() => readFileSync(path.join(out, 'main.tf'))).toThrow();
  });

  it('`export --format arm -o dir/` writes dir/azuredeploy.json (and an existing directory without the slash too)', async () => {
    const d = tmp();
    const input = path.join(d, 'in.json');
    writeFileSync(input, goodText);
    const io = realIo();
    expect(await run(['export', input, '--format', 'arm', '-o', `${path.join(d, 'arm')}/`], io)).toBe(0);
    expect(readFileSync(path.join(d, 'arm', 'azuredeploy.json'), 'utf8')).toBe(toArmTemplate(good));
    expect(io.err).toContain(path.join(d, 'arm', 'azuredeploy.json'));
    mkdirSync(path.join(d, 'ps'));
    expect(await run(['export', input, '--format', 'powershell', '-o', path.join(d, 'ps')], realIo())).toBe(0);
    expect(readFileSync(path.join(d, 'ps', 'deploy.ps1'), 'utf8')).toContain('New-AzVirtualNetwork');
  });
});

describe('inputs that are not regular files get their own message', () => {
  it('a directory, a FIFO and a device', async () => {
    const d = tmp();
    const fifo = path.join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const cases: [string, string][] = [
      [d, 'it is a directory; give a file'],
      [fifo, 'it is a named pipe (FIFO); to read from a pipe, pass - and pipe into standard input'],
      ['/dev/null', 'it is a device, not a file'],
      [path.join(d, 'nope.json'), 'no such file'],
    ];
    for (const [p, message] of cases) {
      const io = realIo();
      expect(await run(['validate', p], io)).toBe(2);
      expect(io.err).toBe(`error: cannot read ${p}: ${message}\n`);
    }
  });
});

describe('- for standard input and output (spawned, as in a pipeline)', () => {
  const bin = (args: string[], input?: string) =>
    spawnSync(process.execPath, [path.join(root, 'bin/vnet-designer.mjs'), ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

  it('validate - and import - -o - read standard input and write standard output', () => {
    const v = bin(['validate', '-', '--format', 'json'], goodText);
    expect(v.status).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual({ findings: expect.any(Array) });
    const i = bin(['import', '-', '-o', '-'], goodText);
    expect(i.status).toBe(0);
    expect(JSON.parse(i.stdout).vnets.map((x: { name: string }) => x.name)).toEqual(['vnet-a', 'vnet-b']);
  });

  it('open reads a link over 128 KiB (too long for one shell argument) from standard input and from a file', () => {
    // names that do not compress (a fixed pseudo-random sequence), so the link really is long
    let seed = 12345;
    const noise = () => Array.from({ length: 8 }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 2 ** 31).toString(36).slice(-5)).join('');
    const many = Array.from({ length: 3600 }, (_, k) => vnet(`vnet-${k}-${noise()}`, [`10.${Math.floor(k / 250)}.${k % 250}.0/24`]));
    const big = design(many);
    const d = tmp();
    const file = path.join(d, 'big.json');
    writeFileSync(file, JSON.stringify(big));
    const link = bin(['share', file]).stdout.trim();
    expect(link.length).toBeGreaterThan(128 * 1024);
    const viaStdin = bin(['open', '-'], link);
    expect(viaStdin.status).toBe(0);
    expect(JSON.parse(viaStdin.stdout).vnets).toHaveLength(3600);
    const linkFile = path.join(d, 'link.txt');
    writeFileSync(linkFile, `${link}\n`);
    const viaFile = bin(['open', linkFile, '-o', path.join(d, 'opened.json')]);
    expect(viaFile.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(d, 'opened.json'), 'utf8')).vnets).toHaveLength(3600);
  });
});

describe('an ARM export past the template limits', () => {
  it('-o FILE is refused naming the files; -o DIR/ writes every root template, in deploy order', async () => {
    const { spokesInOwnSubscriptions } = await import('../../test/generators');
    const d = tmp();
    const input = path.join(d, 'big.json');
    writeFileSync(input, JSON.stringify(spokesInOwnSubscriptions(400)));
    const io = realIo();
    expect(await run(['export', input, '--format', 'arm', '--allow-errors', '-o', path.join(d, 'azuredeploy.json')], io)).toBe(2);
    expect(io.err).toMatch(/export is \d+ files \(azuredeploy\.json, azuredeploy-2\.json.*\): give a directory/);
    const dir = realIo();
    expect(await run(['export', input, '--format', 'arm', '--allow-errors', '-o', `${path.join(d, 'arm')}/`], dir)).toBe(0);
    const first = JSON.parse(readFileSync(path.join(d, 'arm', 'azuredeploy.json'), 'utf8')) as { resources: unknown[] };
    const second = JSON.parse(readFileSync(path.join(d, 'arm', 'azuredeploy-2.json'), 'utf8')) as { resources: unknown[] };
    expect(first.resources.length).toBeLessThanOrEqual(800);
    expect(second.resources.length).toBeGreaterThan(0);
  });
});
