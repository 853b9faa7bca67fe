import { describe, expect, it } from 'vitest';
import { design, link, onPrem, route, routeTable, subnet, vnet, vpnGateway } from '../../../../test/builders';
import { bidiText } from './bidiText';

const RLO = '\u202E';

describe('DEPLOY_BIDI_TEXT', () => {
  it('fires for every kind of name and for tags, and shows the character escaped in the message', () => {
    const v = vnet(`hub${RLO}`, ['10.0.0.0/16'], {
      subnets: [subnet(`app\u2066`, '10.0.1.0/24', { networkSecurityGroup: `nsg\u202A` })],
      gateways: [vpnGateway(`vgw\u2069`)],
      tags: { [`env\u202B`]: 'prod', owner: `x\u202C` },
      dnsServers: [`10.0.0.4\u202D`],
    });
    const d = design([v, vnet('b', ['10.1.0.0/16'])], [link(v, 'b', {}, { name: `peer${RLO}` })], {
      routeTables: [routeTable(`rt${RLO}`, [route(`r${RLO}`, '0.0.0.0/0', 'Internet')])],
      onPremises: [{ ...onPrem(`site${RLO}`, ['192.168.0.0/24']), expressRouteCircuitId: `/subscriptions/x${RLO}` }],
    });
    d.subscriptions[0]!.name = `prod${RLO}`;
    d.vnets[1]!.location = `westeurope${RLO}`;
    const found = bidiText(d);
    expect(found.map((f) => f.details?.kind).sort()).toEqual([
      'DNS server', 'ExpressRoute circuit id', 'VNet name', 'gateway name', 'location', 'network security group name', 'on-premises network name',
      'peering link name', 'route name', 'route table name', 'subnet name', 'subscription name', 'tag key', 'tag value',
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    const vnetFinding = found.find((f) => f.details?.kind === 'VNet name')!;
    expect(vnetFinding.message).toContain("'hub\\u202E'");
    expect(vnetFinding.message).not.toContain(RLO);
    expect(found.find((f) => f.details?.kind === 'peering link name')?.peerings).toEqual([`hub${RLO}->b`]);
  });

  it('reports a resource group name once, with its VNets', () => {
    const rg = `rg${RLO}`;
    const d = design([vnet('a', ['10.0.0.0/16'], { resourceGroup: rg }), vnet('b', ['10.1.0.0/16'], { resourceGroup: rg })], [], {
      resourceGroups: [{ subscriptionId: 'x', name: rg, location: 'westeurope' }],
    });
    const found = bidiText(d);
    expect(found).toHaveLength(1);
    expect(found[0]?.vnets).toEqual(['a', 'b']);
  });

  it('does not fire for ordinary Unicode text (accents, right-to-left letters without controls)', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { tags: { 'équipe': 'שלום', env: 'prod' } })], []);
    expect(bidiText({ ...d, name: 'Réseau' })).toEqual([]);
  });

  it('caps a huge design at 100 findings, counting the rest', () => {
    const vnets = Array.from({ length: 250 }, (_, i) => vnet(`v${i}${RLO}`, [`10.${i}.0.0/16`]));
    const found = bidiText(design(vnets));
    expect(found).toHaveLength(100);
    expect(found.filter((f) => f.details?.omitted === 151)).toHaveLength(1);
    expect(found.find((f) => f.details?.omitted)?.vnets).toHaveLength(151);
  });
});
