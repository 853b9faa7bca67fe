import { describe, expect, it } from 'vitest';
import { design, vnet } from '../../../../test/builders';
import { dnsServers, isIpAddress } from './dnsServers';

describe('DEPLOY_DNS_SERVER_INVALID', () => {
  it('accepts IPv4 and IPv6 addresses as typed, nothing else', () => {
    expect(isIpAddress('10.0.0.4')).toBe(true);
    expect(isIpAddress('2001:db8::53')).toBe(true);
    for (const bad of ['', ' 10.0.0.4', '10.0.0.4/32', 'dns.contoso.com', '--subscription=x', '10.0.0.256', '010.0.0.4']) expect(isIpAddress(bad), bad).toBe(false);
  });

  it('fires for each server that is not an IP address and says when az would read it as an option', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { dnsServers: ['10.0.0.4', 'dns.contoso.com', '--subscription=evil'] })]);
    const found = dnsServers(d);
    expect(found.map((f) => f.details?.dnsServer)).toEqual(['dns.contoso.com', '--subscription=evil']);
    expect(found[1]?.message).toBe("The DNS server '--subscription=evil' of VNet 'hub' is not an IP address: it starts with '-', which the Azure CLI reads as an option; Azure takes DNS servers as IP addresses only.");
    expect(found.every((f) => f.severity === 'error' && f.vnets[0] === 'hub')).toBe(true);
  });

  it('does not fire for Azure-provided DNS or valid servers', () => {
    expect(dnsServers(design([vnet('a', ['10.0.0.0/16']), vnet('b', ['10.1.0.0/16'], { dnsServers: ['10.0.0.4', '168.63.129.16'] })]))).toEqual([]);
  });
});
