/**
 * What the two script exports (Azure PowerShell, Azure CLI) share: '#' comments, lines collected
 * flat, one subscription switch each time the target subscription changes, and the parts of a link's
 * text that repeat. Each format says how it switches (Set-AzContext / az account set).
 *
 * Lines are collected in a list and joined once at the end. Text that many commands repeat is built once
 * per export: a link's text per VNet at either end (a hub has a link per spoke) and per combination of its
 * four flags, `-ResourceGroupName ... -Location ...` per run of commands in one group and region.
 */
import type { PlannedLink, Scope, VNetRef } from './plan';
import { commentText } from './escape';
import { flat } from './text';

/** A function of a string, memoised for one export (a script's few parameter names, asked for by every command). */
export function memoised(f: (value: string) => string): (value: string) => string {
  const memo = new Map<string, string>();
  return (value) => {
    let out = memo.get(value);
    if (out === undefined) {
      out = f(value);
      memo.set(value, out);
    }
    return out;
  };
}

/**
 * A link's text that depends only on its four flags: built once for each of the 16 combinations (pure
 * format text, no user value), then looked up per link.
 */
export function byLinkFlags<T>(build: (access: boolean, forwarded: boolean, transit: boolean, remoteGateways: boolean) => T): (l: PlannedLink) => T {
  const table = Array.from({ length: 16 }, (_, i) => build((i & 1) !== 0, (i & 2) !== 0, (i & 4) !== 0, (i & 8) !== 0));
  return (l) => table[(l.allowVirtualNetworkAccess ? 1 : 0) | (l.allowForwardedTraffic ? 2 : 0) | (l.allowGatewayTransit ? 4 : 0) | (l.useRemoteGateways ? 8 : 0)]!;
}

/**
 * A link's comment `# Link <local> -> <remote>` in two halves, each built once per VNet: `from` (the
 * VNet as local end) and `to` (as remote end, with a note for a placeholder VNet). `commentText` works
 * character by character (a surrogate is judged by its neighbours only), so names escaped apart between
 * fixed ASCII text read exactly as `commentText` of the whole line.
 */
export function linkCommentParts(v: VNetRef): { from: string; to: string } {
  const name = commentText(v.name);
  return { from: flat(`# Link ${name} -> `), to: flat(`${name}${v.isPlaceholder ? ' (existing VNet, not created here)' : ''}\n`) };
}

/**
 * The spelling a tool accepts for a value it takes from a fixed set (matched case-insensitively), or
 * undefined when the tool would refuse it.
 */
export function acceptedValue(value: string, accepted: readonly string[]): string | undefined {
  const lower = value.trim().toLowerCase();
  return accepted.find((a) => a.toLowerCase() === lower);
}

/** `A, B and C` */
export function listText(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;
}

export abstract class ScriptWriter {
  /** the script's text so far, in pieces */
  private readonly parts: string[] = [];
  private blanks = 0;
  private context = '';
  /**
   * Why the script must not run (a value the tool would refuse or misread). The writer never places such
   * a value; instead the script starts, at the point marked by `markRefusals`, with lines that stop it
   * before it changes anything, each naming the value and where it is (written by `refusalLines`).
   */
  private readonly refusals: string[] = [];
  private refusalsAt = -1;

  /** Appends finished lines: `lines` is one or more lines, each ending with '\n' (none blank). */
  add(lines: string): void {
    if (this.blanks > 0) {
      this.parts.push('\n'.repeat(this.blanks));
      this.blanks = 0;
    }
    this.parts.push(lines);
  }

  /** A blank line (blank lines at the end of the script are left out). */
  blank(): void {
    this.blanks++;
  }

  /** A comment line. */
  comment(text: string): void {
    this.add(`# ${commentText(text)}\n`);
  }

  /** Switches to the scope's subscription, once per change. */
  use(scope: Scope): void {
    if (this.context === scope.sub.param) return;
    this.context = scope.sub.param;
    this.add(`${this.switchTo(scope.sub.param)}\n`);
  }

  /** Records a reason the script must not run (see `refusals`); the same reason is written once. */
  refuse(reason: string): void {
    if (!this.refusals.includes(reason)) this.refusals.push(reason);
  }

  /** Where the refusal lines go (once, after the format's preamble). */
  markRefusals(): void {
    this.refusalsAt = this.parts.length;
  }

  /** The script: every line followed by a newline, without trailing blank lines. */
  script(): string {
    if (this.refusals.length > 0 && this.refusalsAt >= 0) this.parts.splice(this.refusalsAt, 0, this.refusalLines(this.refusals));
    const text = this.parts.join('');
    return text === '' ? '\n' : text;
  }

  /** Lines that stop the script, with a message listing `reasons`, before it changes anything. */
  protected abstract refusalLines(reasons: readonly string[]): string;

  /** The command that makes `subscriptionParam` the current subscription. */
  protected abstract switchTo(subscriptionParam: string): string;
}
