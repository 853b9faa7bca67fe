import { describe, expect, it } from 'vitest';
import { design, erGateway, link, onPrem, peer, route, routeTable, SUB, subnet, subscription, vnet, vpnGateway } from '../../test/builders';
import type { Design, Gateway } from '../model/schema';
import { toTerraformFiles } from './terraform';

/** The quoted values of each `route { ... }` printed in the resource of route table `name`. */
function routesOf(main: string, name: string): string[] {
  const start = main.indexOf(`# Route table ${name}\n`);
  const block = main.slice(start, main.indexOf('\n}\n', start));
  return block.split('route {').slice(1).map((r) => [...r.matchAll(/= "([^"]*)"/g)].map((m) => m[1]).join(' '));
}

describe('Terraform route tables', () => {
  it('prints each table its own routes when consecutive tables share some or all of them', () => {
    // (the plan sorts a table's routes by name)
    const fw = route('to-fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4');
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [
        routeTable('a', [fw]),
        routeTable('b', [{ ...fw }]),
        routeTable('c', [route('to-fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.5')]),
        routeTable('d', [route('to-fw', '0.0.0.0/0', 'VirtualAppliance')]),
        routeTable('e', [fw, route('none', '10.9.0.0/16', 'None')]),
        routeTable('f', [route('none', '10.9.0.0/16', 'None')]),
        routeTable('g', [fw]),
      ],
    });
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => routesOf(main, n))).toEqual([
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.5'],
      ['to-fw 0.0.0.0/0 VirtualAppliance'],
      ['none 10.9.0.0/16 None', 'to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
      ['none 10.9.0.0/16 None'],
      ['to-fw 0.0.0.0/0 VirtualAppliance 10.0.1.4'],
    ]);
  });

  it('closes the resource of a table without routes, first in its group or after one with routes', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'])], [], {
      routeTables: [routeTable('a-empty', []), routeTable('b', [route('none', '10.9.0.0/16', 'None')]), routeTable('c-empty', []), routeTable('d-empty', [])],
    });
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    for (const name of ['a-empty', 'c-empty', 'd-empty']) {
      const start = main.indexOf(`# Route table ${name}\n`);
      const block = main.slice(start, main.indexOf('\n}\n', start) + 2);
      expect(block, name).toMatch(/bgp_route_propagation_enabled = true\n}$/);
      expect(routesOf(main, name)).toEqual([]);
    }
    expect(routesOf(main, 'b')).toEqual(['none 10.9.0.0/16 None']);
    expect(main.split('{').length).toBe(main.split('}').length);
  });
});

/** The text of `resource "<type>" "<id>" { ... }` (through its closing brace at column 0). */
function resourceOf(text: string, type: string, id: string): string {
  const start = text.indexOf(`resource "${type}" "${id}" {`);
  if (start < 0) return '';
  return text.slice(start, text.indexOf('\n}\n', start) + 2);
}

const hubWith = (gateways: Gateway[]) =>
  vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], gateways });

describe('Terraform gateway public IPs', () => {
  it('makes the public IPs of an AZ gateway SKU zone-redundant and leaves other SKUs without zones', () => {
    const d = design([
      hubWith([vpnGateway('vgw-az', { sku: 'VpnGw2AZ', activeActive: true }), erGateway('ergw-az', { sku: 'ErGw1AZ' })]),
      vnet('other', ['10.1.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.1.0.0/27')], gateways: [vpnGateway('vgw-plain', { sku: 'VpnGw1' })] }),
    ]);
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    for (const id of ['pip_vgw_az_1', 'pip_vgw_az_2', 'pip_ergw_az']) {
      const pip = resourceOf(main, 'azurerm_public_ip', id);
      expect(pip, id).toContain('\n  sku                 = "Standard"\n  allocation_method   = "Static"\n  zones               = ["1", "2", "3"]\n}');
    }
    const plain = resourceOf(main, 'azurerm_public_ip', 'pip_vgw_plain');
    expect(plain).toContain('allocation_method   = "Static"');
    expect(plain).not.toContain('zones');
  });
});

