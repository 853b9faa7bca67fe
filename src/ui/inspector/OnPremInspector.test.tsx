import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeVnet } from '../../model/factories';
import { sampleDesign } from '../../model/sample';
import type { Design, OnPremises } from '../../model/schema';
import { createDesignerStore } from '../../store/createDesignerStore';
import { StoreProvider } from '../StoreProvider';
import { OnPremInspector } from './OnPremInspector';

/**
 * The sample (hub with VPN gateway gw-hub) plus an ExpressRoute hub, its site without a device address yet (the
 * tests type one); the clock stands still so edits of one field merge.
 */
function designWithEr(): Design {
  const d = sampleDesign();
  d.onPremises = d.onPremises.map(({ gatewayIpAddress: _ip, ...o }) => o);
  d.vnets.push(makeVnet({
    id: 'vnet-er', name: 'vnet-er', subscriptionId: d.subscriptions[0]?.id ?? '', resourceGroup: 'rg-network', location: 'westeurope',
    addressPrefixes: ['10.9.0.0/24'], gateways: [{ id: 'gw-er', name: 'ergw-er', gatewayType: 'ExpressRoute', sku: 'ErGw1AZ', activeActive: false }],
  }));
  return d;
}

function setup(design: Design = designWithEr()) {
  const store = createDesignerStore({ design, storage: null, now: () => 0 });
  render(<StoreProvider store={store}><OnPremInspector onPremId="onprem-hq" /></StoreProvider>);
  const site = (): OnPremises => {
    const o = store.getState().design.onPremises.find((x) => x.id === 'onprem-hq');
    if (!o) throw new Error('site gone');
    return o;
  };
  const steps = () => store.getState().history.past.length;
  const undo = () => act(() => store.getState().actions.undo());
  return { store, site, steps, undo, user: userEvent.setup() };
}

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const select = (label: string) => screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
const optionLabels = (label: string) => within(select(label)).getAllByRole('option').map((o) => o.textContent);

describe('on-premises inspector: connection', () => {
  it('picks the connected gateway among the design\'s gateways, by VNet and gateway name, one undo step each', async () => {
    const { site, steps, undo, user } = setup();
    expect(optionLabels('Connected gateway')).toEqual([
      'Not connected', 'vnet-er / ergw-er (ExpressRoute ErGw1AZ)', 'vnet-hub / vgw-hub (VPN VpnGw1AZ)',
    ]);
    expect(select('Connected gateway').value).toBe('gw-hub');
    await user.selectOptions(select('Connected gateway'), 'Not connected');
    expect(site().gatewayId).toBeUndefined();
    expect(screen.getByText(/Not exported until it connects to a gateway/)).toBeTruthy();
    await user.selectOptions(select('Connected gateway'), 'vnet-er / ergw-er (ExpressRoute ErGw1AZ)');
    expect(site().gatewayId).toBe('gw-er');
    expect(steps()).toBe(2);
    undo();
    expect(site().gatewayId).toBeUndefined();
    expect(select('Connected gateway').value).toBe('');
  });

  it('shows a gateway id the design lacks as missing, not as another gateway', () => {
    const d = designWithEr();
    d.onPremises[0]!.gatewayId = 'gw-gone';
    setup(d);
    expect(select('Connected gateway').value).toBe('gw-gone');
    expect(optionLabels('Connected gateway')).toContain('Missing gateway (gw-gone)');
  });

  it('connection type follows the gateway unless set, and says when it cannot work with that gateway', async () => {
    const { site, user } = setup();
    expect(optionLabels('Connection type')[0]).toBe('As the gateway: Site-to-site VPN (IPsec)');
    expect(field('Device public IP')).toBeTruthy();
    await user.selectOptions(select('Connection type'), 'ExpressRoute');
    expect(site().connectionType).toBe('ExpressRoute');
    expect(screen.getByRole('alert').textContent).toBe('An ExpressRoute connection starts from an ExpressRoute gateway; vgw-hub is a VPN gateway.');
    expect(select('Connection type').getAttribute('aria-invalid')).toBe('true');
    // ExpressRoute: the circuit, not a VPN device
    expect(screen.queryByLabelText('Device public IP')).toBeNull();
    expect(field('ExpressRoute circuit ID')).toBeTruthy();
    await user.selectOptions(select('Connected gateway'), 'vnet-er / ergw-er (ExpressRoute ErGw1AZ)');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(select('Connection type'), 'Site-to-site VPN (IPsec)');
    expect(screen.getByRole('alert').textContent).toBe('A site-to-site VPN starts from a VPN gateway; ergw-er is an ExpressRoute gateway.');
    await user.selectOptions(select('Connection type'), 'As the gateway: ExpressRoute');
    expect(site().connectionType).toBeUndefined();
  });

  it('ExpressRoute circuit ID: refuses what is not a circuit resource ID, commits one that is', async () => {
    const d = designWithEr();
    d.onPremises[0]!.gatewayId = 'gw-er';
    const { site, steps, user } = setup(d);
    const circuit = field('ExpressRoute circuit ID');
    await user.type(circuit, 'er-ams');
    expect(screen.getByRole('alert').textContent).toMatch(/^A circuit resource ID/);
    expect(site().expressRouteCircuitId).toBeUndefined();
    const id = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-ams';
    await user.clear(circuit);
    await user.click(circuit);
    await user.paste(id);
    await user.keyboard('{Enter}');
    expect(site().expressRouteCircuitId).toBe(id);
    expect(steps()).toBe(1);
  });
});

