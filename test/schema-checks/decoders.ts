/**
 * Literal decoders for the escape schemes of the shell and HCL exports, used by the "no string can break
 * out" property tests. Each tokenizer reads the whole file and classifies tokens, so a test can compare
 * the token kinds of a hostile export with those of a benign one: a string that escaped its quotes would
 * add or change tokens.
 */
export interface Token {
  kind: 'word' | 'quoted' | 'op' | 'newline' | 'comment' | 'string' | 'template' | 'ident' | 'punct' | 'number';
  /** decoded text (for quoted words and strings) or the source text */
  text: string;
}

/** POSIX shell (the subset the CLI export writes): words, '...', "..." with $VAR / ${VAR:-}, operators. */
export function shellTokens(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === '\n') {
      out.push({ kind: 'newline', text: '\n' });
      i++;
    } else if (c === ' ' || c === '\t') i++;
    else if (c === '#' ) {
      const end = src.indexOf('\n', i);
      out.push({ kind: 'comment', text: src.slice(i, end < 0 ? src.length : end) });
      i = end < 0 ? src.length : end;
    } else if (/[;&|<>]/.test(c)) {
      const m = /^(;|&&|\|\||\||2>\/dev\/null|>|<)/.exec(src.slice(i));
      const op = m?.[0] ?? c;
      out.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      // One word: concatenation of unquoted runs, '...' and "..." parts.
      let text = '';
      let quoted = false;
      while (i < src.length && !/[\s;&|<>]/.test(src[i] ?? '')) {
        const d = src[i] ?? '';
        if (d === "'") {
          const end = src.indexOf("'", i + 1);
          if (end < 0) throw new Error('unterminated single quote');
          text += src.slice(i + 1, end);
          quoted = true;
          i = end + 1;
        } else if (d === '"') {
          let j = i + 1;
          for (; j < src.length && src[j] !== '"'; j++) {
            if (src[j] === '\\' || src[j] === '`' || (src[j] === '$' && src[j + 1] === '(')) throw new Error(`unsafe double-quoted text at ${j}`);
          }
          if (j >= src.length) throw new Error('unterminated double quote');
          text += src.slice(i + 1, j);
          quoted = true;
          i = j + 1;
        } else if (d === '\\') {
          text += src[i + 1] ?? '';
          i += 2;
        } else if (d === '`' || (d === '$' && src[i + 1] === '(')) {
          throw new Error(`command substitution at ${i}`);
        } else {
          text += d;
          i++;
        }
      }
      out.push({ kind: quoted ? 'quoted' : 'word', text });
    }
  }
  return out;
}

/** Decodes the body of an HCL quoted string (without the quotes); undefined if it holds a template sequence. */
function decodeHcl(body: string): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '\\') {
      const e = body[++i] ?? '';
      if (e === 'n') out += '\n';
      else if (e === 'r') out += '\r';
      else if (e === 't') out += '\t';
      else if (e === '"' || e === '\\') out += e;
      else if (e === 'u') {
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
        i += 4;
      } else throw new Error(`bad HCL escape \\${e}`);
    } else if ((c === '$' || c === '%') && body[i + 1] === c && body[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
    } else if ((c === '$' || c === '%') && body[i + 1] === '{') return undefined;
    else out += c;
  }
  return out;
}

/** HCL tokens: strings (decoded), identifiers, numbers, punctuation, comments, newlines. */
export function hclTokens(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === '\n') {
      out.push({ kind: 'newline', text: c });
      i++;
    } else if (c === ' ') i++;
    else if (c === '#') {
      const end = src.indexOf('\n', i);
      out.push({ kind: 'comment', text: src.slice(i, end < 0 ? src.length : end) });
      i = end < 0 ? src.length : end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\') j++;
        if (src[j] === '\n') throw new Error('newline in HCL string');
      }
      if (j >= src.length) throw new Error('unterminated HCL string');
      const body = src.slice(i + 1, j);
      const decoded = decodeHcl(body);
      out.push(decoded === undefined ? { kind: 'template', text: body } : { kind: 'string', text: decoded });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else if (/[{}[\]=,()!<>~]/.test(c)) {
      out.push({ kind: 'punct', text: c });
      i++;
    } else throw new Error(`unexpected HCL character ${JSON.stringify(c)} at ${i}`);
  }
  return out;
}

/** ARM literal decoding: a leading `[[` on an expression-shaped string stands for `[`. */
export function decodeArmLiteral(s: string): string {
  return s.startsWith('[[') && s.endsWith(']') ? s.slice(1) : s;
}

/** String arguments of an ARM expression such as `[format('{0}/{1}', 'a', 'b''c')]`, decoded. */
export function armExprStrings(expr: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < expr.length; i++) {
    if (expr[i] !== "'") continue;
    let s = '';
    for (i++; i < expr.length; i++) {
      if (expr[i] === "'" && expr[i + 1] === "'") {
        s += "'";
        i++;
      } else if (expr[i] === "'") break;
      else s += expr[i];
    }
    out.push(s);
  }
  return out;
}
