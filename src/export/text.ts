/**
 * Fast text building for big exports (issue 3 bench: 1,000 spokes). Appending with `+=` is cheap in V8
 * but builds a rope (a tree of small strings); a rope that lives until the whole file is joined is
 * copied by every young-generation GC, which cost more than building the text. So each block (one
 * resource, one command) is built with `+=` and flattened as soon as it is complete.
 */

/** The same string, flattened (V8 flattens a rope on first character access; elsewhere a no-op). */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * Lines of a script: `push` appends lines, trailing blank lines are dropped by `text()`, which ends
 * with one newline. Equivalent to collecting lines in an array and joining them, minus the rope.
 */
export class Lines {
  private readonly chunks: string[] = [];
  private current = '';
  private blanks = 0;

  push(...lines: string[]): void {
    for (const l of lines) {
      if (l === '') {
        this.blanks++;
        continue;
      }
      if (this.blanks > 0) {
        this.current += '\n'.repeat(this.blanks);
        this.blanks = 0;
      }
      this.current += `${l}\n`;
      if (this.current.length > 4096) this.flush();
    }
  }

  private flush(): void {
    this.chunks.push(flat(this.current));
    this.current = '';
  }

  /** The script: every line followed by a newline, without trailing blank lines. */
  text(): string {
    this.flush();
    const t = this.chunks.join('');
    return t === '' ? '\n' : t;
  }
}

/**
 * Pieces joined by a separator, held as a few big flattened chunks. A chunk over 128 KB is allocated
 * in V8's large-object space, which young-generation GCs never copy; the rope of the pieces inside one
 * chunk dies young. (Keeping every block as its own string made each one survive and be copied.)
 */
export class Joined {
  private readonly chunks: string[] = [];
  private current = '';
  count = 0;
  constructor(private readonly separator: string) {}

  add(piece: string): void {
    if (this.count++ > 0) this.current += this.separator;
    this.current += piece;
    if (this.current.length > CHUNK) this.flush();
  }

  private flush(): void {
    if (this.current !== '') this.chunks.push(flat(this.current));
    this.current = '';
  }

  /** The joined text as pieces (concatenated, they are the pieces joined by the separator). */
  parts(): string[] {
    this.flush();
    return this.chunks;
  }
}

const CHUNK = 160_000;
