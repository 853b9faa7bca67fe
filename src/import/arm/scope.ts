/**
 * The evaluation context of one template: its parameters (supplied values, else `defaultValue`),
 * its variables (evaluated lazily, with `copy` variable loops and cycle detection) and the copy-loop
 * indexes in force. Values that cannot be evaluated are reported once, at their location.
 */
import { isObject, type JsonObject } from '../azure/access';
import { safeObject } from '../json';
import { Budget } from './budget';
import { Unresolved, type ArmScope, type EvalContext } from './context';
import { evaluateTemplateString } from './expressions';
import type { ArmSink } from './sink';

/** Finds a key case-insensitively (ARM parameter and variable names are case-insensitive). */
function lookup(obj: JsonObject, name: string): { key: string; value: unknown } | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return { key: name, value: obj[name] };
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : { key, value: obj[key] };
}

const FAILED = Symbol('failed');

export class TemplateContext implements EvalContext {
  private readonly paramCache = new Map<string, unknown>();
  private readonly varCache = new Map<string, unknown>();
  private readonly inProgress = new Set<string>();
  /** innermost last: [loop name, index] */
  private readonly loops: [string, number][] = [];

  constructor(
    readonly template: JsonObject,
    /** JSON path of the template in the input ('' for the top level) */
    readonly path: string,
    readonly scope: ArmScope,
    /** values given for parameters (nested deployment `parameters`, or the caller) */
    private readonly supplied: ReadonlyMap<string, unknown>,
    readonly sink: ArmSink,
    /** shared with nested deployments: the whole template has one budget */
    readonly budget: Budget = new Budget(),
  ) {}

  note(text: string): void {
    this.sink.note(text);
  }

  private at(suffix: string): string {
    return this.path === '' ? suffix : `${this.path}.${suffix}`;
  }

  parameter(name: string): unknown {
    const key = name.toLowerCase();
    if (this.paramCache.has(key)) {
      const v = this.paramCache.get(key);
      if (v === FAILED) throw new Unresolved(`parameter '${name}' could not be evaluated`);
      return v;
    }
    if (this.inProgress.has(`p:${key}`)) throw new Unresolved(`parameter '${name}' refers to itself`);
    const params = isObject(this.template['parameters']) ? this.template['parameters'] : {};
    const decl = lookup(params, name);
    if (!decl) throw new Unresolved(`the template has no parameter '${name}'`);
    const suppliedKey = [...this.supplied.keys()].find((k) => k.toLowerCase() === key);
    let value: unknown = FAILED;
    this.inProgress.add(`p:${key}`);
    try {
      if (suppliedKey !== undefined) value = this.supplied.get(suppliedKey);
      else if (isObject(decl.value) && 'defaultValue' in decl.value) {
        const r = this.evaluateValue(decl.value['defaultValue'], this.at(`parameters.${decl.key}.defaultValue`));
        value = r === undefined ? FAILED : r.value;
      } else if (isObject(decl.value) && decl.value['nullable'] === true) {
        // Azure Verified Modules declare optional parameters nullable: absent means null (issue 13 item 4)
        value = null;
      } else {
        // never invented (issue 13 item 3): reported by name; what depends on it is skipped or kept as a placeholder
        const type = isObject(decl.value) && typeof decl.value['type'] === 'string' ? decl.value['type'].toLowerCase() : '';
        this.sink.skip(
          `parameter '${decl.key}'`,
          this.at(`parameters.${decl.key}`),
          `it has no default value and no value was given (type ${type || 'unknown'}): give it in a parameters file (--parameters, or the import dialog's parameters field)`,
        );
      }
    } finally {
      this.inProgress.delete(`p:${key}`);
    }
    this.paramCache.set(key, value);
    if (value === FAILED) throw new Unresolved(`parameter '${name}' has no value (give it with --parameters)`);
    return value;
  }

