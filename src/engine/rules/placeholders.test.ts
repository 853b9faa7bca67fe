/**
 * Placeholder VNets stand for remote VNets an import referenced but did not describe: what the file
 * does not say must not become a finding (no reverse link in the file, no location).
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { design, link, vnet } from '../../../test/builders';

const local = vnet('local', ['10.1.0.0/16']);
const remote = vnet('partner', ['10.9.0.0/16'], { isPlaceholder: true, location: '' });

describe('placeholder VNets', () => {
  it('a Connected imported link to a placeholder is not one-way and not global', () => {
    const d = design([local, remote], [link(local, remote, {}, { peeringState: 'Connected' })]);
    const codes = validate(d).map((f) => f.code);
    expect(codes).not.toContain('PEER_ONE_WAY');
    expect(codes).not.toContain('PEER_GLOBAL');
  });

  it('an Initiated link to a placeholder is still reported one-way', () => {
    const d = design([local, remote], [link(local, remote, {}, { peeringState: 'Initiated' })]);
    expect(validate(d).map((f) => f.code)).toContain('PEER_ONE_WAY');
  });

  it('a placeholder with a known, different region still gives PEER_GLOBAL', () => {
    const far = { ...remote, location: 'eastus' };
    const d = design([local, far], [link(local, far, {}, { peeringState: 'Connected' })]);
    expect(validate(d).map((f) => f.code)).toContain('PEER_GLOBAL');
  });
});
