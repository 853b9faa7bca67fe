/**
 * Deployment-time rules of the ARM and Bicep exports that no schema catches (issue 11): Azure checks
 * them when it deploys. Each test reads the exported template back as data (ARM) or compiles-free
 * statements (Bicep), and checks what Azure would check.
 */
import { describe, expect, it } from 'vitest';
import { SUB, design, erGateway, peer, subnet, subscription, vnet, vpnGateway } from '../../test/builders';
import { planFor } from './plan';
import { headerLines } from './stages';
import { field, parseBicep, stringsOf, type BicepValue } from '../../test/schema-checks/bicepParse';
import { armTemplateObject, toArmTemplate } from './arm';
import { toBicepFiles } from './bicep';
import type { Design } from '../model/schema';
import { loadScenario } from '../../test/scenarios/scenarioFiles';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every resource of the ARM template, nested deployments flattened. */
export function armResources(d: Design): Obj[] {
  const out: Obj[] = [];
  const walk = (resources: unknown) => {
    for (const r of Array.isArray(resources) ? resources : []) {
      if (!isObj(r)) continue;
      out.push(r);
      const t = isObj(r['properties']) ? r['properties']['template'] : undefined;
      if (isObj(t)) walk(t['resources']);
    }
  };
  walk(armTemplateObject(d)['resources']);
  return out;
}

const PIP = 'Microsoft.Network/publicIPAddresses';