describe('Terraform arguments and the provider version', () => {
  it('writes enable_bgp (azurerm 4.x) on the gateway, never bgp_enabled, under a 4.x-only constraint', () => {
    const d = design([hubWith([vpnGateway('vgw', { asn: 65515 })])]);
    const { files } = toTerraformFiles(d);
    const gw = resourceOf(files['main.tf'] ?? '', 'azurerm_virtual_network_gateway', 'vgw');
    expect(gw).toMatch(/\n {2}enable_bgp += true\n/);
    expect(gw).not.toContain('bgp_enabled');
    expect(files['providers.tf']).toContain('"version" = "~> 4.0"');
  });
});

describe('Terraform across tenants', () => {
  const A = 'aaaaaaaa-0000-0000-0000-000000000001';
  const B = 'bbbbbbbb-0000-0000-0000-000000000002';
  const TA = '11111111-1111-1111-1111-111111111111';
  const TB = '22222222-2222-2222-2222-222222222222';
  const twoTenants = (tenantB: string) =>
    design(
      [vnet('hub', ['10.0.0.0/16'], { subscriptionId: A, resourceGroup: 'rg-a' }), vnet('spoke', ['10.1.0.0/16'], { subscriptionId: B, resourceGroup: 'rg-b' }), vnet('local', ['10.2.0.0/16'], { subscriptionId: A, resourceGroup: 'rg-a' })],
      [...peer('hub', 'spoke'), ...peer('hub', 'local')],
      {
        subscriptions: [subscription(A, { name: 'conn', tenantId: TA }), subscription(B, { name: 'spokes', tenantId: tenantB })],
        resourceGroups: [{ subscriptionId: A, name: 'rg-a', location: 'westeurope' }, { subscriptionId: B, name: 'rg-b', location: 'westeurope' }],
      },
    );

  it('deploys a link to a VNet in another tenant through a provider signed in to both (auxiliary_tenant_ids)', () => {
    const { files } = toTerraformFiles(twoTenants(TB));
    const providers = files['providers.tf'] ?? '';
    const variables = files['variables.tf'] ?? '';
    const main = files['main.tf'] ?? '';
    // each cross-tenant link goes through an alias in its own subscription and tenant, with the remote tenant auxiliary
    const hubToSpoke = resourceOf(main, 'azurerm_virtual_network_peering', 'peer_hub_to_spoke');
    const spokeToHub = resourceOf(main, 'azurerm_virtual_network_peering', 'peer_spoke_to_hub');
    const aliasOf = (r: string) => /provider += azurerm\.(\w+)/.exec(r)?.[1] ?? '';
    const blockOf = (alias: string) => providers.slice(providers.indexOf(`alias`), providers.length).split('\nprovider ').find((b) => b.includes(`"${alias}"`)) ?? '';
    expect(aliasOf(hubToSpoke)).not.toBe('');
    expect(blockOf(aliasOf(hubToSpoke))).toMatch(/subscription_id += var\.conn_subscription_id[\s\S]*tenant_id += var\.conn_tenant_id[\s\S]*auxiliary_tenant_ids = \[var\.spokes_tenant_id\]/);
    expect(blockOf(aliasOf(spokeToHub))).toMatch(/subscription_id += var\.spokes_subscription_id[\s\S]*tenant_id += var\.spokes_tenant_id[\s\S]*auxiliary_tenant_ids = \[var\.conn_tenant_id\]/);
    // a link within one tenant keeps the subscription's own provider, without auxiliary tenants
    const hubToLocal = resourceOf(main, 'azurerm_virtual_network_peering', 'peer_hub_to_local');
    expect(blockOf(aliasOf(hubToLocal))).not.toContain('auxiliary_tenant_ids');
    expect(variables).toContain(`default     = "${TA}"`);
    expect(variables).toContain(`default     = "${TB}"`);
    expect(main).toMatch(/# .*another Microsoft Entra tenant/);
  });

  it('adds nothing about tenants when every subscription is in one tenant, or a tenant is not known', () => {
    for (const t of [TA, '']) {
      const { files } = toTerraformFiles(twoTenants(t));
      expect(files['providers.tf']).not.toContain('tenant');
      expect(files['variables.tf']).not.toContain('tenant');
    }
  });
});

describe('Terraform on-premises sites', () => {
  const CIRCUIT = '/subscriptions/00000000-0000-0000-0000-00000000000e/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-1';
  const d = design(
    [
      hubWith([vpnGateway('vgw', { sku: 'VpnGw2AZ', activeActive: true, asn: 65515 })]),
      vnet('er', ['10.1.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.1.0.0/27')], gateways: [erGateway('ergw')] }),
    ],
    [],
    {
      onPremises: [
        { ...onPrem('branch-bgp', ['192.168.0.0/24'], 'gw-vgw'), gatewayIpAddress: '203.0.113.1', bgp: { asn: 65010, peeringAddress: '192.168.0.254' } },
        { ...onPrem('branch-fqdn', ['192.168.10.0/24'], 'gw-vgw'), fqdn: 'vpn.contoso.example' },
        onPrem('branch-noip', ['192.168.20.0/24', '192.168.21.0/24'], 'gw-vgw'),
        { ...onPrem('dc', ['172.20.0.0/16'], 'gw-ergw'), connectionType: 'ExpressRoute', expressRouteCircuitId: CIRCUIT },
      ],
    },
  );
  const { files } = toTerraformFiles(d);
  const main = files['main.tf'] ?? '';
  const variables = files['variables.tf'] ?? '';

  it('writes a local network gateway per VPN site: device IP, FQDN or a required variable, ranges and BGP', () => {
    expect(resourceOf(main, 'azurerm_local_network_gateway', 'lgw_branch_bgp')).toMatch(
      /name += "lgw-branch-bgp"[\s\S]*gateway_address += "203\.0\.113\.1"\n {2}address_space += \["192\.168\.0\.0\/24"\]\n\n {2}bgp_settings {\n {4}asn += 65010\n {4}bgp_peering_address = "192\.168\.0\.254"\n {2}}\n}/,
    );
    const fqdn = resourceOf(main, 'azurerm_local_network_gateway', 'lgw_branch_fqdn');
    expect(fqdn).toMatch(/gateway_fqdn += "vpn\.contoso\.example"/);
    expect(fqdn).not.toContain('gateway_address');
    expect(fqdn).not.toContain('bgp_settings');
    expect(resourceOf(main, 'azurerm_local_network_gateway', 'lgw_branch_noip')).toMatch(/gateway_address += var\.gateway_ip_branch_noip\n {2}address_space += \["192\.168\.20\.0\/24", "192\.168\.21\.0\/24"\]/);
    // required: no default
    expect(variables).toMatch(/variable "gateway_ip_branch_noip" {\n {2}description = "[^"]*branch-noip[^"]*"\n {2}type {8}= string\n}/);
  });

  it('connects each VPN site with IPsec and a sensitive shared key variable, BGP when both ends have it', () => {
    const bgp = resourceOf(main, 'azurerm_virtual_network_gateway_connection', 'cn_vgw_branch_bgp');
    expect(bgp).toMatch(/type += "IPsec"\n {2}virtual_network_gateway_id = azurerm_virtual_network_gateway\.vgw\.id\n {2}local_network_gateway_id += azurerm_local_network_gateway\.lgw_branch_bgp\.id\n {2}shared_key += var\.shared_key_branch_bgp\n {2}enable_bgp += true\n}/);
    expect(resourceOf(main, 'azurerm_virtual_network_gateway_connection', 'cn_vgw_branch_fqdn')).toMatch(/enable_bgp += false\n}/);
    expect(variables).toMatch(/variable "shared_key_branch_bgp" {\n {2}description = "[^"]*"\n {2}type {8}= string\n {2}sensitive {3}= true\n}/);
    expect(variables).not.toMatch(/variable "shared_key_branch_bgp" {[^}]*default/);
  });

  it('connects an ExpressRoute site to its circuit id through a variable defaulting to the design\'s id', () => {
    const er = resourceOf(main, 'azurerm_virtual_network_gateway_connection', 'cn_ergw_dc');
    expect(er).toMatch(/type += "ExpressRoute"\n {2}virtual_network_gateway_id = azurerm_virtual_network_gateway\.ergw\.id\n {2}express_route_circuit_id += var\.circuit_id_dc\n}/);
    expect(er).not.toContain('shared_key');
    expect(main).not.toContain('azurerm_local_network_gateway" "lgw_dc"');
    expect(variables).toMatch(new RegExp(`variable "circuit_id_dc" {\\n  description = "[^"]*"\\n  type        = string\\n  default     = "${CIRCUIT.replace(/[/.]/g, '\\$&')}"\\n}`));
  });
});

