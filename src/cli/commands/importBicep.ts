/**
 * Bicep input for `import`: Microsoft's Bicep CLI compiles `main.bicep` (`bicep build --stdout`) and a
 * `.bicepparam` file (`bicep build-params --stdout`, which prints `{ parametersJson, templateJson }`) into
 * the ARM JSON the importer reads (https://learn.microsoft.com/azure/azure-resource-manager/bicep/bicep-cli).
 * The CLI is found at $BICEP_PATH, the repository's .tools/bicep/bicep, or `bicep` on PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function isBicepFile(path: string): boolean {
  return /\.bicep$/i.test(path);
}

export function isBicepParamFile(path: string): boolean {
  return /\.bicepparam$/i.test(path);
}

function bicepPath(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env['BICEP_PATH'];
  if (fromEnv) return fromEnv;
  const local = fileURLToPath(new URL('../../../.tools/bicep/bicep', import.meta.url));
  return existsSync(local) ? local : 'bicep';
}

type Compiled = { ok: true; text: string } | { ok: false; message: string };

function runBicep(args: string[], env: Readonly<Record<string, string | undefined>>): Compiled {
  const file = bicepPath(env);
  const r = spawnSync(file, args, {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      message: missing
        ? 'the Bicep CLI is not installed (set BICEP_PATH, or install it: https://learn.microsoft.com/azure/azure-resource-manager/bicep/install); or compile first with `bicep build` and import the JSON'
        : `the Bicep CLI failed: ${r.error.message}`,
    };
  }
  if (r.status !== 0) {
    const errors = (r.stderr || r.stdout).split('\n').filter((l) => /error/i.test(l)).slice(0, 5).join('; ');
    return { ok: false, message: `bicep ${args[0] ?? ''} failed: ${errors || `exit code ${r.status ?? '?'}`}` };
  }
  return { ok: true, text: r.stdout };
}

/** `main.bicep` -> ARM template JSON text. */
export function compileBicep(path: string, env: Readonly<Record<string, string | undefined>>): Compiled {
  return runBicep(['build', path, '--stdout'], env);
}

/** `main.bicepparam` -> ARM parameters JSON text (and the template it uses). */
export function compileBicepParams(path: string, env: Readonly<Record<string, string | undefined>>): { ok: true; parameters: string; template: string } | { ok: false; message: string } {
  const r = runBicep(['build-params', path, '--stdout'], env);
  if (!r.ok) return r;
  try {
    const out = JSON.parse(r.text) as { parametersJson?: unknown; templateJson?: unknown };
    if (typeof out.parametersJson !== 'string') return { ok: false, message: 'bicep build-params printed no parametersJson' };
    return { ok: true, parameters: out.parametersJson, template: typeof out.templateJson === 'string' ? out.templateJson : '' };
  } catch {
    return { ok: false, message: 'bicep build-params printed something that is not JSON' };
  }
}