function hubWith(gateways: ReturnType<typeof vpnGateway>[]): Design {
  return design([vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/26')], gateways })]);
}

/** Bicep public IP declarations by name, with their body. */
function bicepPips(d: Design): Map<string, BicepValue | undefined> {
  const out = new Map<string, BicepValue | undefined>();
  for (const text of Object.values(toBicepFiles(d).files)) {
    for (const s of parseBicep(text)) if (s.keyword === 'resource' && s.type?.startsWith(`${PIP}@`)) out.set(s.name, s.value);
  }
  return out;
}

describe('gateway public IPs: zone-redundant exactly for AZ SKUs', () => {
  // Source: https://learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways (AZ SKUs use
  // Standard, zone-redundant public IPs) and MicrosoftDocs/azure-docs articles/expressroute/gateway-migration.md
  // (ErGw1Az..ErGw3Az and ErGwScale are the AZ-enabled ExpressRoute SKUs).
  const cases: [string, ReturnType<typeof vpnGateway>, boolean][] = [
    ['VpnGw1AZ', vpnGateway('vgw-az', { sku: 'VpnGw1AZ' }), true],
    ['VpnGw2AZ active-active', vpnGateway('vgw-aa', { sku: 'VpnGw2AZ', activeActive: true }), true],
    ['VpnGw1 (no AZ)', vpnGateway('vgw-plain', { sku: 'VpnGw1' }), false],
    ['ErGw1AZ', erGateway('ergw-az', { sku: 'ErGw1AZ' }), true],
    ['ErGwScale', erGateway('ergw-scale', { sku: 'ErGwScale' }), true],
    ['Standard (ExpressRoute, no AZ)', erGateway('ergw-std', { sku: 'Standard' }), false],
  ];
  for (const [label, gw, zoned] of cases) {
    it(`ARM: ${label}`, () => {
      const pips = armResources(hubWith([gw])).filter((r) => r['type'] === PIP);
      expect(pips.length).toBe(gw.activeActive ? 2 : 1);
      for (const p of pips) {
        expect(p['sku']).toEqual({ name: 'Standard', tier: 'Regional' });
        expect((p['properties'] as Obj)['publicIPAllocationMethod']).toBe('Static');
        if (zoned) expect(p['zones']).toEqual(['1', '2', '3']);
        else expect('zones' in p).toBe(false);
      }
    });
    it(`Bicep: ${label}`, () => {
      const pips = bicepPips(hubWith([gw]));
      expect(pips.size).toBe(gw.activeActive ? 2 : 1);
      for (const body of pips.values()) {
        if (zoned) expect(stringsOf(field(body, 'zones'))).toEqual(['1', '2', '3']);
        else expect(field(body, 'zones')).toBeUndefined();
      }
    });
  }
});

describe('ARM: property names a user controls are escaped like values', () => {
  // A JSON string that starts with `[` and ends with `]` is an expression, keys included; `[[` escapes it.
  // Source: https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions#escape-characters
  it('a tag key that looks like an expression is written with [[ and reads back as the literal', () => {
    const d = design([vnet('a', ['10.1.0.0/16'], { tags: { "[concat('x','y')]": 'v', '[plain': '[w]', normal: 'z' } })]);
    const text = toArmTemplate(d);
    expect(text).toContain(`"[[concat('x','y')]": "v"`);
    expect(text).not.toMatch(/"\[concat\('x','y'\)\]"/);
    // a key starting with `[` but not ending with `]` is not an expression: left as it is
    expect(text).toContain('"[plain": "[[w]"');
    expect(text).toContain('"normal": "z"');
  });
});

describe('on-premises sites are exported, with their secrets as secure parameters passed down', () => {
  const d = loadScenario('hub-vpn-onprem-sites');
  const template = armTemplateObject(d);
  const resources = armResources(d);
  const byName = (type: string, name: string) => resources.find((r) => r['type'] === `Microsoft.Network/${type}` && r['name'] === name);

  it('ARM: a local network gateway per VPN site with its ranges and IP, FQDN or IP parameter, and BGP when set', () => {
    expect((byName('localNetworkGateways', 'lgw-branch-amsterdam')?.['properties'] as Obj)).toEqual({
      localNetworkAddressSpace: { addressPrefixes: ['192.168.10.0/24'] },
      gatewayIpAddress: '203.0.113.10',
      bgpSettings: { asn: 65050, bgpPeeringAddress: '192.168.10.254' },
    });
    expect((byName('localNetworkGateways', 'lgw-branch-utrecht')?.['properties'] as Obj)).toEqual({
      localNetworkAddressSpace: { addressPrefixes: ['192.168.20.0/24', '192.168.21.0/24'] },
      fqdn: 'vpn.utrecht.example.com',
    });
    expect((byName('localNetworkGateways', 'lgw-branch-eindhoven')?.['properties'] as Obj)['gatewayIpAddress']).toBe("[parameters('gatewayIpBranchEindhoven')]");
  });

  it('ARM: IPsec connections use the shared key parameter and enable BGP with a BGP site; ExpressRoute peers with the circuit parameter', () => {
    const bgp = byName('connections', 'cn-vgw-hub-branch-amsterdam')?.['properties'] as Obj;
    expect(bgp).toMatchObject({ connectionType: 'IPsec', sharedKey: "[parameters('sharedKeyBranchAmsterdam')]", enableBgp: true });
    expect(bgp['virtualNetworkGateway1']).toEqual({ id: "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-hub')]", properties: {} });
    expect(bgp['localNetworkGateway2']).toEqual({ id: "[resourceId('Microsoft.Network/localNetworkGateways', 'lgw-branch-amsterdam')]", properties: {} });
    expect(byName('connections', 'cn-vgw-hub-branch-utrecht')?.['properties']).toMatchObject({ enableBgp: false });
    const er = byName('connections', 'cn-ergw-hub-datacenter');
    expect(er?.['properties']).toEqual({
      connectionType: 'ExpressRoute',
      virtualNetworkGateway1: { id: "[resourceId('Microsoft.Network/virtualNetworkGateways', 'ergw-hub')]", properties: {} },
      peer: { id: "[parameters('circuitIdDatacenter')]" },
    });
    expect(er?.['dependsOn']).toEqual(["[resourceId('Microsoft.Network/virtualNetworkGateways', 'ergw-hub')]"]);
  });

  it('ARM: shared keys are securestring with no default at the root and in the nested template, passed by value', () => {
    const params = template['parameters'] as Record<string, Obj>;
    expect(params['sharedKeyBranchAmsterdam']).toEqual({ type: 'securestring', metadata: { description: 'Shared key (PSK) of the site-to-site VPN connection to branch-amsterdam' } });
    expect(params['gatewayIpBranchEindhoven']?.['type']).toBe('string');
    expect(params['gatewayIpBranchEindhoven']?.['defaultValue']).toBeUndefined();
    expect(params['circuitIdDatacenter']?.['defaultValue']).toBe(d.onPremises.find((o) => o.name === 'datacenter')?.expressRouteCircuitId);
    const network = (template['resources'] as Obj[]).find((r) => String(r['name']).startsWith('network-')) as Obj;
    const props = network['properties'] as Obj;
    expect(props['expressionEvaluationOptions']).toEqual({ scope: 'Inner' });
    expect((props['parameters'] as Obj)['sharedKeyBranchAmsterdam']).toEqual({ value: "[parameters('sharedKeyBranchAmsterdam')]" });
    expect(((props['template'] as Obj)['parameters'] as Obj)['sharedKeyBranchAmsterdam']).toMatchObject({ type: 'securestring' });
    expect(JSON.stringify(template)).not.toContain('"outputs"');
  });

  it('Bicep: the shared keys are @secure() in main.bicep and in the module, and main passes them to it', () => {
    const files = toBicepFiles(d).files;
    const secureParams = (text: string) => {
      const out: string[] = [];
      const statements = parseBicep(text);
      statements.forEach((s, i) => {
        if (s.keyword !== 'param') return;
        for (let j = i - 1; j >= 0 && statements[j]?.keyword === 'decorator'; j--) if (statements[j]?.name === 'secure') out.push(s.name);
      });
      return out.sort();
    };
    const keys = ['sharedKeyBranchAmsterdam', 'sharedKeyBranchEindhoven', 'sharedKeyBranchUtrecht'];
    expect(secureParams(files['main.bicep'] ?? '')).toEqual(keys);
    const network = Object.entries(files).find(([f]) => f.startsWith('modules/network-'))?.[1] ?? '';
    expect(secureParams(network)).toEqual(keys);
    expect(network).toContain('sharedKey: sharedKeyBranchAmsterdam');
    expect(network).toContain('peer: {\n      id: circuitIdDatacenter\n    }');
    const module = parseBicep(files['main.bicep'] ?? '').find((s) => s.keyword === 'module' && s.name.startsWith('network'));
    expect(stringsOf(field(module?.value, 'params')).filter((k) => k.startsWith('sharedKey'))).toEqual(keys);
  });
});

describe('header: what the deploying identity needs', () => {
  const SUB_B = '00000000-0000-0000-0000-0000000000bb';
  const crossTenant = (): Design => {
    const a = vnet('vnet-a', ['10.1.0.0/16']);
    const b = vnet('vnet-b', ['10.2.0.0/16'], { subscriptionId: SUB_B, resourceGroup: 'rg-b' });
    return design([a, b], [...peer('vnet-a', 'vnet-b')], {
      subscriptions: [subscription(SUB, { name: 'corp', tenantId: 'tenant-corp' }), subscription(SUB_B, { name: 'partner', tenantId: 'tenant-partner' })],
      resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }, { subscriptionId: SUB_B, name: 'rg-b', location: 'westeurope' }],
    });
  };

  it('lists the subscriptions the deployment touches', () => {
    const lines = headerLines(planFor(crossTenant()), 'ARM template').join('\n');
    expect(lines).toContain(`corp (${SUB})`);
    expect(lines).toContain(`partner (${SUB_B})`);
    expect(lines).toMatch(/Network Contributor/);
  });

  it('says a peering across tenants needs the identity authorised in both tenants, and how', () => {
    const lines = headerLines(planFor(crossTenant()), 'ARM template').join('\n');
    expect(lines).toContain('tenant-corp');
    expect(lines).toContain('tenant-partner');
    expect(lines).toContain('az login --tenant tenant-corp');
    expect(lines).toContain('az login --tenant tenant-partner');
    expect(lines).toMatch(/x-ms-authorization-auxiliary/);
    // the same design in one tenant says nothing about tenants
    const same = crossTenant();
    same.subscriptions = same.subscriptions.map((s) => ({ ...s, tenantId: 'tenant-corp' }));
    expect(headerLines(planFor(same), 'ARM template').join('\n')).not.toContain('az login --tenant');
  });

  it('ARM metadata and the Bicep header carry the lines', () => {
    const d = crossTenant();
    expect(JSON.stringify(armTemplateObject(d)['metadata'])).toContain('az login --tenant tenant-partner');
    expect(toBicepFiles(d).files['main.bicep']).toContain('// ');
    expect(toBicepFiles(d).files['main.bicep']).toContain('az login --tenant tenant-partner');
  });
});

