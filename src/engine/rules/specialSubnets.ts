/**
 * Reserved-name subnets [reference 2.3]: minimum sizes (GatewaySubnet /29, firewall and Bastion subnets
 * /26, RouteServerSubnet /27), Microsoft's recommended sizes (GatewaySubnet /27, RouteServerSubnet /26),
 * and names that match a special name only case-insensitively (Azure needs the exact spelling).
 */
import type { Design, Subnet, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, withUsableFixes } from './finding';
import { subnetSizeProblem } from './subnets';

import { SPECIAL_SUBNETS, type SpecialSubnetName } from '../../model/specialSubnets';

export { SPECIAL_SUBNETS, type SpecialSubnetName };

const BY_LOWER = new Map<string, SpecialSubnetName>(
  (Object.keys(SPECIAL_SUBNETS) as SpecialSubnetName[]).map((n) => [n.toLowerCase(), n]),
);

/** The exact special name that `name` spells case-insensitively, if any. */
export function specialNameFor(name: string): SpecialSubnetName | undefined {
  return BY_LOWER.get(name.trim().toLowerCase());
}

/** IPv4 prefix lengths of a subnet that are too small for `special` (the general /29 bound is SUBNET_SIZE's). */
function tooSmall(ix: ReturnType<typeof designIndex>, s: Subnet, special: SpecialSubnetName): string[] {
  return ix.subnetPrefixes(s)
    .filter((p) => p.range.family === 4 && !subnetSizeProblem(4, p.range.prefixLength) && p.range.prefixLength > SPECIAL_SUBNETS[special].min)
    .map((p) => p.text);
}

/** The rename fix for a case-variant, offered only when the renamed subnet would be big enough. */
export function renameFix(design: Design, v: VNet, s: Subnet, special: SpecialSubnetName): Fix | undefined {
  if (tooSmall(designIndex(design), s, special).length > 0) return undefined;
  return { title: `Rename '${s.name}' to '${special}'`, ops: [{ op: 'updateSubnet', vnetId: v.id, subnetId: s.id, patch: { name: special } }] };
}

export function specialSubnets(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    for (const s of v.subnets) {
      const special = specialNameFor(s.name);
      if (!special) continue;
      const vnets = [v.id];
      if (s.name !== special) {
        const fix = renameFix(design, v, s, special);
        out.push(
          finding('SPECIAL_SUBNET_NAME_CASE', `Subnet '${s.name}' of VNet '${v.name}' must be spelled exactly '${special}' for Azure to treat it as the special subnet.`, {
            vnets, details: { vnet: v.name, subnet: s.name, expected: special }, fixes: fix ? [fix] : [],
          }),
        );
        continue;
      }
      const { min, recommended } = SPECIAL_SUBNETS[special];
      for (const text of tooSmall(ix, s, special)) {
        out.push(
          finding('SPECIAL_SUBNET_SIZE', `${special} of VNet '${v.name}' is ${text}: it must be /${min} or larger.`, {
            vnets, details: { vnet: v.name, subnet: s.name, prefix: text, minimum: `/${min}` },
          }),
        );
      }
      for (const p of ix.subnetPrefixes(s)) {
        const len = p.range.prefixLength;
        if (p.range.family !== 4 || len <= recommended || len > min) continue;
        out.push(
          finding('SPECIAL_SUBNET_SIZE_SMALL', `${special} of VNet '${v.name}' is ${p.text}: Microsoft recommends /${recommended} or larger.`, {
            vnets, details: { vnet: v.name, subnet: s.name, prefix: p.text, recommended: `/${recommended}` },
          }),
        );
      }
    }
  }
  return withUsableFixes(design, out);
}
