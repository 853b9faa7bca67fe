/**
 * Evaluates ARM template expressions (parsed by parser.ts) against a context: parameters, variables,
 * copy indexes and the deployment scope. What cannot be known before deployment (`reference()`,
 * `listKeys()`, ...) or is not supported raises `Unresolved`, which the template walker catches and
 * lists in the import report with the location of the value. Function names are case-insensitive, as in ARM.
 */
import { fail, ok, type Result } from '../../model/result';
import { Unresolved, typeName, type EvalContext } from './context';
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

export function evaluateNode(node: ExprNode, ctx: EvalContext): unknown {
  switch (node.kind) {
    case 'string':
    case 'number':
      return node.value;
    case 'property':
      return member(evaluateNode(node.target, ctx), node.name);
    case 'index':
      return member(evaluateNode(node.target, ctx), evaluateNode(node.index, ctx));
    case 'call': {
      const name = node.name.toLowerCase();
      // `if` evaluates only the branch it takes, as ARM does
      if (name === 'if') {
        if (node.args.length !== 3) throw new Unresolved('if() takes 3 arguments');
        const [c, a, b] = node.args as [ExprNode, ExprNode, ExprNode];
        const cond = evaluateNode(c, ctx);
        if (typeof cond !== 'boolean') throw new Unresolved(`if() needs a boolean condition, got a ${typeName(cond)}`);
        return evaluateNode(cond ? a : b, ctx);
      }
      const fn = ARM_FUNCTIONS.get(name);
      if (!fn) {
        if (name.includes('.')) throw new Unresolved(`user-defined function '${node.name}' is not evaluated by the importer`);
        throw new Unresolved(`function '${node.name}' is not supported by the importer`);
      }
      return fn(node.args.map((a) => evaluateNode(a, ctx)), ctx);
    }
  }
}

/** A template string: a literal, or an expression evaluated to any JSON value. */
export function evaluateTemplateString(s: string, ctx: EvalContext): Result<unknown, string> {
  const c = classifyTemplateString(s);
  if (c.kind === 'literal') return ok(c.value);
  const parsed = parseExpression(c.source);
  if (!parsed.ok) return fail(`cannot parse "${s.length > 120 ? `${s.slice(0, 117)}...` : s}": ${parsed.errors[0] ?? ''}`);
  try {
    return ok(evaluateNode(parsed.value, ctx));
  } catch (e) {
    if (e instanceof Unresolved) return fail(e.message);
    if (e instanceof RangeError) return fail('the expression is too deeply nested or too large');
    return fail(`evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
