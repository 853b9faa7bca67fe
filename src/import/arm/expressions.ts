/**
 * Evaluates ARM template expressions (parsed by parser.ts) against a context: parameters, variables,
 * copy indexes and the deployment scope. What cannot be known before deployment (`reference()`,
 * `listKeys()`, ...) or is not supported raises `Unresolved`, which the template walker catches and
 * lists in the import report with the location of the value. Function names are case-insensitive, as in ARM.
 */
import { fail, ok, type Result } from '../../model/result';
import { Unresolved, typeName, type EvalContext } from './context';
import { BudgetExceeded } from './budget';
import { ARM_FUNCTIONS } from './functions';
export { Unresolved, type ArmScope, type EvalContext } from './context';
import { classifyTemplateString, parseExpression, type ExprNode } from './parser';

function member(target: unknown, key: unknown): unknown {
  if (Array.isArray(target) && typeof key === 'number') {
    if (!Number.isInteger(key) || key < 0 || key >= target.length) throw new Unresolved(`index ${key} is out of range (length ${target.length})`);
    return target[key];
  }
  if (target !== null && typeof target === 'object' && !Array.isArray(target) && typeof key === 'string') {
    const obj = target as Record<string, unknown>;
    // ARM property access is case-insensitive
    if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
    const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
    if (found === undefined) throw new Unresolved(`the object has no property '${key}'`);
    return obj[found];
  }
  throw new Unresolved(`cannot read ${typeof key === 'number' ? `[${key}]` : `'${String(key)}'`} of a ${typeName(target)}`);
}

/**
 * A `lambda('x', ...)` value: only the lambda functions (filter, map, reduce, sort, toObject, groupBy,
 * mapValues) take one; it never becomes template data.
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-lambda)
 */
export class Lambda {
  constructor(
    readonly params: readonly string[],
    private readonly body: ExprNode,
    private readonly env: Env,
    private readonly ctx: EvalContext,
  ) {}

  call(args: readonly unknown[]): unknown {
    const env: Env = new Map(this.env);
    this.params.forEach((p, i) => env.set(p.toLowerCase(), args[i]));
    return evaluateNode(this.body, this.ctx, env);
  }
}

/** Lambda variables in force (lower-cased names). */
type Env = ReadonlyMap<string, unknown> & Map<string, unknown>;
const NO_ENV: Env = new Map();

function evaluateCall(node: Extract<ExprNode, { kind: 'call' }>, ctx: EvalContext, env: Env): unknown {
  const name = node.name.toLowerCase();
  // `if` evaluates only the branch it takes, as ARM does
  if (name === 'if') {
    if (node.args.length !== 3) throw new Unresolved('if() takes 3 arguments');
    const [c, a, b] = node.args as [ExprNode, ExprNode, ExprNode];
    const cond = evaluateNode(c, ctx, env);
    if (typeof cond !== 'boolean') throw new Unresolved(`if() needs a boolean condition, got a ${typeName(cond)}`);
    return evaluateNode(cond ? a : b, ctx, env);
  }
  if (name === 'lambda') {
    const body = node.args[node.args.length - 1];
    const params = node.args.slice(0, -1).map((a) => (a.kind === 'string' ? a.value : undefined));
    if (!body || params.some((p) => p === undefined)) throw new Unresolved("lambda() takes variable names as text and a body, e.g. lambda('x', lambdaVariables('x'))");
    return new Lambda(params as string[], body, env, ctx);
  }
  if (name === 'lambdavariables') {
    const v = node.args.length === 1 ? evaluateNode(node.args[0] as ExprNode, ctx, env) : undefined;
    if (typeof v !== 'string') throw new Unresolved('lambdaVariables() takes the name of a lambda variable');
    if (!env.has(v.toLowerCase())) throw new Unresolved(`lambdaVariables('${v}') names no variable of an enclosing lambda`);
    return env.get(v.toLowerCase());
  }
  const fn = ARM_FUNCTIONS.get(name);
  // any list* function reads a deployed resource (listKeys, listConnectionStrings, ...)
  if (!fn && name.startsWith('list')) throw new Unresolved(`${node.name}() reads a deployed resource, which a template import cannot know`);
  if (!fn) {
    if (name.includes('.')) throw new Unresolved(`user-defined function '${node.name}' is not evaluated by the importer`);
    throw new Unresolved(`function '${node.name}' is not supported by the importer`);
  }
  ctx.budget.spend(1, `${node.name}()`);
  const args: unknown[] = [];
  for (const a of node.args) args.push(evaluateNode(a, ctx, env));
  const out = fn(args, ctx);
  // what a call builds counts too: a step per array item and per 16 characters, so repeated large values run out
  if (typeof out === 'string') ctx.budget.spend(out.length >> 4, `${node.name}()`);
  else if (Array.isArray(out)) ctx.budget.spend(out.length, `${node.name}()`);
  return out;
}

export function evaluateNode(node: ExprNode, ctx: EvalContext, env: Env = NO_ENV): unknown {
  switch (node.kind) {
    case 'string':
    case 'number':
      return node.value;
    case 'property':
      return member(evaluateNode(node.target, ctx, env), node.name);
    case 'index':
      return member(evaluateNode(node.target, ctx, env), evaluateNode(node.index, ctx, env));
    case 'call':
      return evaluateCall(node, ctx, env);
  }
}

/** A template string: a literal, or an expression evaluated to any JSON value. */
export function evaluateTemplateString(s: string, ctx: EvalContext): Result<unknown, string> {
  const c = classifyTemplateString(s);
  if (c.kind === 'literal') return ok(c.value);
  const parsed = parseExpression(c.source);
  if (!parsed.ok) return fail(`cannot parse "${s.length > 120 ? `${s.slice(0, 117)}...` : s}": ${parsed.errors[0] ?? ''}`);
  try {
    const value = evaluateNode(parsed.value, ctx);
    if (value instanceof Lambda) return fail('a lambda can only be given to filter, map, reduce, sort, toObject, groupBy or mapValues');
    return ok(value);
  } catch (e) {
    if (e instanceof Unresolved) return fail(e.message);
    if (e instanceof BudgetExceeded) throw e;
    if (e instanceof RangeError) return fail('the expression is too deeply nested or too large');
    return fail(`evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
