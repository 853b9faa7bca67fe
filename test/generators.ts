/**
 * Large design generators for benchmarks and scale tests (small hand-made designs: test/builders.ts).
 *
 * - hubWithSpokes(n, { viaFirewall }): one hub with an Azure Firewall and a VPN gateway, n spokes
 *   (10.1.0.0/24, 10.1.1.0/24, ...); with `viaFirewall` every spoke's workload subnet has its own route
 *   table sending 10.0.0.0/8 to the hub firewall and every link allows forwarded traffic [reference 3.2].
 * - hubMesh(hubs, spokesPerHub, { viaFirewall }): hubs peered in a full mesh, each with its own spokes;
 *   with `viaFirewall` spokes route 10.0.0.0/8 to their hub's firewall and each firewall subnet routes
 *   the other hubs' ranges (10.<h>.0.0/16 and the hub's /22) to those hubs' firewalls, and each hub's
 *   shared subnet sends 10.0.0.0/8 to its own firewall: spoke-to-spoke across hubs takes three hops
 *   (spoke -> own hub firewall -> remote hub firewall -> spoke), the same both ways.
 * - unpeeredVnets(n, seed): n VNets with seeded random /24 or /23 prefixes in 10.0.0.0/8, no peerings.
 */
import type { Design, PeeringLink, RouteTable, VNet } from '../src/model/schema';
import { SUB, design, firewall, link, route, routeTable, subnet, vnet, vpnGateway } from './builders';

export interface HubOptions {
  /** spokes route 10.0.0.0/8 through the hub firewall, links allow forwarded traffic */
  viaFirewall?: boolean;
  /** allowForwardedTraffic on every link (default: same as viaFirewall) */
  allowForwardedTraffic?: boolean;
}

/** Address of block `i` of size /24 inside 10.<second>.0.0/16 onwards (i may exceed 255). */
function block24(second: number, i: number): string {
  return `10.${second + Math.floor(i / 256)}.${i % 256}.0`;
}

function hubVnet(name: string, second: number): VNet {
  return vnet(name, [`10.${second}.0.0/22`], {
    subnets: [
      subnet('GatewaySubnet', `10.${second}.0.0/27`, { id: `snet-${name}-gw` }),
      subnet('AzureFirewallSubnet', `10.${second}.1.0/26`, { id: `snet-${name}-fw` }),
      subnet('snet-shared', `10.${second}.2.0/24`, { id: `snet-${name}-shared` }),
    ],
    gateways: [vpnGateway(`vgw-${name}`)],
    appliances: [firewall(`10.${second}.1.4`, { id: `fw-${name}`, name: `afw-${name}` })],
  });
}

function spokeVnet(name: string, base: string, routeTableId?: string): VNet {
  return vnet(name, [`${base}/24`], {
    subnets: [subnet('snet-app', `${base}/26`, routeTableId ? { id: `snet-${name}-app`, routeTableId } : { id: `snet-${name}-app` })],
  });
}

function hubSpokeLinks(hub: string, spoke: string, forwarded: boolean): PeeringLink[] {
  return [
    link(hub, spoke, { allowForwardedTraffic: forwarded, allowGatewayTransit: true }),
    link(spoke, hub, { allowForwardedTraffic: forwarded, useRemoteGateways: true }),
  ];
}

export function hubWithSpokes(n: number, options: HubOptions = {}): Design {
  const via = options.viaFirewall ?? false;
  const forwarded = options.allowForwardedTraffic ?? via;
  const vnets: VNet[] = [hubVnet('hub', 0)];
  const peerings: PeeringLink[] = [];
  const routeTables: RouteTable[] = [];
  for (let i = 0; i < n; i++) {
    const name = `spoke-${i + 1}`;
    const rtId = via ? `rt-${name}` : undefined;
    vnets.push(spokeVnet(name, block24(1, i), rtId));
    if (rtId) routeTables.push(routeTable(rtId, [route('to-firewall', '10.0.0.0/8', 'VirtualAppliance', '10.0.1.4')], { id: rtId }));
    peerings.push(...hubSpokeLinks('hub', name, forwarded));
  }
  return design(vnets, peerings, { routeTables });
}

