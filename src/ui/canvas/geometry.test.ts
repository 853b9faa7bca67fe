import { describe, expect, it } from 'vitest';
import { along, floatingSegment } from './geometry';

describe('floating edge geometry', () => {
  it('clips a horizontal segment at the facing borders', () => {
    const seg = floatingSegment({ x: 0, y: 0, width: 100, height: 50 }, { x: 300, y: 0, width: 100, height: 50 });
    expect(seg).toEqual({ sx: 100, sy: 25, tx: 300, ty: 25 });
    expect(along(seg, 0.5)).toEqual({ x: 200, y: 25 });
  });

  it('clips a vertical segment at top and bottom', () => {
    const seg = floatingSegment({ x: 0, y: 0, width: 100, height: 50 }, { x: 0, y: 200, width: 100, height: 50 });
    expect(seg).toEqual({ sx: 50, sy: 50, tx: 50, ty: 200 });
  });
});
