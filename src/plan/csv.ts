/**
 * CSV (RFC 4180): fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in CRLF.
 * Spreadsheet formula injection is neutralised (OWASP "CSV injection"): a cell that starts with
 * = + - @, a tab or a carriage return gets a leading single quote, so a VNet named `=HYPERLINK(...)`
 * is shown as text instead of being evaluated.
 */
import { cidrSize } from '../model/cidr';
import { ADDRESS_PLAN_COLUMNS, type AddressPlanRow } from './addressPlan';
import type { PoolUsage } from './pools';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function addressPlanCsv(rows: readonly AddressPlanRow[]): string {
  return toCsv(
    ADDRESS_PLAN_COLUMNS.map((c) => c.label),
    rows.map((r) => ADDRESS_PLAN_COLUMNS.map((c) => r[c.key])),
  );
}

/** Free blocks per pool, one line per block (the second part of the download). */
export function freeBlocksCsv(usage: readonly PoolUsage[]): string {
  return toCsv(
    ['Pool', 'Free block', 'Addresses'],
    usage.flatMap((u) => u.freeBlocks.map((b) => [u.pool, b, cidrSize(b) ?? ''])),
  );
}