describe('on-premises inspector: VPN device', () => {
  it('device public IP: refuses a bad address with a message, commits a good one as one undo step', async () => {
    const { site, steps, undo, user } = setup();
    const ip = field('Device public IP');
    await user.type(ip, '203.0.113.300');
    expect(screen.getByRole('alert').textContent).toBe('Enter an IPv4 address like 203.0.113.10.');
    expect(ip.getAttribute('aria-invalid')).toBe('true');
    await user.clear(ip);
    await user.type(ip, '127.0.0.1');
    expect(screen.getByRole('alert').textContent).toBe("127.0.0.1 cannot be a VPN device's address.");
    await user.clear(ip);
    await user.type(ip, '203.0.113.10{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(site().gatewayIpAddress).toBe('203.0.113.10');
    expect(steps()).toBe(1);
    undo();
    expect(site().gatewayIpAddress).toBeUndefined();
    expect(ip.value).toBe('');
  });

  it('commits on Enter or leaving the field: an address typed on its way to an invalid one never lands', async () => {
    const { site, user } = setup();
    const ip = field('Device public IP');
    await user.type(ip, '203.0.113.25');
    expect(site().gatewayIpAddress).toBeUndefined();
    await user.type(ip, '6');
    expect(screen.getByRole('alert').textContent).toBe('Enter an IPv4 address like 203.0.113.10.');
    await user.tab();
    expect(site().gatewayIpAddress).toBeUndefined();
    expect(ip.value).toBe('');
    await user.type(ip, '203.0.113.25');
    await user.tab();
    expect(site().gatewayIpAddress).toBe('203.0.113.25');
  });

  it('says a private device address works only over ExpressRoute private peering', async () => {
    const { user } = setup();
    await user.type(field('Device public IP'), '10.20.30.40{Enter}');
    expect(screen.getByText(/A private address: reachable only over ExpressRoute private peering/)).toBeTruthy();
  });

  it('the endpoint is an IP or an FQDN: switching drops the other in one undo step', async () => {
    const d = designWithEr();
    d.onPremises[0]!.gatewayIpAddress = '203.0.113.10';
    const { site, steps, undo, user } = setup(d);
    expect(select('VPN device endpoint').value).toBe('ip');
    await user.selectOptions(select('VPN device endpoint'), 'FQDN (DNS name)');
    expect(site().gatewayIpAddress).toBeUndefined();
    expect(steps()).toBe(1);
    const fqdn = field('Device FQDN');
    await user.type(fqdn, 'vpn');
    expect(screen.getByRole('alert').textContent).toBe('Enter a DNS name like vpn.example.com.');
    expect(site().fqdn).toBeUndefined();
    await user.type(fqdn, '.branch.example.com{Enter}');
    expect(site().fqdn).toBe('vpn.branch.example.com');
    expect(steps()).toBe(2);
    undo();
    undo();
    expect(site().gatewayIpAddress).toBe('203.0.113.10');
    expect(select('VPN device endpoint').value).toBe('ip');
  });

  it('says the shared key is never stored: exports ask for it as a secure parameter', () => {
    setup();
    expect(screen.getByText(/shared key is never stored in the design or in share links/).textContent).toMatch(/secure parameter/);
  });
});

describe('on-premises inspector: BGP', () => {
  it('stores ASN and peer address together once both are valid, with the FAQ\'s rules inline', async () => {
    const d = designWithEr();
    d.onPremises[0]!.gatewayIpAddress = '203.0.113.10';
    d.vnets[0]!.gateways[0]!.asn = 65020;
    const { site, steps, undo, user } = setup(d);
    expect(screen.queryByLabelText('Device BGP ASN')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'BGP with this device' }));
    expect(site().bgp).toBeUndefined();
    const asn = field('Device BGP ASN');
    const peer = field('Device BGP peer address');
    expect(screen.getByText('The gateway uses ASN 65020; the device needs another.')).toBeTruthy();

    await user.type(asn, '65515');
    expect(screen.getByRole('alert').textContent).toBe('ASN 65515 is reserved by Azure (8074, 8075, 12076, 65515, 65517-65520).');
    await user.clear(asn);
    await user.type(asn, '64500');
    expect(screen.getByRole('alert').textContent).toMatch(/reserved by IANA/);
    await user.clear(asn);
    await user.type(asn, '65020');
    expect(screen.getByRole('alert').textContent).toBe('The gateway uses ASN 65020: the device needs a different one.');
    await user.clear(asn);
    await user.type(asn, '99999999999');
    expect(screen.getByRole('alert').textContent).toBe('A whole number between 1 and 4294967295.');
    await user.clear(asn);
    await user.type(asn, '65010{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(site().bgp).toBeUndefined();
    expect(screen.getByText('Saved once both the ASN and the peer address are set.')).toBeTruthy();

    await user.type(peer, '203.0.113.10');
    expect(screen.getByRole('alert').textContent).toMatch(/another address than the device's public IP/);
    await user.clear(peer);
    await user.type(peer, '10.0.0.9');
    expect(screen.getByRole('alert').textContent).toBe("10.0.0.9 is inside the gateway's VNet (10.0.0.0/22): use an on-premises address.");
    await user.clear(peer);
    await user.type(peer, '192.168.255.254{Enter}');
    expect(site().bgp).toEqual({ asn: 65010, peeringAddress: '192.168.255.254' });
    expect(screen.queryByText('Saved once both the ASN and the peer address are set.')).toBeNull();
    const withBgp = steps();
    expect(withBgp).toBeLessThanOrEqual(2);

    await user.click(screen.getByRole('checkbox', { name: 'BGP with this device' }));
    expect(site().bgp).toBeUndefined();
    expect(screen.queryByLabelText('Device BGP ASN')).toBeNull();
    expect(steps()).toBe(withBgp + 1);
    undo();
    expect(site().bgp).toEqual({ asn: 65010, peeringAddress: '192.168.255.254' });
    expect((screen.getByRole('checkbox', { name: 'BGP with this device' }) as HTMLInputElement).checked).toBe(true);
    expect(field('Device BGP ASN').value).toBe('65010');
  });

  it('clearing half of a stored pair removes BGP from the design and keeps the other half in the panel', async () => {
    const d = designWithEr();
    d.onPremises[0]!.bgp = { asn: 65010, peeringAddress: '192.168.255.254' };
    const { site, user } = setup(d);
    await user.clear(field('Device BGP ASN'));
    await user.keyboard('{Enter}');
    expect(site().bgp).toBeUndefined();
    expect(field('Device BGP peer address').value).toBe('192.168.255.254');
    await user.type(field('Device BGP ASN'), '65011{Enter}');
    expect(site().bgp).toEqual({ asn: 65011, peeringAddress: '192.168.255.254' });
  });

  it('says when the gateway is Basic (no BGP) and how to set up an APIPA peer', async () => {
    const d = designWithEr();
    d.vnets[0]!.gateways[0]!.sku = 'Basic';
    const { user } = setup(d);
    await user.click(screen.getByRole('checkbox', { name: 'BGP with this device' }));
    expect(screen.getByText('A Basic VPN gateway does not support BGP: choose another SKU for vgw-hub.')).toBeTruthy();
    await user.type(field('Device BGP peer address'), '169.254.21.1{Enter}');
    expect(screen.getByText(/An APIPA address: give the gateway an Azure APIPA BGP address/)).toBeTruthy();
  });

  it('with BGP the address ranges may be empty (the FAQ says to leave them empty); without, one is required', async () => {
    const d = designWithEr();
    const { site, user } = setup(d);
    const ranges = field('Address ranges');
    await user.clear(ranges);
    expect(screen.getByRole('alert').textContent).toBe('At least one range.');
    expect(site().addressRanges).toEqual(['192.168.0.0/16']);
    await user.type(ranges, '192.168.0.0/16');
    await user.click(screen.getByRole('checkbox', { name: 'BGP with this device' }));
    await user.type(field('Device BGP ASN'), '65010{Enter}');
    await user.type(field('Device BGP peer address'), '192.168.255.254{Enter}');
    await user.clear(ranges);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(site().addressRanges).toEqual([]);
    expect(screen.getByText(/with BGP they may stay empty/)).toBeTruthy();
  });
});
