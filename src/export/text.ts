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
 * Pieces joined by a separator, held as flattened chunks of about 32 KB. The rope of the pieces inside
 * one chunk dies young, and it is flattened while its pieces are still in the processor's cache: with
 * 160 KB chunks (large-object space, never copied by young GCs) the 1,000-spoke Bicep export was ~8%
 * slower (bench ratio 5.1-5.4 against 4.8-5.0), as the Terraform writer found too (terraformContext.ts).
 * (Keeping every block as its own string made each one survive and be copied.)
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

const CHUNK = 32_000;
