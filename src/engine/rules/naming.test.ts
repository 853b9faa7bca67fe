import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { naming } from './naming';
import { nameProblem, resourceGroupProblem, VNET_NAME, CHILD_NAME, freeName } from './names';
import { design, link, peer, subnet, vnet } from '../../../test/builders';

describe('NAME_INVALID', () => {
  it('valid names raise nothing', () => {
    expect(naming(design([vnet('vnet-hub_01', ['10.0.0.0/16'], { subnets: [subnet('a', '10.0.0.0/24')] }), vnet('b.x', ['10.1.0.0/16'])], peer('vnet-hub_01', 'b.x')))).toEqual([]);
  });

  it('fires for a VNet, a subnet, a link and a resource group, naming the object', () => {
    const d = design([vnet('v', ['10.0.0.0/16'], { resourceGroup: 'rg.', subnets: [subnet('-app', '10.0.0.0/24')] }), vnet('bb', ['10.1.0.0/16'])], [link('v', 'bb', {}, { name: 'peer to b' })]);
    const found = naming(d);
    expect(found.map((f) => f.details?.kind)).toEqual(['VNet', 'subnet', 'peering link', 'resource group']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[2]?.peerings).toEqual(['v->bb']);
    expect(found[1]?.message).toBe("The name of subnet '-app' in VNet 'v' is invalid: it may contain only letters, digits, _ . -, must start with a letter or digit and end with a letter, digit or _.");
  });

  it('offers a rename to the nearest valid free name for VNets, subnets and links', () => {
    const d = design(
      [vnet('v', ['10.0.0.0/16'], { subnets: [subnet('-app', '10.0.0.0/24'), subnet('app', '10.0.1.0/24', { id: 's2' })] }), vnet('bb', ['10.1.0.0/16'])],
      [link('v', 'bb', {}, { name: 'peer to bb' })],
    );
    const found = naming(d);
    expect(found.map((f) => f.fixes?.[0]?.title)).toEqual(["Rename 'v' to 'v0'", "Rename '-app' to 'app-2'", "Rename 'peer to bb' to 'peer-to-bb'"]);
    let fixed = d;
    for (const f of found) fixed = applyFix(fixed, f.fixes![0]!);
    expect(naming(fixed)).toEqual([]);
  });

  it('applies the documented rules', () => {
    expect(nameProblem('a', VNET_NAME)).toBeDefined();
    expect(nameProblem('a'.repeat(65), VNET_NAME)).toBeDefined();
    expect(nameProblem('ab_', VNET_NAME)).toBeUndefined();
    expect(nameProblem('ab.', CHILD_NAME)).toBeDefined();
    expect(nameProblem('a', CHILD_NAME)).toBeUndefined();
    expect(resourceGroupProblem('rg-(prod)')).toBeUndefined();
    expect(resourceGroupProblem('rg-é')).toBeUndefined();
    expect(resourceGroupProblem('rg/x')).toBeDefined();
    expect(resourceGroupProblem('x'.repeat(91))).toBeDefined();
  });

  it('freeName makes a valid, unused name', () => {
    expect(freeName('peer hub to a!', CHILD_NAME, [])).toBe('peer-hub-to-a');
    expect(freeName('x', CHILD_NAME, ['X', 'x-2'])).toBe('x-3');
    expect(nameProblem(freeName('.-', VNET_NAME, []), VNET_NAME)).toBeUndefined();
  });
});
