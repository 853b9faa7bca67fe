/**
 * Monthly peering data-transfer estimate (reference 2.5 [S16]). Each link carries the traffic its local
 * VNet sends to its remote (`planning.trafficGbPerMonth[linkId]`). Regional peering charges the
 * sender's outbound and the receiver's inbound rate; global peering charges the sender's zone outbound
 * rate and the receiver's zone inbound rate. A link without its reverse carries no traffic (Azure state
 * Initiated: reference 1.4), so it costs nothing and says why.
 */
import type { Design } from '../../model/schema';
import { normaliseRegion } from '../templates/options';
import { effectivePrices, pricesDate, type PriceKey } from './prices';
import { regionZone, type PricingZone } from './zones';

export interface LinkCost {
  linkId: string;
  from: string;
  to: string;
  gbPerMonth: number;
  kind: 'regional' | 'global';
  fromZone?: PricingZone;
  toZone?: PricingZone;
  egressUsdPerGb: number;
  ingressUsdPerGb: number;
  /** monthly USD: gbPerMonth x (egress + ingress rate) */
  usd: number;
  note?: string;
}

export interface CostEstimate {
  links: LinkCost[];
  totalGb: number;
  regionalUsd: number;
  globalUsd: number;
  totalUsd: number;
  prices: Record<PriceKey, number>;
  pricesDate: string;
  /** regions the zone mapping does not know (charged at Zone 1 rates) */
  unknownRegions: string[];
}

/** Rounded to a hundredth of a cent, so sums of float products print cleanly. */
const round = (usd: number) => Math.round(usd * 10_000) / 10_000;

export function estimatePeeringCost(design: Design): CostEstimate {
  const prices = effectivePrices(design);
  const traffic = design.planning?.trafficGbPerMonth ?? {};
  const vnets = new Map(design.vnets.map((v) => [v.id, v]));
  const pairs = new Set(design.peerings.map((p) => `${p.from}\u0000${p.to}`));
  const unknown = new Set<string>();
  const zoneOf = (region: string): PricingZone => {
    const z = regionZone(region);
    if (z === undefined) unknown.add(region);
    return z ?? 'zone1';
  };
  const links: LinkCost[] = [];
  for (const link of design.peerings) {
    const gb = traffic[link.id];
    if (gb === undefined || !Number.isFinite(gb) || gb <= 0) continue;
    const from = vnets.get(link.from);
    const to = vnets.get(link.to);
    if (!from || !to) continue;
    const isRegional = normaliseRegion(from.location) === normaliseRegion(to.location);
    const base = { linkId: link.id, from: from.name, to: to.name, gbPerMonth: gb };
    const connected = pairs.has(`${link.to}\u0000${link.from}`);
    if (isRegional) {
      const egress = prices['regional.egress'];
      const ingress = prices['regional.ingress'];
      links.push({ ...base, kind: 'regional', egressUsdPerGb: egress, ingressUsdPerGb: ingress, ...charge(gb, egress, ingress, connected) });
    } else {
      const fromZone = zoneOf(from.location);
      const toZone = zoneOf(to.location);
      const egress = prices[`${fromZone}.egress`];
      const ingress = prices[`${toZone}.ingress`];
      links.push({ ...base, kind: 'global', fromZone, toZone, egressUsdPerGb: egress, ingressUsdPerGb: ingress, ...charge(gb, egress, ingress, connected) });
    }
  }
  const sum = (kind: LinkCost['kind']) => round(links.filter((l) => l.kind === kind).reduce((s, l) => s + l.usd, 0));
  const regionalUsd = sum('regional');
  const globalUsd = sum('global');
  return {
    links,
    totalGb: links.filter((l) => l.note === undefined).reduce((s, l) => s + l.gbPerMonth, 0),
    regionalUsd,
    globalUsd,
    totalUsd: round(regionalUsd + globalUsd),
    prices,
    pricesDate: pricesDate(design),
    unknownRegions: [...unknown].sort(),
  };
}

function charge(gb: number, egress: number, ingress: number, connected: boolean): { usd: number; note?: string } {
  if (!connected) return { usd: 0, note: 'one-way link: no traffic flows until the reverse link exists' };
  return { usd: round(gb * (egress + ingress)) };
}
