/**
 * The real checkers the export tests run (installed by scripts/install-tools.sh into .tools/, or found on
 * PATH): Microsoft's Bicep CLI, PowerShell's own parser, shellcheck, bash and terraform. A test that needs
 * a missing one skips, and this module says once, loudly, which tool is missing and how to get it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './schema-checks/shared';

function onPath(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim() : '';
  return found === '' ? undefined : found;
}

function local(rel: string, cmd: string): string | undefined {
  const p = path.join(REPO_ROOT, '.tools', rel);
  return existsSync(p) ? p : onPath(cmd);
}

export interface Tool {
  name: string;
  /** absolute path, or undefined when missing */
  path: string | undefined;
  /** what to do to get it */
  install: string;
}

const tools = {
  bicep: { name: 'Bicep CLI', path: process.env.BICEP_PATH ?? local('bicep/bicep', 'bicep'), install: 'run scripts/install-tools.sh (needs the .NET SDK)' },
  pwsh: { name: 'PowerShell', path: process.env.PWSH_PATH ?? local('pwsh/pwsh', 'pwsh'), install: 'run scripts/install-tools.sh (needs the .NET SDK)' },
  shellcheck: { name: 'shellcheck', path: onPath('shellcheck'), install: 'apt-get install shellcheck' },
  bash: { name: 'bash', path: onPath('bash'), install: 'install bash' },
  terraform: { name: 'terraform', path: onPath('terraform'), install: 'install HashiCorp terraform (optional: only `terraform fmt -check` uses it)' },
} satisfies Record<string, Tool>;

export type ToolName = keyof typeof tools;

const warned = new Set<string>();

/** The tool's path, or undefined after a one-time warning naming what is missing and how to install it. */
export function tool(name: ToolName): string | undefined {
  const t: Tool = tools[name];
  if (t.path === undefined && !warned.has(name)) {
    warned.add(name);
    console.warn(`[real-checkers] ${t.name} not found: its checks are SKIPPED. To run them: ${t.install}.`);
  }
  return t.path;
}

/** Runs a tool; returns status and output without throwing. */
export function run(file: string, args: readonly string[], opts: { cwd?: string; input?: string; timeoutMs?: number } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(file, args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', timeout: opts.timeoutMs ?? 300_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
  if (r.error) return { status: -1, stdout: r.stdout ?? '', stderr: String(r.error) };
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { execFileSync };
