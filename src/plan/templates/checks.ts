/** Size checks the hub-and-spoke templates share; each returns a message for the form, or undefined. */
import { parseCidr } from '../../model/cidr';
import { hubMinimumAddresses, workloadSubnetLength } from './hub';
import { addresses, checkInteger, type HubServices } from './options';

/** Reference 2.2: the longest IPv4 subnet is /29. */
const LONGEST_SUBNET = 29;
export const MAX_SUBNETS_PER_VNET = 16;

export function checkVnetSize(label: string, pool: string, prefixLength: number): string | undefined {
  const p = parseCidr(pool);
  const poolLength = p.ok ? p.value.prefixLength : 8;
  const wrong = checkInteger(`${label} prefix length`, prefixLength, 8, LONGEST_SUBNET);
  if (wrong) return wrong;
  if (prefixLength < poolLength) return `${label} /${prefixLength} is larger than the whole pool ${pool}.`;
  return undefined;
}

export function checkWorkloadSubnets(label: string, prefixLength: number, subnets: number): string | undefined {
  const wrong = checkInteger(`The number of subnets per ${label}`, subnets, 1, MAX_SUBNETS_PER_VNET);
  if (wrong) return wrong;
  const len = workloadSubnetLength(prefixLength, subnets);
  if (len > LONGEST_SUBNET) {
    return `A /${prefixLength} ${label} cannot hold ${subnets} subnets (each would be /${len}; the smallest Azure subnet is /${LONGEST_SUBNET}).`;
  }
  return undefined;
}

export function checkSpokeSizes(
  pool: string,
  hubPrefixLength: number,
  spokePrefixLength: number,
  subnetsPerSpoke: number,
  services: Pick<HubServices, 'gateway' | 'firewall' | 'bastion' | 'routeServer'>,
): string | undefined {
  const hub = checkVnetSize('The hub', pool, hubPrefixLength);
  if (hub) return hub;
  const minimum = hubMinimumAddresses(services);
  if (addresses(hubPrefixLength) < minimum) {
    const fits = 32 - Math.ceil(Math.log2(minimum));
    return `A /${hubPrefixLength} hub is too small for the chosen services: it needs at least /${fits} (${minimum} addresses).`;
  }
  return checkVnetSize('A spoke', pool, spokePrefixLength) ?? checkWorkloadSubnets('spoke', spokePrefixLength, subnetsPerSpoke);
}
