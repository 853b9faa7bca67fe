import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { cidrNotation } from './cidrNotation';
import { design, onPrem, route, routeTable, subnet, vnet } from '../../../test/builders';

const codes = (d: ReturnType<typeof design>) => cidrNotation(d).map((f) => f.code);

describe('CIDR_INVALID', () => {
  it('fires for a VNet, subnet, route and on-premises prefix that is not CIDR', () => {
    const d = design([vnet('hub', ['10.0.0.0/33'], { subnets: [subnet('app', '10.0.1.0')] })], [], {
      routeTables: [routeTable('rt', [route('r1', '10.0.0.0/x', 'Internet')])],
      onPremises: [onPrem('hq', ['192.168.1.300/24'])],
    });
    const found = cidrNotation(d).filter((f) => f.code === 'CIDR_INVALID');
    expect(found.map((f) => f.details?.prefix)).toEqual(['10.0.0.0/33', '10.0.1.0', '10.0.0.0/x', '192.168.1.300/24']);
    expect(found[0]).toMatchObject({ severity: 'error', vnets: ['hub'], docs: 'docs/findings.md#cidr_invalid' });
    expect(found[0]?.message).toContain("VNet 'hub'");
  });

  it('accepts valid prefixes and service tags as route destinations', () => {
    const d = design([vnet('hub', ['10.0.0.0/16', 'fd00:1::/48'], { subnets: [subnet('app', '10.0.1.0/24')] })], [], {
      routeTables: [routeTable('rt', [route('r1', 'AzureCloud.westeurope', 'Internet'), route('r2', '0.0.0.0/0', 'Internet')])],
    });
    expect(codes(d)).toEqual([]);
  });
});

describe('CIDR_HOST_BITS', () => {
  it('fires for 10.10.10.0/16 and its fix normalises the prefix', () => {
    const d = design([vnet('hub', ['10.10.10.0/16'], { subnets: [subnet('app', '10.10.1.5/24')] })]);
    const found = cidrNotation(d);
    expect(found.map((f) => [f.code, f.details?.normalised])).toEqual([
      ['CIDR_HOST_BITS', '10.10.0.0/16'],
      ['CIDR_HOST_BITS', '10.10.1.0/24'],
    ]);
    expect(found[0]?.message).toContain('10.10.0.0/16');
    let fixed = d;
    for (const f of found) fixed = applyFix(fixed, f.fixes![0]!);
    expect(fixed.vnets[0]?.addressPrefixes).toEqual(['10.10.0.0/16']);
    expect(fixed.vnets[0]?.subnets[0]?.addressPrefixes).toEqual(['10.10.1.0/24']);
    expect(codes(fixed)).toEqual([]);
  });

  it('fixes a route destination and an on-premises range in place', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [routeTable('rt', [route('ok', '10.1.0.0/16', 'None'), route('bad', '10.2.3.0/16', 'None')])],
      onPremises: [onPrem('hq', ['192.168.0.0/24', '172.16.5.1/16'])],
    });
    let fixed = d;
    for (const f of cidrNotation(d)) fixed = applyFix(fixed, f.fixes![0]!);
    expect(fixed.routeTables[0]?.routes.map((r) => r.addressPrefix)).toEqual(['10.1.0.0/16', '10.2.0.0/16']);
    expect(fixed.onPremises[0]?.addressRanges).toEqual(['192.168.0.0/24', '172.16.0.0/16']);
  });
});
