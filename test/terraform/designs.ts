/**
 * The designs every Terraform export check runs on: the golden scenarios, the sample, every option
 * combination of the three templates (small sizes: the options, not the size, change what is written),
 * and random designs from `designArb` (a fixed seed and count) whose on-premises networks get every kind
 * of connection (device IP, FQDN, neither, BGP, ExpressRoute with and without a circuit id) and whose
 * subscriptions sit in two tenants, so sites and cross-tenant links are exercised too.
 */
import fc from 'fast-check';
import { sampleDesign } from '../../src/model/sample';
import type { Design, OnPremises } from '../../src/model/schema';
import { hubAndSpoke, mesh, multiRegionHubAndSpoke, DEFAULT_HUB_SPOKE, DEFAULT_MESH, DEFAULT_MULTI_REGION, type GatewayChoice, type SpokeRouting, type SpokeSubscriptions } from '../../src/plan/templates';
import { designArb } from '../arbitraries';
import { loadScenario, scenarioNames } from '../scenarios/scenarioFiles';

export interface NamedDesign {
  name: string;
  design: Design;
}

const GATEWAYS: GatewayChoice[] = ['none', 'Vpn', 'ExpressRoute'];
const ROUTING: SpokeRouting[] = ['default-route', 'spoke-ranges'];
const SUBS: SpokeSubscriptions[] = ['hub', 'own'];
const BOOLS = [false, true];

export function templateDesigns(): NamedDesign[] {
  const out: NamedDesign[] = [];
  for (const gateway of GATEWAYS) {
    for (const firewall of BOOLS) {
      for (const bastion of BOOLS) {
        for (const routeServer of BOOLS) {
          for (const spokeRouting of ROUTING) {
            for (const spokeSubscriptions of SUBS) {
              const services = { gateway, firewall, bastion, routeServer, spokeRouting };
              const tag = `${gateway}-fw${+firewall}-bas${+bastion}-rs${+routeServer}-${spokeRouting}-${spokeSubscriptions}`;
              const h = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, spokes: 2, services, spokeSubscriptions });
              if (h.ok) out.push({ name: `hub-spoke-${tag}`, design: h.value });
              if (firewall) continue; // multi-region hubs always have a firewall
              const m = multiRegionHubAndSpoke({ ...DEFAULT_MULTI_REGION, regions: ['westeurope', 'northeurope'], spokesPerHub: 1, services: { gateway, bastion, routeServer, spokeRouting }, spokeSubscriptions });
              if (m.ok) out.push({ name: `multi-region-${tag}`, design: m.value });
            }
          }
        }
      }
    }
  }
  for (const subscriptions of ['shared', 'own'] as const) {
    for (const regions of [['westeurope'], ['westeurope', 'eastus']]) {
      const m = mesh({ ...DEFAULT_MESH, count: 3, regions, subscriptions });
      if (m.ok) out.push({ name: `mesh-${subscriptions}-${regions.length}`, design: m.value });
    }
  }
  return out;
}

/** Every kind of on-premises connection, chosen by index. */
function withConnection(o: OnPremises, i: number): OnPremises {
  switch (i % 6) {
    case 0: return { ...o, gatewayIpAddress: '203.0.113.10' };
    case 1: return { ...o, fqdn: 'vpn.example.com' };
    case 2: return { ...o, gatewayIpAddress: '198.51.100.7', bgp: { asn: 65010, peeringAddress: '192.168.255.1' } };
    case 3: return { ...o, connectionType: 'ExpressRoute', expressRouteCircuitId: '/subscriptions/00000000-0000-0000-0000-00000000000e/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-1' };
    case 4: return { ...o, connectionType: 'ExpressRoute' };
    default: return o;
  }
}

export function randomDesigns(count: number, seed = 11): NamedDesign[] {
  return fc.sample(designArb, { numRuns: count, seed }).map((d, i) => ({
    name: `random-${i}`,
    design: {
      ...d,
      // every other subscription in a second tenant, so links between them cross tenants
      subscriptions: d.subscriptions.map((s, j) => ({ ...s, tenantId: j % 2 === 0 ? '11111111-1111-1111-1111-111111111111' : '22222222-2222-2222-2222-222222222222' })),
      onPremises: d.onPremises.map((o, j) => withConnection(o, i + j)),
    },
  }));
}

export function goldenDesigns(): NamedDesign[] {
  return [
    ...scenarioNames().map((name) => ({ name: `scenario-${name}`, design: loadScenario(name) })),
    { name: 'sample', design: sampleDesign() },
  ];
}
