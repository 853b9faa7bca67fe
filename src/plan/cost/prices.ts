/**
 * Peering data-transfer prices in USD per GB, by direction (reference 2.5 [S16], list prices quoted
 * there, UNCONFIRMED: the user edits them, and the date says how old they are). Stored overrides live in
 * `design.planning.prices` under the keys below; the exporters never read `planning`.
 */
import type { Design } from '../../model/schema';
import type { PricingZone } from './zones';

export type PriceKey = 'regional.egress' | 'regional.ingress' | `${PricingZone}.egress` | `${PricingZone}.ingress`;

export interface PriceInfo {
  key: PriceKey;
  label: string;
  usdPerGb: number;
}

/** When the default prices were compiled (the reference's date). */
export const DEFAULT_PRICES_DATE = '2026-11-21';

export const DEFAULT_PRICES: Readonly<Record<PriceKey, number>> = {
  // regional peering: each side of a flow is billed, sender egress + receiver ingress
  'regional.egress': 0.01,
  'regional.ingress': 0.01,
  'zone1.egress': 0.035,
  'zone1.ingress': 0.035,
  'zone2.egress': 0.09,
  'zone2.ingress': 0.09,
  'zone3.egress': 0.16,
  'zone3.ingress': 0.16,
  // the reference says the US Gov zone "has its own rate" without a figure: Zone 1's until the user sets it
  'usgov.egress': 0.035,
  'usgov.ingress': 0.035,
};

export const PRICE_LABELS: Readonly<Record<PriceKey, string>> = {
  'regional.egress': 'Regional peering, outbound',
  'regional.ingress': 'Regional peering, inbound',
  'zone1.egress': 'Global, Zone 1 outbound',
  'zone1.ingress': 'Global, Zone 1 inbound',
  'zone2.egress': 'Global, Zone 2 outbound',
  'zone2.ingress': 'Global, Zone 2 inbound',
  'zone3.egress': 'Global, Zone 3 outbound',
  'zone3.ingress': 'Global, Zone 3 inbound',
  'usgov.egress': 'Global, US Gov outbound',
  'usgov.ingress': 'Global, US Gov inbound',
};

export const PRICE_KEYS = Object.keys(DEFAULT_PRICES) as PriceKey[];

export function isPriceKey(key: string): key is PriceKey {
  return Object.hasOwn(DEFAULT_PRICES, key);
}

/** The prices in effect: defaults, overridden by the design's own (valid, non-negative) ones. */
export function effectivePrices(design: Design): Record<PriceKey, number> {
  const out = { ...DEFAULT_PRICES };
  for (const [key, value] of Object.entries(design.planning?.prices ?? {})) {
    if (isPriceKey(key) && Number.isFinite(value) && value >= 0) out[key] = value;
  }
  return out;
}

export function pricesDate(design: Design): string {
  return design.planning?.prices !== undefined && design.planning.pricesDate ? design.planning.pricesDate : DEFAULT_PRICES_DATE;
}
