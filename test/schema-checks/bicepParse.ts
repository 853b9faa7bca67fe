/**
 * A strict parser for the subset of Bicep the exporter writes (comments, targetScope, decorators, params,
 * resources, modules, outputs; values are strings, numbers, booleans, objects, arrays and simple
 * expressions: identifiers, property access and function calls). It decodes string escapes, so a test can
 * check that a user string comes back exactly and that nothing outside a literal changed shape. Anything
 * it does not expect is an error, which is the point: an escaped string that broke out would not parse.
 */
export type BicepValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'object'; entries: [string, BicepValue][] }
  | { kind: 'array'; items: BicepValue[] }
  | { kind: 'expr'; text: string; args: BicepValue[] };

export interface BicepStatement {
  keyword: 'targetScope' | 'param' | 'resource' | 'module' | 'output' | 'decorator';
  name: string;
  /** resource / module type string, param / output type */
  type?: string;
  existing?: boolean;
  value?: BicepValue;
  line: number;
}

export class BicepParseError extends Error {}

export function parseBicep(src: string): BicepStatement[] {
  let i = 0;
  let line = 1;
  const fail = (msg: string): never => {
    throw new BicepParseError(`line ${line}: ${msg} near ${JSON.stringify(src.slice(i, i + 30))}`);
  };
  const peek = (s: string) => src.startsWith(s, i);
  const eat = (s: string) => {
    if (!peek(s)) fail(`expected ${JSON.stringify(s)}`);
    i += s.length;
  };
  const spaces = () => {
    while (src[i] === ' ') i++;
  };
  const newline = () => {
    spaces();
    if (src[i] !== '\n') fail('expected end of line');
    i++;
    line++;
  };
  const ident = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (!m) return fail('expected identifier');
    i += m[0].length;
    return m[0];
  };
  const string = (): string => {
    eat("'");
    let out = '';
    for (;;) {
      const c = src[i];
      if (c === undefined || c === '\n' || c === '\r') return fail('unterminated string');
      i++;
      if (c === "'") return out;
      if (c === '$' && src[i] === '{') fail('unescaped interpolation');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = src[i++];
      if (e === 'n') out += '\n';
      else if (e === 'r') out += '\r';
      else if (e === 't') out += '\t';
      else if (e === '\\' || e === "'" || e === '$') out += e;
      else if (e === 'u' && src[i] === '{') {
        const end = src.indexOf('}', i);
        const hex = src.slice(i + 1, end);
        if (end < 0 || !/^[0-9A-Fa-f]{1,6}$/.test(hex)) fail('bad \\u escape');
        out += String.fromCodePoint(parseInt(hex, 16));
        i = end + 1;
      } else fail(`bad escape \\${e ?? ''}`);
    }
  };
  const value = (): BicepValue => {
    spaces();
    if (peek("'")) return { kind: 'string', value: string() };
    if (peek('{')) {
      i++;
      if (peek('}')) return (i++, { kind: 'object', entries: [] });
      newline();
      const entries: [string, BicepValue][] = [];
      for (;;) {
        spaces();
        if (peek('}')) return (i++, { kind: 'object', entries });
        const key = peek("'") ? string() : ident();
        eat(':');
        entries.push([key, value()]);
        newline();
      }
    }
    if (peek('[')) {
      i++;
      if (peek(']')) return (i++, { kind: 'array', items: [] });
      newline();
      const items: BicepValue[] = [];
      for (;;) {
        spaces();
        if (peek(']')) return (i++, { kind: 'array', items });
        items.push(value());
        newline();
      }
    }
    const num = /^-?[0-9]+/.exec(src.slice(i, i + 20));
    if (num) return (i += num[0].length, { kind: 'number', value: Number(num[0]) });
    const start = i;
    const name = ident();
    if (name === 'true' || name === 'false') return { kind: 'bool', value: name === 'true' };
    const args: BicepValue[] = [];
    if (peek('(')) {
      i++;
      while (!peek(')')) {
        args.push(value());
        spaces();
        if (peek(',')) i++;
        else if (!peek(')')) fail('expected , or )');
      }
      i++;
    }
    while (peek('.')) {
      i++;
      ident();
    }
    return { kind: 'expr', text: src.slice(start, i), args };
  };

  const out: BicepStatement[] = [];
  while (i < src.length) {
    if (peek('\n')) {
      i++;
      line++;
      continue;
    }
    if (peek('//')) {
      const end = src.indexOf('\n', i);
      if (end < 0) fail('file must end with a newline');
      i = end;
      newline();
      continue;
    }
    const at = line;
    if (peek('@')) {
      i++;
      const name = ident();
      eat('(');
      // `@secure()` has no argument
      const v = peek(')') ? undefined : value();
      eat(')');
      newline();
      out.push({ keyword: 'decorator', name, value: v, line: at });
      continue;
    }
    const kw = ident();
    spaces();
    if (kw === 'targetScope') {
      eat('=');
      out.push({ keyword: 'targetScope', name: kw, value: value(), line: at });
    } else if (kw === 'param' || kw === 'output') {
      const name = ident();
      spaces();
      const type = ident();
      spaces();
      let v: BicepValue | undefined;
      if (peek('=')) {
        i++;
        v = value();
      }
      out.push({ keyword: kw, name, type, ...(v ? { value: v } : {}), line: at });
    } else if (kw === 'resource' || kw === 'module') {
      const name = ident();
      spaces();
      const type = string();
      spaces();
      const existing = peek('existing');
      if (existing) i += 'existing'.length;
      spaces();
      eat('=');
      out.push({ keyword: kw, name, type, existing, value: value(), line: at });
    } else fail(`unexpected statement ${kw}`);
    newline();
  }
  return out;
}

/** Object entry lookup. */
export function field(v: BicepValue | undefined, key: string): BicepValue | undefined {
  return v?.kind === 'object' ? v.entries.find(([k]) => k === key)?.[1] : undefined;
}

/** Every decoded string literal in a value, in order. */
export function stringsOf(v: BicepValue | undefined, into: string[] = []): string[] {
  if (!v) return into;
  if (v.kind === 'string') into.push(v.value);
  else if (v.kind === 'object') {
    for (const [k, x] of v.entries) {
      into.push(k);
      stringsOf(x, into);
    }
  }
  else if (v.kind === 'array') v.items.forEach((x) => stringsOf(x, into));
  else if (v.kind === 'expr') v.args.forEach((x) => stringsOf(x, into));
  return into;
}
