/**
 * Node positions on the wire. Positions are rounded to whole pixels (a sub-pixel difference is
 * invisible), then written as multiples of the largest grid that fits them all (the canvas snaps
 * to a grid, so this is usually 10 or 20 px and each coordinate fits in a byte or two). Coordinates
 * too large for that are written as float64 instead. Records refuse prototype-polluting keys.
 */
import type { Position } from '../model/schema';
import { WireError, type ByteReader, type ByteWriter } from './bytes';

const MAX_GRID_COORD = 2 ** 40;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whole pixels; `+ 0` turns -0 into 0 so equal positions compare equal. */
export const roundCoord = (n: number): number => Math.round(n) + 0;

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function writePositions(w: ByteWriter, positions: Record<string, Position>, writeKey: (id: string) => void): void {
  const entries = Object.entries(positions);
  const coords = entries.flatMap(([, p]) => [roundCoord(p.x), roundCoord(p.y)]);
  const isSmall = coords.every((c) => Math.abs(c) <= MAX_GRID_COORD);
  const grid = isSmall ? coords.reduce((g, c) => gcd(g, Math.abs(c)), 0) || 1 : 0;
  w.uint(entries.length);
  w.uint(grid);
  for (const [id, p] of entries) {
    writeKey(id);
    for (const c of [roundCoord(p.x), roundCoord(p.y)]) {
      if (grid === 0) w.f64(c);
      else w.int(c / grid);
    }
  }
}

export function readPositions(r: ByteReader, readKey: () => string, max: number): Record<string, Position> {
  const n = r.count(max);
  const grid = r.uint();
  const out: Record<string, Position> = {};
  for (let i = 0; i < n; i++) {
    const id = checkKey(readKey());
    const [x, y] = grid === 0 ? [r.f64(), r.f64()] : [r.int() * grid, r.int() * grid];
    out[id] = { x, y };
  }
  return out;
}

/** Keys of records built from a link: never `__proto__` and friends (they would rewrite the object's prototype). */
export function checkKey(key: string): string {
  if (FORBIDDEN_KEYS.has(key)) throw new WireError(`the link contains the forbidden key "${key}"`);
  return key;
}