describe('peering sync after a resize: exact post-deployment commands', () => {
  // A peering PUT syncs the remote space only with the `syncRemoteAddressSpace` query parameter, which a
  // template cannot set: the commands are written out. Source:
  // https://learn.microsoft.com/powershell/module/az.network/sync-azvirtualnetworkpeering
  const resized = (): Design => {
    const hub = vnet('hub', ['10.0.0.0/16', '10.9.0.0/16'], { importedAddressPrefixes: ['10.0.0.0/16'] });
    const spoke = vnet('spoke', ['10.1.0.0/16'], { resourceGroup: "rg spoke's" });
    return design([hub, spoke], [...peer('hub', 'spoke')], {
      resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }, { subscriptionId: SUB, name: "rg spoke's", location: 'westeurope' }],
    });
  };
  const command = `az network vnet peering sync --subscription '${SUB}' --resource-group 'rg spoke'\\''s' --vnet-name 'spoke' --name 'peer-spoke-to-hub'`;
  const ps = `Sync-AzVirtualNetworkPeering -Name 'peer-spoke-to-hub' -VirtualNetworkName 'spoke' -ResourceGroupName 'rg spoke''s'`;

  it('ARM: metadata.syncSteps has the exact az and PowerShell commands for each link pointing at the resized VNet', () => {
    const steps = (armTemplateObject(resized())['metadata'] as Obj)['syncSteps'];
    expect(steps).toEqual([expect.stringContaining(command)]);
    expect(String((steps as string[])[0])).toContain(ps);
  });

  it('Bicep: the header has the same commands', () => {
    const main = toBicepFiles(resized()).files['main.bicep'] ?? '';
    expect(main).toContain(command);
    expect(main).toContain(ps);
  });
});

