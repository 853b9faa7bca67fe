/** Types shared by the ARM expression evaluator and its functions. */
/** An expression whose value cannot be known from the template alone. */
export class Unresolved extends Error {}

export interface ArmScope {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  tenantId: string;
}

export interface EvalContext {
  /** what evaluation may still cost (shared by a template and its nested deployments) */
  budget: import('./budget').Budget;
  /** `reference(id)` of a resource in the same template whose value is knowable (undefined: not knowable) */
  reference?(id: string): unknown;
  /** an assumption for the import report (a fixed stand-in for utcNow(), ...) */
  note?(text: string): void;
  parameter(name: string): unknown;
  variable(name: string): unknown;
  /** current index of the named copy loop (or the innermost loop when no name is given) */
  copyIndex(loop: string | undefined): number;
  scope: ArmScope;
}

export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

