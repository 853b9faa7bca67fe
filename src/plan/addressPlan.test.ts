import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { addressPlanRows, filterRows, sortRows } from './addressPlan';
import { addressPlanCsv, csvCell, freeBlocksCsv, toCsv } from './csv';
import { parsePools, poolUsage, poolsInUse } from './pools';

function design(): Design {
  const d = sampleDesign();
  return {
    ...d,
    vnets: [
      ...d.vnets,
      {
        ...d.vnets[1]!,
        id: 'vnet-odd',
        name: '=cmd|calc',
        location: 'eastus',
        addressPrefixes: ['192.168.10.0/24', 'fd00:1::/48', 'not-a-cidr'],
        subnets: [{ id: 'snet-odd', name: 'snet "quoted", with comma', addressPrefixes: ['192.168.10.0/29', 'fd00:1::/64'] }],
      },
    ],
  };
}

describe('address plan rows', () => {
  it('has a row per VNet prefix and per subnet prefix with bounds, size, usable, region and subscription', () => {
    const rows = addressPlanRows(sampleDesign());
    expect(rows).toHaveLength(3 + 4);
    expect(rows[0]).toEqual({
      key: 'vnet-hub#0', kind: 'VNet', vnetId: 'vnet-hub', vnet: 'vnet-hub', subnet: '', cidr: '10.0.0.0/22',
      first: '10.0.0.0', last: '10.0.3.255', addresses: '1024', usable: '', region: 'westeurope', subscription: 'Connectivity',
    });
    const gw = rows.find((r) => r.subnet === 'GatewaySubnet');
    expect(gw).toMatchObject({ cidr: '10.0.0.0/27', first: '10.0.0.0', last: '10.0.0.31', addresses: '32', usable: '27', vnet: 'vnet-hub' });
  });

  it('handles /29, IPv6 and invalid prefixes without throwing', () => {
    const rows = addressPlanRows(design());
    expect(rows.find((r) => r.cidr === '192.168.10.0/29')).toMatchObject({ first: '192.168.10.0', last: '192.168.10.7', addresses: '8', usable: '3' });
    expect(rows.find((r) => r.cidr === 'fd00:1::/64')).toMatchObject({ first: 'fd00:1::', last: 'fd00:1::ffff:ffff:ffff:ffff', addresses: '18446744073709551616', usable: '18446744073709551611' });
    expect(rows.find((r) => r.cidr === 'not-a-cidr')).toMatchObject({ first: '', last: '', addresses: '' });
  });

  it('sorts by address numerically (10.0.2.0 before 10.0.10.0), by size, and by text; both directions', () => {
    const rows = addressPlanRows(design());
    const byCidr = sortRows(rows, 'cidr', 'asc').map((r) => r.cidr);
    expect(byCidr.slice(0, 4)).toEqual(['10.0.0.0/22', '10.0.0.0/27', '10.0.1.0/26', '10.1.0.0/16']);
    expect(byCidr.indexOf('192.168.10.0/24')).toBeLessThan(byCidr.indexOf('fd00:1::/48'));
    expect(byCidr.at(-1)).toBe('not-a-cidr');
    const bySize = sortRows(rows, 'addresses', 'desc').map((r) => r.addresses);
    expect(bySize.slice(0, 3)).toEqual(['1208925819614629174706176', '18446744073709551616', '65536']);
    expect(sortRows(rows, 'vnet', 'asc')[0]?.vnet).toBe('=cmd|calc');
    expect(sortRows(rows, 'region', 'desc')[0]?.region).toBe('westeurope');
  });

  it('filters by text, by an address (rows containing it) and by a CIDR (rows overlapping it)', () => {
    const rows = addressPlanRows(sampleDesign());
    expect(filterRows(rows, 'spoke-a').map((r) => r.cidr)).toEqual(['10.1.0.0/16', '10.1.1.0/24']);
    expect(filterRows(rows, '10.0.1.9').map((r) => r.cidr)).toEqual(['10.0.0.0/22', '10.0.1.0/26']);
    expect(filterRows(rows, '10.2.0.0/15').map((r) => r.cidr)).toEqual(['10.2.0.0/16', '10.2.1.0/24']);
    expect(filterRows(rows, 'GATEWAY').map((r) => r.subnet)).toEqual(['GatewaySubnet']);
    expect(filterRows(rows, '  ')).toHaveLength(rows.length);
  });
});

describe('pools and free blocks', () => {
  it('finds the private blocks in use and what is left in them', () => {
    const d = design();
    expect(poolsInUse(d)).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
    const [ten] = poolUsage(d, ['10.0.0.0/8']);
    // 10.0.0.0/22, 10.1/16 and 10.2/16 are used: 16,777,216 - 1,024 - 2 x 65,536
    expect(ten?.free).toBe(String(16_777_216 - 1024 - 131_072));
    expect(ten?.vnets).toBe(3);
    expect(ten?.freeBlocks.slice(0, 4)).toEqual(['10.0.4.0/22', '10.0.8.0/21', '10.0.16.0/20', '10.0.32.0/19']);
    expect(ten?.freeBlocks).toContain('10.3.0.0/16');
    // on-premises ranges count as used
    const [onprem] = poolUsage(d, ['192.168.0.0/16']);
    expect(onprem?.free).toBe('0');
    expect(onprem?.freeBlocks).toEqual([]);
  });

  it('parses user-given pools and names the invalid ones', () => {
    expect(parsePools('10.0.0.0/12, 172.16.0.1/16\nbanana 10.0.0.0/12')).toEqual({ pools: ['10.0.0.0/12', '172.16.0.0/16'], invalid: ['banana'] });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('writes the address plan with a header and one line per row', () => {
    const rows = addressPlanRows(design());
    const csv = addressPlanCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('CIDR,Kind,VNet,Subnet,First address,Last address,Addresses,Usable,Region,Subscription');
    expect(lines[1]).toBe('10.0.0.0/22,VNet,vnet-hub,,10.0.0.0,10.0.3.255,1024,,westeurope,Connectivity');
    expect(lines).toContain(`192.168.10.0/29,Subnet,'=cmd|calc,"snet ""quoted"", with comma",192.168.10.0,192.168.10.7,8,3,eastus,Connectivity`);
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('writes free blocks per pool', () => {
    const csv = freeBlocksCsv(poolUsage(sampleDesign(), ['10.0.0.0/20']));
    expect(csv).toBe('Pool,Free block,Addresses\r\n10.0.0.0/20,10.0.4.0/22,1024\r\n10.0.0.0/20,10.0.8.0/21,2048\r\n');
  });
});
