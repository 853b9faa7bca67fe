import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { routeTableScope } from './routeTableScope';
import { design, routeTable, subnet, vnet } from '../../../test/builders';

const spoke = vnet('a', ['10.1.0.0/16'], { subnets: [subnet('app', '10.1.1.0/24', { routeTableId: 'rt-rt' })] });

describe('ROUTE_TABLE_SCOPE', () => {
  it('a route table in the VNet region and subscription raises nothing', () => {
    expect(routeTableScope(design([spoke], [], { routeTables: [routeTable('rt', [], { location: 'West Europe' })] }))).toEqual([]);
  });

  it('fires for another region or subscription; the fix detaches the table', () => {
    const d = design([spoke], [], { routeTables: [routeTable('rt', [], { location: 'northeurope', subscriptionId: 'other' })] });
    const [f] = routeTableScope(d);
    expect(f).toMatchObject({ code: 'ROUTE_TABLE_SCOPE', severity: 'error', vnets: ['a'], details: { otherRegion: true, otherSubscription: true } });
    expect(f?.message).toContain("subnet 'app' of VNet 'a'");
    expect(routeTableScope(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });
});
