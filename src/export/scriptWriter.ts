/**
 * What the two script exports (Azure PowerShell, Azure CLI) share: '#' comments, lines collected
 * flat, and one subscription switch each time the target subscription changes. Each format says how it
 * switches (Set-AzContext / az account set).
 */
import type { Scope } from './plan';
import { commentText } from './escape';
import { Lines } from './text';

export abstract class ScriptWriter {
  readonly lines = new Lines();
  private context = '';
  push(...l: string[]): void {
    this.lines.push(...l);
  }
  comment(text: string): void {
    this.lines.push(`# ${commentText(text)}`);
  }
  /** Switches to the scope's subscription, once per change. */
  use(scope: Scope): void {
    if (this.context === scope.sub.param) return;
    this.context = scope.sub.param;
    this.push(this.switchTo(scope.sub.param));
  }
  /** The command that makes `subscriptionParam` the current subscription. */
  protected abstract switchTo(subscriptionParam: string): string;
}