describe('Terraform peering sync after a resize', () => {
  it('re-syncs every link to a resized VNet through triggers on its address space, and says so', () => {
    const d = design([vnet('hub', ['10.0.0.0/16', '10.9.0.0/16'], { importedAddressPrefixes: ['10.0.0.0/16'] }), vnet('a', ['10.1.0.0/16'])], [...peer('hub', 'a'), link('a', 'hub', {}, { id: 'a->hub-2', name: 'second' })]);
    const main = toTerraformFiles(d).files['main.tf'] ?? '';
    for (const id of ['peer_a_to_hub', 'second']) {
      expect(resourceOf(main, 'azurerm_virtual_network_peering', id), id).toContain('\n  triggers = {\n    "remote_address_space" = join(",", azurerm_virtual_network.hub.address_space)\n  }\n}');
    }
    expect(main).toContain('# hub was resized: link peer-a-to-hub re-syncs through its triggers on apply');
    expect(main).toContain('# hub was resized: link second re-syncs through its triggers on apply');
  });
});

describe('Terraform provider version for the values written', () => {
  const versionOf = (d: Design) => /"version" = "([^"]+)"/.exec(toTerraformFiles(d).files['providers.tf'] ?? '')?.[1];
  it('raises the 4.x minimum to the release that accepts a SKU the design uses (ErGwScale 4.56, Bastion Premium 4.5)', () => {
    expect(versionOf(design([hubWith([vpnGateway('vgw')])]))).toBe('~> 4.0');
    expect(versionOf(design([hubWith([erGateway('ergw', { sku: 'ErGwScale' })])]))).toBe('~> 4.56');
    const bastion = (sku: string) => vnet('b', ['10.5.0.0/16'], { subnets: [subnet('AzureBastionSubnet', '10.5.0.0/26')], bastions: [{ id: 'bas', name: 'bas', sku }] });
    expect(versionOf(design([bastion('Premium')]))).toBe('~> 4.5');
    expect(versionOf(design([bastion('Standard')]))).toBe('~> 4.0');
    expect(versionOf(design([bastion('Premium'), hubWith([erGateway('ergw', { sku: 'ErGwScale' })])]))).toBe('~> 4.56');
  });
});

describe('Terraform sovereign clouds', () => {
  it('points the provider of a subscription in US Government or China at that cloud (environment), public needs nothing', () => {
    const G = 'gggggggg-0000-0000-0000-000000000001';
    const d = design([vnet('hub', ['10.0.0.0/16']), vnet('gov', ['10.1.0.0/16'], { subscriptionId: G, resourceGroup: 'rg-gov' })], [], {
      subscriptions: [subscription(SUB, { name: 'pub' }), subscription(G, { name: 'gov', cloud: 'AzureUSGovernment' })],
      resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }, { subscriptionId: G, name: 'rg-gov', location: 'usgovvirginia' }],
    });
    const providers = toTerraformFiles(d).files['providers.tf'] ?? '';
    const blocks = providers.split('\nprovider ');
    expect(blocks.find((b) => b.includes('alias           = "gov"'))).toMatch(/\n {2}environment {5}= "usgovernment"\n/);
    expect(blocks.find((b) => b.includes('"pub"'))).not.toContain('environment');
    const china = structuredClone(d);
    china.subscriptions[1]!.cloud = 'AzureChinaCloud';
    expect(toTerraformFiles(china).files['providers.tf']).toContain('environment     = "china"');
  });
});
