import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import { applyOps } from '../model/ops';
import { newOnPremOps } from './factories';

describe('a new on-premises network', () => {
  it('gets a free /20 of 192.168.0.0/16', () => {
    const d = { ...sampleDesign(), onPremises: [] };
    const { ops, id } = newOnPremOps(d, { x: 0, y: 0 });
    expect(applyOps(d, ops).onPremises.find((o) => o.id === id)?.addressRanges).toEqual(['192.168.0.0/20']);
  });

  it('gets a free range elsewhere in the private space when 192.168.0.0/16 is taken (the sample\'s own site holds it)', () => {
    const d = sampleDesign();
    const { ops, id } = newOnPremOps(d, { x: 0, y: 0 });
    expect(applyOps(d, ops).onPremises.find((o) => o.id === id)?.addressRanges).toEqual(['172.16.0.0/20']);
  });
});
