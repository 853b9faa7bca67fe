/**
 * ARM template expression language: a small tokenizer and recursive-descent parser (no eval).
 * A JSON string is an expression when it starts with `[` and ends with `]`; `[[` at the start escapes a
 * literal `[`. Grammar:
 *
 *   expr     := primary accessor*
 *   primary  := call | 'string' | number
 *   call     := ident ('.' ident)? '(' (expr (',' expr)*)? ')'
 *   accessor := '.' ident | '[' expr ']'
 *
 * Parsing never throws: errors come back as a Result with a one-line message.
 */
import { fail, ok, type Result } from '../../model/result';

export type ExprNode =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: ExprNode[] }
  | { kind: 'property'; target: ExprNode; name: string }
  | { kind: 'index'; target: ExprNode; index: ExprNode };

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'punct'; v: '(' | ')' | ',' | '.' | '[' | ']' };

/** Nesting deeper than this is refused (real templates stay under 20). */
const MAX_NESTING = 64;

export function tokenize(src: string): Result<Token[], string> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) return fail('unterminated string literal');
        const d = src.charAt(i);
        if (d === "'") {
          if (src.charAt(i + 1) === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += d;
        i++;
      }
      tokens.push({ t: 'string', v });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src.charAt(i + 1)))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      const text = m?.[0] ?? c;
      tokens.push({ t: 'number', v: Number(text) });
      i += text.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
      const text = m?.[0] ?? c;
      tokens.push({ t: 'ident', v: text });
      i += text.length;
    } else if (c === '(' || c === ')' || c === ',' || c === '.' || c === '[' || c === ']') {
      tokens.push({ t: 'punct', v: c });
      i++;
    } else {
      return fail(`unexpected character '${c}' at position ${i + 1}`);
    }
  }
  return ok(tokens);
}

class Parser {
  private pos = 0;
  private depth = 0;
  error: string | undefined;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isPunct(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'punct' && t.v === v;
  }

  private expect(v: string): boolean {
    if (this.isPunct(v)) {
      this.pos++;
      return true;
    }
    const t = this.peek();
    this.error ??= `expected '${v}' but found ${t ? `'${String(t.v)}'` : 'the end'}`;
    return false;
  }

  parseExpr(): ExprNode | undefined {
    if (++this.depth > MAX_NESTING) {
      this.error ??= `expression nested deeper than ${MAX_NESTING} levels`;
      return undefined;
    }
    let node = this.parsePrimary();
    while (node && (this.isPunct('.') || this.isPunct('['))) {
      if (this.isPunct('.')) {
        this.pos++;
        const t = this.peek();
        if (!t || t.t !== 'ident') {
          this.error ??= 'expected a property name after "."';
          return undefined;
        }
        this.pos++;
        node = { kind: 'property', target: node, name: t.v };
      } else {
        this.pos++;
        const index = this.parseExpr();
        if (!index || !this.expect(']')) return undefined;
        node = { kind: 'index', target: node, index };
      }
    }
    this.depth--;
    return node;
  }

  private parsePrimary(): ExprNode | undefined {
    const t = this.peek();
    if (!t) {
      this.error ??= 'unexpected end of expression';
      return undefined;
    }
    this.pos++;
    if (t.t === 'string') return { kind: 'string', value: t.v };
    if (t.t === 'number') return { kind: 'number', value: t.v };
    if (t.t === 'ident') {
      let name = t.v;
      // ARM writes true() / false() / null(); bare literals are accepted too (hand-written templates use them)
      if (!this.isPunct('(') && !this.isPunct('.')) {
        const literal = name.toLowerCase();
        if (literal === 'true' || literal === 'false' || literal === 'null') return { kind: 'call', name: literal, args: [] };
      }
      // user-defined functions are called as namespace.name(...)
      const next = this.tokens[this.pos + 1];
      if (this.isPunct('.') && next?.t === 'ident' && this.tokens[this.pos + 2]?.t === 'punct' && this.tokens[this.pos + 2]?.v === '(') {
        name = `${name}.${next.v}`;
        this.pos += 2;
      }
      if (!this.expect('(')) return undefined;
      const args: ExprNode[] = [];
      if (!this.isPunct(')')) {
        for (;;) {
          const arg = this.parseExpr();
          if (!arg) return undefined;
          args.push(arg);
          if (this.isPunct(',')) {
            this.pos++;
            continue;
          }
          break;
        }
      }
      if (!this.expect(')')) return undefined;
      return { kind: 'call', name, args };
    }
    this.error ??= `unexpected '${String(t.v)}'`;
    return undefined;
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }
}

/** Parses the inside of `[ ... ]` (without the brackets). */
export function parseExpression(src: string): Result<ExprNode, string> {
  const tokens = tokenize(src);
  if (!tokens.ok) return tokens;
  const parser = new Parser(tokens.value);
  const node = parser.parseExpr();
  if (!node || parser.error !== undefined) return fail(parser.error ?? 'invalid expression');
  if (!parser.atEnd()) return fail('unexpected text after the expression');
  return ok(node);
}

/** How a template string is read: a literal (with `[[` unescaped) or an expression to evaluate. */
export function classifyTemplateString(s: string): { kind: 'literal'; value: string } | { kind: 'expression'; source: string } {
  if (s.startsWith('[[')) return { kind: 'literal', value: s.slice(1) };
  if (s.length >= 2 && s.startsWith('[') && s.endsWith(']')) return { kind: 'expression', source: s.slice(1, -1) };
  return { kind: 'literal', value: s };
}
