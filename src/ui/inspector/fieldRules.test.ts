import { describe, expect, it } from 'vitest';
import {
  bgpPeerAddress, cidr, circuitId, deviceFqdn, deviceIp, gatewayAsn, isApipa, isPrivateIpv4, resourceGroupName, siteAsn, subnetPrefix, vnetName,
} from './fieldRules';

describe('inspector field rules', () => {
  it('accepts Azure VNet names and explains rejected ones', () => {
    expect(vnetName('vnet-hub_01')).toBeUndefined();
    expect(vnetName('v')).toMatch(/At least 2/);
    expect(vnetName('-hub')).toMatch(/start with a letter/);
    expect(vnetName('hub.')).toMatch(/end with/);
    expect(vnetName('hub name')).toBeDefined();
    expect(vnetName('x'.repeat(65))).toMatch(/At most 64/);
  });

  it('refuses invalid CIDR and host bits, offering the normalised prefix', () => {
    expect(cidr('10.1.0.0/16')).toBeUndefined();
    expect(cidr('10.1.0.0/33')).toBeDefined();
    expect(cidr('banana')).toBeDefined();
    expect(cidr('10.10.10.0/16')).toBe('Host bits are set: did you mean 10.10.0.0/16?');
  });

  it('checks subnet size and containment', () => {
    const check = subnetPrefix(['10.1.0.0/16']);
    expect(check('10.1.1.0/24')).toBeUndefined();
    expect(check('10.1.1.0/30')).toMatch(/\/29/);
    expect(check('10.2.1.0/24')).toMatch(/Not inside/);
  });

  it('applies the resource group rules', () => {
    expect(resourceGroupName('rg-(network)')).toBeUndefined();
    expect(resourceGroupName('rg.')).toMatch(/period/);
    expect(resourceGroupName('')).toBeDefined();
  });

  it('ASNs: whole decimal numbers in range, none Azure or IANA reserves; a device differs from its gateway', () => {
    const device = siteAsn(undefined);
    expect(device('65010')).toBeUndefined();
    expect(device('4200000001')).toBeUndefined();
    expect(device('')).toBeUndefined();
    for (const bad of ['0', '4294967296', '0x10', '1e3', '-5', '65010.5', 'sixty']) expect(device(bad), bad).toBe('A whole number between 1 and 4294967295.');
    for (const n of ['8074', '8075', '12076', '65515', '65517', '65520']) expect(device(n), n).toMatch(/reserved by Azure/);
    for (const n of ['23456', '64496', '64511', '65535', '65551', '4294967295']) expect(device(n), n).toMatch(/reserved by IANA/);
    expect(device('64495')).toBeUndefined();
    expect(device('65552')).toBeUndefined();
    expect(siteAsn(65020)('65020')).toBe('The gateway uses ASN 65020: the device needs a different one.');
    // the gateway may keep Azure's default 65515, nothing else reserved
    expect(gatewayAsn('65515')).toBeUndefined();
    expect(gatewayAsn('')).toBeUndefined();
    expect(gatewayAsn('65517')).toMatch(/reserved by Azure/);
    expect(gatewayAsn('64500')).toMatch(/reserved by IANA/);
  });

  it('device address: a usable IPv4 address, or empty (the export asks for it)', () => {
    expect(deviceIp('203.0.113.10')).toBeUndefined();
    expect(deviceIp(' 198.51.100.7 ')).toBeUndefined();
    expect(deviceIp('')).toBeUndefined();
    expect(deviceIp('2001:db8::1')).toBe("Site-to-site VPN needs the device's IPv4 address.");
    expect(deviceIp('203.0.113')).toBe('Enter an IPv4 address like 203.0.113.10.');
    expect(deviceIp('203.0.113.256')).toBe('Enter an IPv4 address like 203.0.113.10.');
    for (const ip of ['0.0.0.0', '127.0.0.1', '169.254.1.1', '224.0.0.5', '255.255.255.255']) expect(deviceIp(ip), ip).toBe(`${ip} cannot be a VPN device's address.`);
    expect(isPrivateIpv4('10.1.2.3')).toBe(true);
    expect(isPrivateIpv4('172.31.0.1')).toBe(true);
    expect(isPrivateIpv4('203.0.113.10')).toBe(false);
  });

  it('device FQDN: a host name of two or more labels', () => {
    expect(deviceFqdn('vpn.example.com')).toBeUndefined();
    expect(deviceFqdn('vpn-1.branch.example.com.')).toBeUndefined();
    expect(deviceFqdn('')).toBeUndefined();
    for (const bad of ['vpn', '-vpn.example.com', 'vpn_.example.com', 'a..b', '203.0.113.10', `${'a'.repeat(64)}.com`, 'vpn.example.com/x', '--subscription=x']) {
      expect(deviceFqdn(bad), bad).toBe('Enter a DNS name like vpn.example.com.');
    }
  });

  it('BGP peer address: IPv4, not the device IP, not in the gateway VNet; APIPA is recognised', () => {
    const check = bgpPeerAddress('203.0.113.10', ['10.0.0.0/22']);
    expect(check('192.168.255.254')).toBeUndefined();
    expect(check('169.254.21.1')).toBeUndefined();
    expect(check('')).toBeUndefined();
    expect(check('203.0.113.10')).toMatch(/another address than the device's public IP/);
    expect(check('10.0.1.5')).toBe("10.0.1.5 is inside the gateway's VNet (10.0.0.0/22): use an on-premises address.");
    expect(check('fd00::1')).toBe('Enter an IPv4 address like 192.168.255.254.');
    expect(isApipa('169.254.21.1')).toBe(true);
    expect(isApipa('192.168.255.254')).toBe(false);
  });

  it('ExpressRoute circuit: a circuit resource ID, or empty', () => {
    expect(circuitId('/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-1')).toBeUndefined();
    expect(circuitId('/subscriptions/x/resourcegroups/rg/providers/microsoft.network/expressroutecircuits/er')).toBeUndefined();
    expect(circuitId('')).toBeUndefined();
    for (const bad of ['er-1', '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v', '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er/peerings/AzurePrivatePeering']) {
      expect(circuitId(bad), bad).toMatch(/^A circuit resource ID/);
    }
  });
});
