/** Floating edges: a straight segment between two node rectangles, clipped at their borders. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function borderPoint(from: Rect, towards: { x: number; y: number }): { x: number; y: number } {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : from.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : from.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

export function floatingSegment(a: Rect, b: Rect): { sx: number; sy: number; tx: number; ty: number } {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const s = borderPoint(a, cb);
  const t = borderPoint(b, ca);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}

/** A point at fraction `f` along the segment from (sx, sy) to (tx, ty). */
export function along(seg: { sx: number; sy: number; tx: number; ty: number }, f: number): { x: number; y: number } {
  return { x: seg.sx + (seg.tx - seg.sx) * f, y: seg.sy + (seg.ty - seg.sy) * f };
}
