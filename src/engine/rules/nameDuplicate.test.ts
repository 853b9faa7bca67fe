import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { nameDuplicate } from './nameDuplicate';
import { design, link, subnet, vnet } from '../../../test/builders';

describe('NAME_DUPLICATE', () => {
  it('same names in different resource groups, or different names, raise nothing', () => {
    expect(nameDuplicate(design([vnet('a', ['10.0.0.0/16']), vnet('b', ['10.1.0.0/16'], { name: 'a', resourceGroup: 'rg-2' })]))).toEqual([]);
  });

  it('two VNets Hub and hub in one resource group; the fix renames the second', () => {
    const d = design([vnet('h1', ['10.0.0.0/16'], { name: 'Hub' }), vnet('h2', ['10.1.0.0/16'], { name: 'hub' })]);
    const [f] = nameDuplicate(d);
    expect(f).toMatchObject({ code: 'NAME_DUPLICATE', severity: 'error', vnets: ['h1', 'h2'] });
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.vnets.map((v) => v.name)).toEqual(['Hub', 'hub-2']);
    expect(nameDuplicate(fixed)).toEqual([]);
  });

  it('subnets and links of one VNet', () => {
    const d = design(
      [vnet('a', ['10.0.0.0/16'], { subnets: [subnet('app', '10.0.0.0/24'), subnet('APP', '10.0.1.0/24', { id: 's2' })] }), vnet('b', ['10.1.0.0/16']), vnet('c', ['10.2.0.0/16'])],
      [link('a', 'b', {}, { name: 'peer' }), link('a', 'c', {}, { name: 'peer' })],
    );
    const found = nameDuplicate(d);
    expect(found.map((f) => f.details?.kind)).toEqual(['subnet', 'peering']);
    let fixed = d;
    for (const f of found) fixed = applyFix(fixed, f.fixes![0]!);
    expect(nameDuplicate(fixed)).toEqual([]);
  });
});
