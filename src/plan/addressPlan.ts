/**
 * The address plan: one row per VNet prefix and per subnet prefix, with first and last address, size,
 * usable addresses (Azure reserves 5 per subnet: reference 2.2), VNet, region and subscription; and the
 * free blocks left in each address pool. Rows are plain data (sizes as decimal strings: IPv6 sizes do
 * not fit a number); sorting and filtering are pure so the table and the CSV agree.
 */
import { addressInRange, cidrBounds, cidrSize, parseCidr, rangesOverlap, usableSubnetAddresses } from '../model/cidr';
import type { Design } from '../model/schema';

export interface AddressPlanRow {
  /** unique and stable: `<vnetId>` or `<vnetId>/<subnetId>`, plus the prefix index */
  key: string;
  kind: 'VNet' | 'Subnet';
  vnetId: string;
  vnet: string;
  /** subnet name, '' on VNet rows */
  subnet: string;
  cidr: string;
  /** '' when the prefix is not valid CIDR */
  first: string;
  last: string;
  /** number of addresses, decimal */
  addresses: string;
  /** usable host addresses (size minus 5) on subnet rows; '' on VNet rows (the subnets are what hosts use) */
  usable: string;
  region: string;
  subscription: string;
}

export function addressPlanRows(design: Design): AddressPlanRow[] {
  const subName = new Map(design.subscriptions.map((s) => [s.id, s.name || s.id]));
  const rows: AddressPlanRow[] = [];
  for (const v of design.vnets) {
    const common = { vnetId: v.id, vnet: v.name, region: v.location, subscription: subName.get(v.subscriptionId) ?? v.subscriptionId };
    v.addressPrefixes.forEach((cidr, i) => {
      const b = cidrBounds(cidr);
      rows.push({ key: `${v.id}#${i}`, kind: 'VNet', subnet: '', cidr, first: b?.first ?? '', last: b?.last ?? '', addresses: cidrSize(cidr) ?? '', usable: '', ...common });
    });
    for (const s of v.subnets) {
      s.addressPrefixes.forEach((cidr, i) => {
        const b = cidrBounds(cidr);
        rows.push({
          key: `${v.id}/${s.id}#${i}`,
          kind: 'Subnet',
          subnet: s.name,
          cidr,
          first: b?.first ?? '',
          last: b?.last ?? '',
          addresses: cidrSize(cidr) ?? '',
          usable: usableSubnetAddresses(cidr) ?? '',
          ...common,
        });
      });
    }
  }
  return rows;
}

export type AddressPlanColumn = Exclude<keyof AddressPlanRow, 'key' | 'vnetId'>;

export const ADDRESS_PLAN_COLUMNS: readonly { key: AddressPlanColumn; label: string }[] = [
  { key: 'cidr', label: 'CIDR' },
  { key: 'kind', label: 'Kind' },
  { key: 'vnet', label: 'VNet' },
  { key: 'subnet', label: 'Subnet' },
  { key: 'first', label: 'First address' },
  { key: 'last', label: 'Last address' },
  { key: 'addresses', label: 'Addresses' },
  { key: 'usable', label: 'Usable' },
  { key: 'region', label: 'Region' },
  { key: 'subscription', label: 'Subscription' },
];

/** A string that sorts like the address: family, then start address (32 hex digits), then prefix length. */
function cidrSortKey(cidr: string): string {
  const r = parseCidr(cidr);
  if (!r.ok) return `9${cidr}`;
  return `${r.value.family}${r.value.start.toString(16).padStart(32, '0')}${String(r.value.prefixLength).padStart(3, '0')}`;
}

function addressSortKey(address: string): string {
  if (address === '') return '9';
  return cidrSortKey(`${address}/${address.includes(':') ? 128 : 32}`);
}

/** Decimal strings compare by length first: no number overflow for IPv6 sizes. */
function compareDecimal(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

export function compareRows(column: AddressPlanColumn): (a: AddressPlanRow, b: AddressPlanRow) => number {
  switch (column) {
    case 'cidr':
      return (a, b) => compareKeys(cidrSortKey(a.cidr), cidrSortKey(b.cidr)) || compareText(a.kind, b.kind);
    case 'first':
    case 'last':
      return (a, b) => compareKeys(addressSortKey(a[column]), addressSortKey(b[column]));
    case 'addresses':
    case 'usable':
      return (a, b) => compareDecimal(a[column], b[column]);
    default:
      return (a, b) => compareText(a[column], b[column]);
  }
}

/** Sort by one column; empty cells go last in both directions; ties keep the CIDR order. */
export function sortRows(rows: readonly AddressPlanRow[], column: AddressPlanColumn, direction: 'asc' | 'desc'): AddressPlanRow[] {
  const cmp = compareRows(column);
  const byCidr = compareRows('cidr');
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const emptyA = a[column] === '';
    const emptyB = b[column] === '';
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    return sign * cmp(a, b) || byCidr(a, b);
  });
}

/**
 * Rows matching a filter: an IP address matches the rows whose range contains it; a CIDR matches the
 * rows it overlaps; any other text matches rows where some column contains it (case-insensitive).
 */
export function filterRows(rows: readonly AddressPlanRow[], query: string): AddressPlanRow[] {
  const q = query.trim();
  if (q === '') return [...rows];
  const asCidr = parseCidr(q.includes('/') ? q : `${q}/${q.includes(':') ? 128 : 32}`);
  if (asCidr.ok && /^[0-9a-fA-F:.]+(\/\d+)?$/.test(q) && (q.includes('/') || q.split('.').length === 4 || q.includes(':'))) {
    return rows.filter((r) => {
      const range = parseCidr(r.cidr);
      if (!range.ok) return false;
      return q.includes('/') ? rangesOverlap(range.value, asCidr.value) : addressInRange(q, range.value);
    });
  }
  const needle = q.toLowerCase();
  return rows.filter((r) => ADDRESS_PLAN_COLUMNS.some((c) => r[c.key].toLowerCase().includes(needle)));
}
