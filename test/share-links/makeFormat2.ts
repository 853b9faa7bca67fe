/**
 * Wrote format-2.json once, with the format-2 encoder (`npx tsx test/share-links/makeFormat2.ts`).
 * Kept to show where the links came from; it refuses to overwrite the file: released links are never
 * regenerated (links.test.ts checks each keeps opening to its design).
 */
import { existsSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { makeVnet } from '../../src/model/factories';
import { sampleDesign } from '../../src/model/sample';
import type { Design } from '../../src/model/schema';
import { encodeShare } from '../../src/share/share';
import { designArb } from '../arbitraries';

const target = new URL('./format-2.json', import.meta.url);
if (existsSync(target)) {
  console.error('format-2.json exists: released links are never regenerated.');
  process.exit(1);
}

function vpnSite(): Design {
  const d = sampleDesign();
  d.onPremises = [{
    id: 'onprem-hq', name: 'onprem-hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-hub',
    gatewayIpAddress: '203.0.113.10', bgp: { asn: 65010, peeringAddress: '192.168.255.254' },
  }];
  return d;
}

function everyKind(): Design {
  const d = sampleDesign();
  d.vnets.push(makeVnet({
    id: 'vnet-er', name: 'vnet-er', subscriptionId: d.subscriptions[0]?.id ?? '', resourceGroup: 'rg-network', location: 'westeurope',
    addressPrefixes: ['10.9.0.0/24'], subnets: [{ id: 'snet-er-gw', name: 'GatewaySubnet', addressPrefixes: ['10.9.0.0/27'] }],
    gateways: [{ id: 'gw-er', name: 'ergw-er', gatewayType: 'ExpressRoute', sku: 'ErGw1AZ', activeActive: false }],
  }));
  d.onPremises = [
    { id: 'onprem-hq', name: 'onprem-hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-hub', connectionType: 'IPsec', gatewayIpAddress: '198.51.100.7' },
    { id: 'branch', name: 'branch-zürich', addressRanges: [], gatewayId: 'gw-hub', fqdn: 'vpn.branch.example.com', bgp: { asn: 4200000001, peeringAddress: '169.254.21.10' } },
    {
      id: 'dc', name: 'dc-amsterdam', addressRanges: ['172.16.0.0/12'], gatewayId: 'gw-er', connectionType: 'ExpressRoute',
      expressRouteCircuitId: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-ams',
    },
    { id: 'lab', name: 'lab', addressRanges: ['10.200.0.0/16'], connectionType: 'IPsec' },
  ];
  d.layout.positions['vnet-er'] = { x: 800, y: 80 };
  d.layout.positions['branch'] = { x: 80, y: -160 };
  return d;
}

const randoms = fc.sample(designArb, { seed: 2, numRuns: 200 })
  .filter((d) => d.onPremises.some((o) => o.bgp !== undefined || o.fqdn !== undefined || o.expressRouteCircuitId !== undefined))
  .slice(0, 3);

const entries: { title: string; design: Design }[] = [
  { title: 'sample hub and spoke, its site with a device IP and BGP', design: vpnSite() },
  { title: 'every connection kind: IPsec by IP, by FQDN with BGP, ExpressRoute with a circuit, unconnected', design: everyKind() },
  ...randoms.map((design, i) => ({ title: `random design ${i + 1} with connection details (fast-check seed 2)`, design })),
];

const file = {
  format: 2,
  note: 'Links made by share format 2. Never edit or regenerate: every link here must keep opening to its design.',
  links: entries.map(({ title, design }) => ({ title, link: `#${encodeShare(design)}`, design })),
};
writeFileSync(target, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${entries.length} links`);
