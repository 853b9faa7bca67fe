import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../export/registry';
import { applyOps } from '../../model/ops';
import { hubAndSpoke } from '../templates/hubSpoke';
import { DEFAULT_HUB_SPOKE } from '../templates/options';

describe('planning data stays out of every export', () => {
  it('traffic, prices and their date change no exported text', () => {
    const r = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, spokes: 2 });
    if (!r.ok) throw new Error(r.errors.join());
    const plain = r.value;
    const link = plain.peerings[0]?.id ?? '';
    const planned = applyOps(plain, [
      { op: 'setLinkTraffic', linkId: link, gbPerMonth: 12345 },
      { op: 'setPlanningPrices', prices: { 'regional.egress': 0.777 }, pricesDate: '2031-02-03' },
    ]);
    expect(planned.planning?.trafficGbPerMonth[link]).toBe(12345);
    expect(EXPORT_FORMATS.length).toBeGreaterThan(0);
    for (const format of EXPORT_FORMATS) {
      const text = format.run(planned);
      expect(text, format.id).toBe(format.run(plain));
      expect(text, format.id).not.toMatch(/12345|0\.777|2031-02-03|trafficGbPerMonth|pricesDate/);
    }
  });
});