  variable(name: string): unknown {
    const key = name.toLowerCase();
    if (this.varCache.has(key)) {
      const v = this.varCache.get(key);
      if (v === FAILED) throw new Unresolved(`variable '${name}' could not be evaluated`);
      return v;
    }
    if (this.inProgress.has(`v:${key}`)) throw new Unresolved(`variable '${name}' refers to itself`);
    const vars = isObject(this.template['variables']) ? this.template['variables'] : {};
    let value: unknown = FAILED;
    this.inProgress.add(`v:${key}`);
    try {
      const decl = lookup(vars, name);
      if (decl) {
        const r = this.evaluateValue(decl.value, this.at(`variables.${decl.key}`));
        if (r !== undefined) value = r.value;
      } else {
        value = this.copyVariable(vars, name);
      }
    } finally {
      this.inProgress.delete(`v:${key}`);
    }
    this.varCache.set(key, value);
    if (value === FAILED) throw new Unresolved(`variable '${name}' could not be evaluated`);
    return value;
  }

  /** `variables.copy: [{ name, count, input }]` builds an array variable. */
  private copyVariable(vars: JsonObject, name: string): unknown {
    const copies = Array.isArray(vars['copy']) ? vars['copy'] : [];
    const i = copies.findIndex((c) => isObject(c) && typeof c['name'] === 'string' && c['name'].toLowerCase() === name.toLowerCase());
    const entry = copies[i];
    if (!isObject(entry)) throw new Unresolved(`the template has no variable '${name}'`);
    const items = this.copyLoop(entry, this.at(`variables.copy[${i}]`), (path) => this.evaluateValue(entry['input'], `${path}.input`));
    return items ?? FAILED;
  }

  copyIndex(loop: string | undefined): number {
    if (this.loops.length === 0) throw new Unresolved('copyIndex() used outside a copy loop');
    if (loop === undefined) return this.loops[this.loops.length - 1]?.[1] ?? 0;
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (l && l[0].toLowerCase() === loop.toLowerCase()) return l[1];
    }
    throw new Unresolved(`copyIndex('${loop}') names no enclosing copy loop`);
  }

  /** Runs `body` once per iteration of a `{ name, count }` copy entry; undefined when count is unknown. */
  copyLoop<T>(entry: JsonObject, path: string, body: (path: string, index: number) => { value: T } | undefined): T[] | undefined {
    const count = this.evaluateValue(entry['count'], `${path}.count`);
    if (count === undefined) return undefined;
    if (typeof count.value !== 'number' || !Number.isInteger(count.value) || count.value < 0 || count.value > 800) {
      // 800 resources per deployment is ARM's own limit
      this.sink.skip('a copy loop', `${path}.count`, `count must be a whole number from 0 to 800, got ${JSON.stringify(count.value)}`);
      return undefined;
    }
    const name = typeof entry['name'] === 'string' ? entry['name'] : '';
    const out: T[] = [];
    for (let i = 0; i < count.value; i++) {
      // nested loops multiply (800 x 800 x 800): every iteration counts against the template's budget
      this.budget.spend(1, `${path} (copy loop '${name}', iteration ${i})`);
      this.loops.push([name, i]);
      try {
        const r = body(path, i);
        if (r !== undefined) out.push(r.value);
      } finally {
        this.loops.pop();
      }
    }
    return out;
  }

  /**
   * Evaluates a JSON value deeply: expression strings, and property `copy` loops in objects. A part
   * that fails is reported at its path and left out; undefined when the value itself failed.
   */
  evaluateValue(value: unknown, path: string): { value: unknown } | undefined {
    if (typeof value === 'string') {
      const r = evaluateTemplateString(value, this);
      if (r.ok) return { value: r.value };
      this.sink.skip('a value', path, r.errors[0] ?? 'cannot evaluate');
      return undefined;
    }
    if (Array.isArray(value)) {
      this.budget.spend(value.length, path);
      const out: unknown[] = [];
      value.forEach((item, i) => {
        const r = this.evaluateValue(item, `${path}[${i}]`);
        if (r !== undefined) out.push(r.value);
      });
      return { value: out };
    }
    if (isObject(value)) {
      const out = safeObject();
      for (const [k, v] of Object.entries(value)) {
        if (k === 'copy' && Array.isArray(v)) continue;
        const r = this.evaluateValue(v, `${path}.${k}`);
        if (r !== undefined) out[k] = r.value;
      }
      const copies = Array.isArray(value['copy']) ? value['copy'] : [];
      copies.forEach((c, i) => {
        if (!isObject(c) || typeof c['name'] !== 'string') return;
        const items = this.copyLoop(c, `${path}.copy[${i}]`, (p) => this.evaluateValue(c['input'], `${p}.input`));
        if (items !== undefined) out[c['name']] = items;
      });
      return { value: out };
    }
    return { value };
  }
}
