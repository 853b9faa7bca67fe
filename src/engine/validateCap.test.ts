import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE, validate } from './validate';
import { design, vnet } from '../../test/builders';

describe('validate: one rule cannot flood the findings', () => {
  // Issue 12: one prefix repeated 500 times is 124,750 overlapping pairs; `findings.push(...all)`
  // overflowed the stack ("Maximum call stack size exceeded") and the page went blank.
  it('a VNet with one prefix repeated 500 times: no stack overflow, at most the cap, and the count is told', () => {
    const d = design([vnet('hub', Array.from({ length: 500 }, () => '10.0.0.0/16'))], []);
    const found = validate(d).filter((f) => f.code === 'VNET_PREFIX_SELF_OVERLAP');
    expect(found).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(found[0]?.details).toMatchObject({ findingsOfRule: 124_750, findingsOmitted: 124_750 - MAX_FINDINGS_PER_RULE });
    expect(found[0]?.message).toContain('124,750 in all');
    expect(found.slice(1).every((f) => f.details?.findingsOmitted === undefined)).toBe(true);
  });
});
