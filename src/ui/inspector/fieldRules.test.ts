import { describe, expect, it } from 'vitest';
import { cidr, resourceGroupName, subnetPrefix, vnetName } from './fieldRules';

describe('inspector field rules', () => {
  it('accepts Azure VNet names and explains rejected ones', () => {
    expect(vnetName('vnet-hub_01')).toBeUndefined();
    expect(vnetName('v')).toMatch(/At least 2/);
    expect(vnetName('-hub')).toMatch(/start with a letter/);
    expect(vnetName('hub.')).toMatch(/end with/);
    expect(vnetName('hub name')).toBeDefined();
    expect(vnetName('x'.repeat(65))).toMatch(/At most 64/);
  });

  it('refuses invalid CIDR and host bits, offering the normalised prefix', () => {
    expect(cidr('10.1.0.0/16')).toBeUndefined();
    expect(cidr('10.1.0.0/33')).toBeDefined();
    expect(cidr('banana')).toBeDefined();
    expect(cidr('10.10.10.0/16')).toBe('Host bits are set: did you mean 10.10.0.0/16?');
  });

  it('checks subnet size and containment', () => {
    const check = subnetPrefix(['10.1.0.0/16']);
    expect(check('10.1.1.0/24')).toBeUndefined();
    expect(check('10.1.1.0/30')).toMatch(/\/29/);
    expect(check('10.2.1.0/24')).toMatch(/Not inside/);
  });

  it('applies the resource group rules', () => {
    expect(resourceGroupName('rg-(network)')).toBeUndefined();
    expect(resourceGroupName('rg.')).toMatch(/period/);
    expect(resourceGroupName('')).toBeDefined();
  });
});