describe('a BGP site on a gateway without its own ASN', () => {
  // Connection-level BGP needs BGP enabled on the VPN gateway (Azure then uses its default ASN 65515).
  // Source: https://learn.microsoft.com/azure/vpn-gateway/bgp-howto
  const d = (): Design => {
    const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/26')], gateways: [vpnGateway('vgw')] });
    return design([hub], [], { onPremises: [{ id: 'site', name: 'site', addressRanges: ['192.168.0.0/24'], gatewayId: 'gw-vgw', connectionType: 'IPsec', gatewayIpAddress: '203.0.113.1', bgp: { asn: 65050, peeringAddress: '192.168.0.1' } }] });
  };
  it('ARM: the gateway has BGP enabled', () => {
    const gw = armResources(d()).find((r) => r['type'] === 'Microsoft.Network/virtualNetworkGateways');
    expect((gw?.['properties'] as Obj)['enableBgp']).toBe(true);
    expect((armResources(d()).find((r) => r['type'] === 'Microsoft.Network/connections')?.['properties'] as Obj)['enableBgp']).toBe(true);
  });
  it('Bicep: the gateway has BGP enabled', () => {
    const text = Object.values(toBicepFiles(d()).files).join('\n');
    const gw = parseBicep(text.slice(text.indexOf('// Vpn gateway'))).find((s) => s.keyword === 'resource');
    expect(field(field(gw?.value, 'properties'), 'enableBgp')).toEqual({ kind: 'bool', value: true });
  });
});
