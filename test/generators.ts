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

export interface SmallHubOptions {
  /** which spokes route 10.0.0.0/8 through the hub firewall (10.0.1.4) */
  viaFirewall?: 'both' | 'a' | 'none';
  /** allowForwardedTraffic on the spoke -> hub links (the receiving side of forwarded traffic) */
  forwarded?: boolean;
  /** the hub's gateway, if any */
  gateway?: 'Vpn' | 'ExpressRoute' | 'none';
  /** spokes use the hub gateway (gateway transit) */
  transit?: boolean;
  /** an on-premises network 192.168.0.0/16 behind the hub gateway */
  onprem?: boolean;
}

/**
 * The hub and two spokes the explanation tests walk through: hub 10.0.0.0/16 (GatewaySubnet,
 * AzureFirewallSubnet with afw-hub at 10.0.1.4), spoke-a 10.1.0.0/16 and spoke-b 10.2.0.0/16, each
 * with snet-app.
 */
export function smallHub(options: SmallHubOptions = {}): Design {
  const { viaFirewall = 'none', forwarded = true, gateway = 'Vpn', transit = gateway !== 'none', onprem = gateway !== 'none' } = options;
  const gw = gateway === 'none' ? [] : [{ id: 'gw-hub', name: 'vgw-hub', gatewayType: gateway, sku: gateway === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ', activeActive: false }];
  const hub = vnet('hub', ['10.0.0.0/16'], {
    subnets: [subnet('GatewaySubnet', '10.0.0.0/27', { id: 'snet-hub-gw' }), subnet('AzureFirewallSubnet', '10.0.1.0/26', { id: 'snet-hub-fw' })],
    gateways: gw,
    appliances: [firewall('10.0.1.4', { id: 'fw-hub', name: 'afw-hub' })],
  });
  const spoke = (name: string, second: number, routed: boolean) =>
    vnet(name, [`10.${second}.0.0/16`], {
      subnets: [subnet('snet-app', `10.${second}.1.0/24`, routed ? { id: `snet-${name}-app`, routeTableId: `rt-${name}` } : { id: `snet-${name}-app` })],
    });
  const routedA = viaFirewall !== 'none';
  const routedB = viaFirewall === 'both';
  const routeTables: RouteTable[] = [];
  for (const [name, routed] of [['spoke-a', routedA], ['spoke-b', routedB]] as const) {
    if (routed) routeTables.push(routeTable(`rt-${name}`, [route('to-firewall', '10.0.0.0/8', 'VirtualAppliance', '10.0.1.4')], { id: `rt-${name}` }));
  }
  const peerings: PeeringLink[] = [];
  for (const name of ['spoke-a', 'spoke-b']) {
    peerings.push(link('hub', name, { allowGatewayTransit: transit, allowForwardedTraffic: forwarded }));
    peerings.push(link(name, 'hub', { useRemoteGateways: transit, allowForwardedTraffic: forwarded }));
  }
  return design([hub, spoke('spoke-a', 1, routedA), spoke('spoke-b', 2, routedB)], peerings, {
    routeTables,
    onPremises: onprem ? [{ id: 'onprem-hq', name: 'onprem-hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-hub' }] : [],
  });
}

/**
 * A small random routing design for property tests: hubs (some with a firewall, a VPN or ExpressRoute
 * gateway), spokes peered to random hubs (sometimes one-way, sometimes with flags off), spokes drawn
 * from a small prefix pool so ranges sometimes overlap, shared and per-spoke route tables with
 * appliance, gateway, None and VnetLocal routes, on-premises networks and direct spoke peerings.
 */
export function randomRoutingDesign(seed: number): Design {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const hubs = 1 + Math.floor(rnd() * 3);
  const spokes = 2 + Math.floor(rnd() * 6);
  const vnets: VNet[] = [];
  const peerings: PeeringLink[] = [];
  const routeTables: RouteTable[] = [];
  const hubIps: string[] = [];
  for (let h = 1; h <= hubs; h++) {
    const hasFw = rnd() < 0.7;
    const gw = rnd();
    hubIps.push(`10.${h * 10}.1.4`);
    const hub = vnet(`hub-${h}`, [`10.${h * 10}.0.0/16`], {
      subnets: [
        subnet('GatewaySubnet', `10.${h * 10}.0.0/27`, { id: `snet-hub-${h}-gw` }),
        subnet('AzureFirewallSubnet', `10.${h * 10}.1.0/26`, { id: `snet-hub-${h}-fw`, ...(rnd() < 0.3 ? { routeTableId: 'rt-shared-1' } : {}) }),
        ...(rnd() < 0.5 ? [subnet('snet-shared', `10.${h * 10}.2.0/24`, { id: `snet-hub-${h}-shared` })] : []),
      ],
      gateways: gw < 0.4 ? [vpnGateway(`vgw-${h}`)] : gw < 0.6 ? [{ id: `gw-er-${h}`, name: `ergw-${h}`, gatewayType: 'ExpressRoute', sku: 'ErGw1AZ', activeActive: false }] : [],
      appliances: hasFw ? [firewall(`10.${h * 10}.1.4`, { id: `fw-hub-${h}`, name: `afw-hub-${h}` })] : [],
    });
    vnets.push(hub);
  }
  routeTables.push(routeTable('rt-shared-1', [route('all', '10.0.0.0/8', 'VirtualAppliance', pick(hubIps))], { id: 'rt-shared-1' }));
  routeTables.push(routeTable('rt-shared-2', [
    route('all', '10.0.0.0/8', 'VirtualAppliance', pick(hubIps)),
    route('drop', pick(['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16']), 'None'),
  ], { id: 'rt-shared-2', disableBgpRoutePropagation: rnd() < 0.5 }));
  const pool = ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16', '10.6.0.0/16', '10.7.0.0/16', '10.1.0.0/17', '10.2.128.0/17'];
  for (let s = 1; s <= spokes; s++) {
    const prefix = rnd() < 0.8 ? (pool[s - 1] ?? '10.8.0.0/16') : pick(pool);
    const base = prefix.replace(/\/\d+$/, '');
    const r = rnd();
    let rtId: string | undefined;
    if (r < 0.25) rtId = 'rt-shared-1';
    else if (r < 0.4) rtId = 'rt-shared-2';
    else if (r < 0.6) {
      rtId = `rt-spoke-${s}`;
      const kind = rnd();
      const routes = kind < 0.5
        ? [route('to-fw', pick(['10.0.0.0/8', '0.0.0.0/0', pick(pool)]), 'VirtualAppliance', pick([...hubIps, '10.99.0.4']))]
        : kind < 0.75 ? [route('via-gw', pick(pool), 'VirtualNetworkGateway')] : [route('local', pick(pool), 'VnetLocal'), route('net', '0.0.0.0/0', 'Internet')];
      routeTables.push(routeTable(`rt-spoke-${s}`, routes, { id: `rt-spoke-${s}` }));
    }
    const subnets = [subnet('snet-app', `${base}/24`, rtId ? { id: `snet-spoke-${s}-app`, routeTableId: rtId } : { id: `snet-spoke-${s}-app` })];
    if (rnd() < 0.2) subnets.length = 0;
    vnets.push(vnet(`spoke-${s}`, [prefix], { subnets }));
    const hub = `hub-${1 + Math.floor(rnd() * hubs)}`;
    const transit = rnd() < 0.5;
    peerings.push(link(hub, `spoke-${s}`, { allowGatewayTransit: transit, allowForwardedTraffic: rnd() < 0.8, allowVirtualNetworkAccess: rnd() < 0.9 }));
    if (rnd() < 0.9) peerings.push(link(`spoke-${s}`, hub, { useRemoteGateways: transit, allowForwardedTraffic: rnd() < 0.8 }));
  }
  for (let a = 1; a <= hubs; a++) {
    for (let b = a + 1; b <= hubs; b++) {
      if (rnd() < 0.6) peerings.push(link(`hub-${a}`, `hub-${b}`, { allowForwardedTraffic: rnd() < 0.7 }), link(`hub-${b}`, `hub-${a}`, { allowForwardedTraffic: rnd() < 0.7 }));
    }
  }
  if (spokes >= 3 && rnd() < 0.4) peerings.push(link('spoke-1', 'spoke-2'), link('spoke-2', 'spoke-1'));
  const onPremises = [
    { id: 'onprem-1', name: 'onprem-1', addressRanges: [pick(['192.168.0.0/16', '10.3.0.0/16'])], gatewayId: pick(['vgw-1', 'gw-er-1', 'gw-vgw-1', 'gw-vgw-2']) },
  ];
  return design(vnets, peerings, { routeTables, onPremises, intents: rnd() < 0.5 ? [{ id: 'i1', from: 'spoke-1', to: 'spoke-2', expect: pick(['reach', 'isolated'] as const) }] : [] });
}

/** The hub-and-spoke generator's spokes, each moved to its own resource group and subscription. */
export function spokesInOwnSubscriptions(n: number): Design {
  const d = hubWithSpokes(n, { viaFirewall: true });
  const subscriptions = [...d.subscriptions];
  const resourceGroups = [...d.resourceGroups];
  const home = new Map<string, { sub: string; rg: string }>();
  d.vnets.forEach((v, i) => {
    if (v.name === 'hub') return;
    const sub = `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`;
    v.subscriptionId = sub;
    v.resourceGroup = `rg-${v.name}`;
    home.set(v.id, { sub, rg: v.resourceGroup });
    subscriptions.push({ id: sub, name: `sub-${v.name}`, tenantId: '', cloud: 'AzureCloud' });
    resourceGroups.push({ subscriptionId: sub, name: v.resourceGroup, location: 'westeurope' });
  });
  for (const rt of d.routeTables) {
    const owner = d.vnets.find((v) => v.subnets.some((s) => s.routeTableId === rt.id));
    const h = owner ? home.get(owner.id) : undefined;
    if (h) {
      rt.subscriptionId = h.sub;
      rt.resourceGroup = h.rg;
    }
  }
  return { ...d, subscriptions, resourceGroups };
}
