import { describe, expect, it } from 'vitest';
import { makeLink } from '../../model/factories';
import type { PeeringLink } from '../../model/schema';
import { transitRoles } from './transitWords';

const link = (from: string, to: string, flags: Partial<PeeringLink>): PeeringLink =>
  makeLink({ id: `${from}-${to}`, name: `${from}-${to}`, from, to, ...flags });

describe('gateway transit roles in words', () => {
  it('names the hub when both halves are set', () => {
    const words = transitRoles('hub', 'spoke', link('hub', 'spoke', { allowGatewayTransit: true }), link('spoke', 'hub', { useRemoteGateways: true }));
    expect(words).toEqual(["hub is the hub: it shares its gateway, and spoke sends on-premises traffic through hub's gateway."]);
  });

  it('explains a half-configured pair from the spoke side', () => {
    const words = transitRoles('hub', 'spoke', link('hub', 'spoke', {}), link('spoke', 'hub', { useRemoteGateways: true }));
    expect(words[0]).toMatch(/hub does not allow gateway transit/);
  });

  it('says when there is no transit', () => {
    expect(transitRoles('a', 'b', link('a', 'b', {}), undefined)[0]).toMatch(/No gateway transit/);
  });
});