export function hubMesh(hubs: number, spokesPerHub: number, options: HubOptions = {}): Design {
  const via = options.viaFirewall ?? false;
  const forwarded = options.allowForwardedTraffic ?? via;
  const vnets: VNet[] = [];
  const peerings: PeeringLink[] = [];
  const routeTables: RouteTable[] = [];
  for (let h = 1; h <= hubs; h++) {
    const hubName = `hub-${h}`;
    const hub = hubVnet(hubName, h);
    if (via) {
      // the firewall subnet sends each other hub's region to that hub's firewall
      // (the exact hub prefix too, so hub traffic also crosses both firewalls and stays symmetric)
      const rtId = `rt-${hubName}-fw`;
      const others = [];
      for (let g = 1; g <= hubs; g++) {
        if (g === h) continue;
        others.push(route(`to-region-${g}`, `10.${g}.0.0/16`, 'VirtualAppliance', `10.${g}.1.4`));
        others.push(route(`to-hub-${g}`, `10.${g}.0.0/22`, 'VirtualAppliance', `10.${g}.1.4`));
      }
      routeTables.push(routeTable(rtId, others, { id: rtId }));
      // the hub's own workloads send everything private through their firewall
      const sharedRt = `rt-${hubName}-shared`;
      routeTables.push(routeTable(sharedRt, [route('to-firewall', '10.0.0.0/8', 'VirtualAppliance', `10.${h}.1.4`)], { id: sharedRt }));
      hub.subnets = hub.subnets.map((s) =>
        s.name === 'AzureFirewallSubnet' ? { ...s, routeTableId: rtId } : s.name === 'snet-shared' ? { ...s, routeTableId: sharedRt } : s);
    }
    vnets.push(hub);
    for (let s = 0; s < spokesPerHub; s++) {
      const name = `spoke-${h}-${s + 1}`;
      const rtId = via ? `rt-${name}` : undefined;
      vnets.push(spokeVnet(name, block24(h, s + 4), rtId));
      if (rtId) routeTables.push(routeTable(rtId, [route('to-firewall', '10.0.0.0/8', 'VirtualAppliance', `10.${h}.1.4`)], { id: rtId }));
      peerings.push(...hubSpokeLinks(hubName, name, forwarded));
    }
  }
  for (let a = 1; a <= hubs; a++) {
    for (let b = a + 1; b <= hubs; b++) {
      peerings.push(link(`hub-${a}`, `hub-${b}`, { allowForwardedTraffic: forwarded }));
      peerings.push(link(`hub-${b}`, `hub-${a}`, { allowForwardedTraffic: forwarded }));
    }
  }
  return design(vnets, peerings, { routeTables });
}

/** mulberry32: a tiny seeded PRNG, so generated designs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function unpeeredVnets(n: number, seed = 1): Design {
  const rnd = seededRandom(seed);
  const vnets: VNet[] = [];
  for (let i = 0; i < n; i++) {
    const len = rnd() < 0.5 ? 24 : 23;
    const size = 2 ** (32 - len);
    const start = (10 << 24) + Math.floor(rnd() * (2 ** 24 / size)) * size;
    const a = (start >>> 16) & 255;
    const b = (start >>> 8) & 255;
    const base = `10.${a}.${b}.0`;
    vnets.push(vnet(`vnet-${i + 1}`, [`${base}/${len}`], { subnets: [subnet('snet-app', `${base}/26`, { id: `snet-vnet-${i + 1}-app` })] }));
  }
  return design(vnets, [], { subscriptions: [{ id: SUB, name: SUB, tenantId: '', cloud: 'AzureCloud' }] });
}
