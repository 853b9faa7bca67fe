import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureText, importFixture as load, vnetNamed as vnet } from '../../../test/fixtures/import/load';
import { importAny } from '..';
import { findDepthCut } from './powershell';

const HUB_ID = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub';

/** A minimal PSVirtualNetwork as ConvertTo-Json -Depth 10 writes it (PascalCase, list subnet prefixes). */
const psVnet = (extra: Record<string, unknown> = {}) => ({
  AddressSpace: { AddressPrefixes: ['10.0.0.0/16'] },
  DhcpOptions: { DnsServers: null },
  Subnets: [{ AddressPrefix: ['10.0.1.0/24'], IpConfigurations: [], RouteTable: null, NetworkSecurityGroup: null, Name: 'app', Etag: 'W/"1"', Id: `${HUB_ID}/subnets/app` }],
  VirtualNetworkPeerings: [],
  ProvisioningState: 'Succeeded',
  ResourceGroupName: 'rg-hub',
  Location: 'westeurope',
  Type: 'Microsoft.Network/virtualNetworks',
  Tag: {},
  TagsTable: null,
  Name: 'vnet-hub',
  Etag: 'W/"2"',
  Id: HUB_ID,
  ...extra,
});

describe('Azure PowerShell import (Get-AzVirtualNetwork | ConvertTo-Json -Depth 10)', () => {
  it('imports the hub-and-spoke estate to the same network facts as its az CLI twin', () => {
    const ps = load('ps-hub-spoke.json');
    const cli = load('az-cli-hub-spoke.json');
    expect(ps.report.format).toBe('azure-powershell');
    expect(ps.design.name).toBe('Imported from Azure PowerShell');
    // VNets, subnets, links with state / sync / peered space, route tables, gateway, firewall, layout
    expect({ ...ps.design, name: '' }).toEqual({ ...cli.design, name: '' });
    expect(ps.report.notes).toEqual(cli.report.notes);
    expect(ps.report.skipped).toEqual([]);
  });

  it('takes the peered space from PeeredRemoteAddressSpace, not the remote VNet\'s current space', () => {
    const { design } = load('ps-hub-spoke.json');
    const link = design.peerings.find((l) => l.name === 'hub-to-spoke5');
    expect(link?.remoteAddressPrefixes).toEqual(['10.5.0.0/16']);
    expect(link?.peeringSyncLevel).toBe('RemoteNotInSync');
  });

  it('reads one VNet object written by Windows PowerShell 5.1 (CRLF, aligned layout, \\u0027 escapes)', () => {
    const text = fixtureText('ps-single-vnet-ps51.json');
    expect(text).toContain('\\u0027');
    expect(text).toContain('"Name":  "vnet-hub",\r\n');
    expect(text.trimStart().startsWith('{')).toBe(true);
    const { design, report } = load('ps-single-vnet-ps51.json');
    expect(report.format).toBe('azure-powershell');
    const hub = vnet(design, 'vnet-hub');
    expect(hub.tags).toEqual({ env: 'prod', owner: "network team's hub" });
    expect(hub.subnets.map((s) => [s.name, s.addressPrefixes, s.networkSecurityGroup])).toEqual([
      ['GatewaySubnet', ['10.0.0.0/27'], undefined], ['AzureFirewallSubnet', ['10.0.1.0/26'], undefined], ['snet-shared', ['10.0.2.0/24'], 'nsg-shared'],
    ]);
    // the remotes are not in the file: placeholders with the space each peering reports
    expect(design.vnets.filter((v) => v.isPlaceholder).map((v) => v.name)).toEqual([
      'vnet-spoke1', 'vnet-spoke2', 'vnet-spoke3', 'vnet-spoke5', 'vnet-spoke6', 'vnet-partner',
    ]);
    // gateway and firewall known only from the subnets' IpConfigurations
    expect(hub.gateways.map((g) => g.name)).toEqual(['vgw-hub']);
    expect(hub.appliances.map((a) => [a.name, a.privateIpAddress])).toEqual([['afw-hub', '10.0.1.4']]);
    expect(report.notes.filter((n) => n.includes('known only from'))).toEqual([
      expect.stringContaining("GatewaySubnet's ipConfigurations (.Subnets[0].IpConfigurations): assumed a VPN gateway with an unknown SKU; add 'Get-AzVirtualNetworkGateway' output"),
      expect.stringContaining("AzureFirewallSubnet's ipConfigurations (.Subnets[1].IpConfigurations): assumed private IP 10.0.1.4 (first usable address of the subnet); add 'Get-AzFirewall' output"),
    ]);
  });

  it('never reads the *Text helper copies', () => {
    const misleading = psVnet({
      AddressSpaceText: '{\r\n  "AddressPrefixes": [\r\n    "192.168.0.0/16"\r\n  ]\r\n}',
      SubnetsText: '[\r\n  {\r\n    "AddressPrefix": [\r\n      "192.168.9.0/24"\r\n    ],\r\n    "Name": "ghost"\r\n  }\r\n]',
      VirtualNetworkPeeringsText: '[{"Name": "ghost-link", "RemoteVirtualNetwork": {"Id": "/subscriptions/x/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/ghost"}}]',
    });
    const r = importAny(JSON.stringify(misleading));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.vnets.map((v) => [v.name, v.addressPrefixes, v.subnets.map((s) => s.name)])).toEqual([['vnet-hub', ['10.0.0.0/16'], ['app']]]);
    expect(r.design.peerings).toEqual([]);
  });

  it("accepts Windows PowerShell's { value, Count } array wrapper and a peering listed on its own", () => {
    const peering = {
      ResourceGroupName: 'rg-hub',
      VirtualNetworkName: 'vnet-hub',
      PeeringState: 'Initiated',
      PeeringSyncLevel: 'FullyInSync',
      AllowVirtualNetworkAccess: true,
      AllowForwardedTraffic: false,
      AllowGatewayTransit: true,
      UseRemoteGateways: false,
      RemoteVirtualNetwork: { Id: '/subscriptions/s2/resourceGroups/rg-x/providers/Microsoft.Network/virtualNetworks/vnet-x' },
      PeeredRemoteAddressSpace: { AddressPrefixes: ['10.9.0.0/16'] },
      RemoteVirtualNetworkAddressSpace: { AddressPrefixes: ['10.9.0.0/16', '10.99.0.0/16'] },
      ProvisioningState: 'Succeeded',
      Name: 'hub-to-x',
      Etag: 'W/"3"',
      Id: `${HUB_ID}/virtualNetworkPeerings/hub-to-x`,
    };
    const r = importAny(JSON.stringify({ value: [psVnet(), peering], Count: 2 }));
    expect(r.ok && r.report.format).toBe('azure-powershell');
    if (!r.ok) return;
    expect(r.design.peerings).toEqual([
      expect.objectContaining({ name: 'hub-to-x', peeringState: 'Initiated', allowGatewayTransit: true, remoteAddressPrefixes: ['10.9.0.0/16'] }),
    ]);
  });

  it('reports problems at paths spelled as in the input', () => {
    const subnet = { AddressPrefix: ['10.0.1.0/24'], RouteTable: { Routes: null, Name: null, Id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt-gone' }, Name: 'app', Id: `${HUB_ID}/subnets/app` };
    const r = importAny(JSON.stringify([psVnet({ Subnets: [subnet] })]));
    expect(r.report.skipped).toEqual([
      expect.objectContaining({ where: '[0].Subnets[0].RouteTable', why: expect.stringContaining("add 'Get-AzRouteTable' output") }),
    ]);
  });
});

describe('ConvertTo-Json without -Depth (default depth 2)', () => {
  it('refuses the truncated estate with a one-line message that names the cut and the fix', () => {
    const r = importAny(fixtureText('ps-depth2-truncated.json'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.report.format).toBe('azure-powershell');
    expect(r.error).toContain('[0].Subnets[0] is the text "Microsoft.Azure.Commands.Network.Models.PSSubnet"');
    expect(r.error).toContain('ConvertTo-Json -Depth 10');
    expect(r.error).not.toContain('\n');
  });

  it('catches a single VNet cut one level deeper (references written as type names)', () => {
    const cut = psVnet({
      Subnets: [{ AddressPrefix: '10.0.1.0/24', RouteTable: 'Microsoft.Azure.Commands.Network.Models.PSRouteTable', IpConfigurations: '', Name: 'app', Id: `${HUB_ID}/subnets/app` }],
      VirtualNetworkPeerings: [{ RemoteVirtualNetwork: 'Microsoft.Azure.Commands.Network.Models.PSResourceId', PeeredRemoteAddressSpace: 'Microsoft.Azure.Commands.Network.Models.PSAddressSpace', Name: 'p', Id: `${HUB_ID}/virtualNetworkPeerings/p` }],
    });
    const r = importAny(JSON.stringify(cut));
    expect(!r.ok && r.error).toContain('(Subnets[0].RouteTable is the text "Microsoft.Azure.Commands.Network.Models.PSRouteTable" instead of the object itself)');
  });

  it('catches lists flattened to one string even where no type name shows', () => {
    // VNets without subnets or peerings cut at depth 2: only the prefix list is flattened ("a b")
    const r = importAny(JSON.stringify([psVnet({ AddressSpace: { AddressPrefixes: '10.0.0.0/16 10.1.0.0/16' }, Subnets: [] })]));
    expect(!r.ok && r.error).toContain('[0].AddressSpace.AddressPrefixes is the text "10.0.0.0/16 10.1.0.0/16" instead of a list');
  });

  it('does not mistake tags, *Text copies or a route prefix for a cut', () => {
    expect(findDepthCut([psVnet({ Tag: { note: 'System.Object[]' }, TagsTable: 'System.Collections.Hashtable', SubnetsText: 'Microsoft.Azure.Commands.Network.Models.PSSubnet' })])).toBeUndefined();
    expect(findDepthCut([{ Routes: [{ AddressPrefix: '0.0.0.0/0', NextHopType: 'VirtualAppliance', Name: 'r', Id: 'x' }], Name: 'rt', Id: 'y' }])).toBeUndefined();
    // a huge hostile string with the right prefix is checked token by token, not backtracked over
    expect(findDepthCut([{ Name: 'v', Id: 'i', Location: `Microsoft.Azure.Commands.${'a.'.repeat(500000)}` }])).toBeUndefined();
  });
});

describe('PowerShell input through the loader guards', () => {
  it.each([
    ['a __proto__ key', `[{"Name": "v", "Id": "${HUB_ID}", "AddressSpace": {"__proto__": {"polluted": true}}}]`, /"__proto__" is not allowed/],
    ['200 nested Subnets lists', `{"Name": "v", "Id": "x", "Subnets": ${'['.repeat(200)}${']'.repeat(200)}}`, /nested deeper/],
  ])('refuses %s', (_what, text, reason) => {
    const r = importAny(text);
    expect(!r.ok && r.error).toMatch(reason);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads a constructor key as data (issue 13: an Azure object may carry one), without polluting anything', () => {
    const r = importAny(`{"Name": "v", "Id": "${HUB_ID}", "constructor": {"prototype": {"polluted": true}}, "Tag": {"constructor": "x", "prototype": "y"}}`);
    expect(r.ok && r.design.vnets[0]?.tags).toEqual({ constructor: 'x', prototype: 'y' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('explains a UTF-16 file read as UTF-8 (what Windows PowerShell 5.1 `>` writes)', () => {
    const utf16AsUtf8 = new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, ...[...'[{"Name":"v"}]'].flatMap((c) => [c.charCodeAt(0), 0])]));
    const r = importAny(utf16AsUtf8);
    expect(!r.ok && r.error).toMatch(/^the input looks UTF-16 encoded .*Set-Content -Encoding utf8/);
  });

  it('never throws on PowerShell-shaped objects with arbitrary values', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('Microsoft.Azure.Commands.Network.Models.PSSubnet', 'System.Collections.Hashtable', '10.0.0.0/8 10.1.0.0/16'));
    const psish = fc.record({
      Name: fc.oneof(fc.string(), fc.integer()),
      Id: fc.oneof(fc.string(), fc.constant(HUB_ID)),
      ResourceGroupName: anyValue,
      AddressSpace: fc.oneof(anyValue, fc.record({ AddressPrefixes: anyValue })),
      Subnets: fc.oneof(anyValue, fc.array(fc.record({ Name: anyValue, AddressPrefix: anyValue, RouteTable: anyValue, IpConfigurations: anyValue }))),
      VirtualNetworkPeerings: fc.oneof(anyValue, fc.array(fc.record({ Name: anyValue, RemoteVirtualNetwork: anyValue, PeeredRemoteAddressSpace: anyValue, PeeringState: anyValue }))),
      SubnetsText: anyValue,
    }, { requiredKeys: ['Name', 'Id'] });
    fc.assert(
      fc.property(fc.oneof(psish, fc.array(psish, { minLength: 1 })), (value) => {
        const r = importAny(JSON.stringify(value));
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(r.report.format).toBe('azure-powershell');
      }),
      { numRuns: 300 },
    );
  });
});
