/**
 * Global peering is priced by geography zone (reference 2.5 [S16]): the sender pays its zone's outbound
 * rate, the receiver its zone's inbound rate. The reference gives the zone prices but not the region
 * list; this mapping follows Azure's published geographies (Zone 1: North America and Europe; Zone 2:
 * Asia Pacific incl. Japan, Korea, India, Australia; Zone 3: South America, Africa, Middle East; US
 * Government has its own rate). UNCONFIRMED in detail: unknown regions are reported, never guessed silently.
 */
import { normaliseRegion } from '../templates/options';

export type PricingZone = 'zone1' | 'zone2' | 'zone3' | 'usgov';

export const ZONE_LABELS: Record<PricingZone, string> = {
  zone1: 'Zone 1 (North America, Europe)',
  zone2: 'Zone 2 (Asia Pacific)',
  zone3: 'Zone 3 (South America, Africa, Middle East)',
  usgov: 'US Government',
};

const ZONES: Record<PricingZone, readonly string[]> = {
  zone1: [
    'eastus', 'eastus2', 'centralus', 'northcentralus', 'southcentralus', 'westcentralus', 'westus', 'westus2', 'westus3',
    'canadacentral', 'canadaeast', 'mexicocentral', 'northeurope', 'westeurope', 'uksouth', 'ukwest', 'francecentral',
    'francesouth', 'germanywestcentral', 'germanynorth', 'swedencentral', 'swedensouth', 'switzerlandnorth',
    'switzerlandwest', 'norwayeast', 'norwaywest', 'polandcentral', 'italynorth', 'spaincentral', 'austriaeast',
    'belgiumcentral', 'denmarkeast',
  ],
  zone2: [
    'eastasia', 'southeastasia', 'japaneast', 'japanwest', 'koreacentral', 'koreasouth', 'australiaeast',
    'australiasoutheast', 'australiacentral', 'australiacentral2', 'centralindia', 'southindia', 'westindia',
    'jioindiacentral', 'jioindiawest', 'newzealandnorth', 'indonesiacentral', 'malaysiawest', 'taiwannorth',
  ],
  zone3: [
    'brazilsouth', 'brazilsoutheast', 'chilecentral', 'southafricanorth', 'southafricawest', 'uaenorth', 'uaecentral',
    'qatarcentral', 'israelcentral', 'saudiarabiaeast',
  ],
  usgov: ['usgovvirginia', 'usgovtexas', 'usgovarizona', 'usgoviowa', 'usdodeast', 'usdodcentral'],
};

const BY_REGION = new Map<string, PricingZone>(
  (Object.entries(ZONES) as [PricingZone, readonly string[]][]).flatMap(([zone, regions]) => regions.map((r) => [r, zone] as const)),
);

/** Every region the mapping knows, for pickers. */
export const KNOWN_REGIONS: readonly string[] = [...BY_REGION.keys()];

/** The pricing zone of a region, or undefined when the mapping does not know it. */
export function regionZone(region: string): PricingZone | undefined {
  return BY_REGION.get(normaliseRegion(region));
}
