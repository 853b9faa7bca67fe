import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import type { Design, Gateway } from '../../model/schema';
import { createDesignerStore } from '../../store/createDesignerStore';
import { StoreProvider } from '../StoreProvider';
import { VnetInspector } from './VnetInspector';

/** The sample hub's gateway editor (VPN, VpnGw1AZ), the clock standing still so typing in one field merges. */
function setup(edit?: (d: Design) => void) {
  const design = sampleDesign();
  edit?.(design);
  const store = createDesignerStore({ design, storage: null, now: () => 0 });
  render(<StoreProvider store={store}><VnetInspector vnetId="vnet-hub" /></StoreProvider>);
  const gateway = (): Gateway | undefined => store.getState().design.vnets[0]?.gateways[0];
  const steps = () => store.getState().history.past.length;
  return { store, gateway, steps, user: userEvent.setup() };
}

const activeActive = () => screen.getByRole('checkbox', { name: 'Active-active' }) as HTMLInputElement;
const sku = () => screen.getByRole('combobox', { name: 'Gateway SKU' }) as HTMLSelectElement;

describe('gateway editor', () => {
  it('toggles active-active, one undo step per toggle', async () => {
    const { store, gateway, steps, user } = setup();
    expect(activeActive().checked).toBe(false);
    expect(screen.getByText(/each with its own public IP \(the export creates two\)/)).toBeTruthy();
    await user.click(activeActive());
    expect(gateway()?.activeActive).toBe(true);
    await user.click(activeActive());
    await user.click(activeActive());
    expect(gateway()?.activeActive).toBe(true);
    expect(steps()).toBe(3);
    act(() => store.getState().actions.undo());
    expect(gateway()?.activeActive).toBe(false);
    expect(activeActive().checked).toBe(false);
  });

  it('a Basic SKU cannot be active-active: choosing it turns active-active off and disables the toggle', async () => {
    const { gateway, user } = setup((d) => { d.vnets[0]!.gateways[0]!.activeActive = true; });
    expect(activeActive().checked).toBe(true);
    await user.selectOptions(sku(), 'Basic');
    expect(gateway()).toMatchObject({ sku: 'Basic', activeActive: false });
    expect(activeActive().disabled).toBe(true);
    expect(screen.getByText('The Basic SKU cannot be active-active.')).toBeTruthy();
    expect(screen.getByText('The Basic SKU has no BGP: an ASN here is not used.')).toBeTruthy();
  });

  it('notes zones for AZ SKUs and none for regional ones', async () => {
    const { gateway, user } = setup();
    expect(screen.getByText(/Zone-redundant SKU: the export gives its Standard public IPs zones 1, 2 and 3/)).toBeTruthy();
    await user.selectOptions(sku(), 'VpnGw2');
    expect(gateway()?.sku).toBe('VpnGw2');
    expect(screen.queryByText(/Zone-redundant SKU/)).toBeNull();
    expect(screen.getByText('Regional SKU: its public IPs get no zones.')).toBeTruthy();
  });

  it('with a Route Server, asks for active-active and ASN 65515', async () => {
    const { user } = setup((d) => { d.vnets[0]!.routeServers = [{ id: 'rs', name: 'rs-hub' }]; });
    expect(screen.getByText('This VNet has a Route Server: it needs an active-active VPN gateway.')).toBeTruthy();
    const asn = screen.getByLabelText('Gateway BGP ASN');
    await user.type(asn, '65020{Enter}');
    expect(screen.getByText("This VNet has a Route Server: the VPN gateway's ASN must be 65515.")).toBeTruthy();
    await user.clear(asn);
    await user.type(asn, '65515{Enter}');
    expect(screen.queryByText(/ASN must be 65515/)).toBeNull();
  });

  it('gateway ASN: refuses reserved ones inline, commits a good one as one step, empty means the default', async () => {
    const { gateway, steps, user } = setup();
    const asn = screen.getByLabelText('Gateway BGP ASN') as HTMLInputElement;
    await user.type(asn, '65518');
    expect(screen.getByRole('alert').textContent).toBe('ASN 65518 is reserved by Azure (8074, 8075, 12076, 65515, 65517-65520).');
    expect(gateway()?.asn).toBeUndefined();
    await user.clear(asn);
    await user.type(asn, '65020{Enter}');
    expect(gateway()?.asn).toBe(65020);
    expect(steps()).toBe(1);
    await user.clear(asn);
    await user.keyboard('{Enter}');
    expect(gateway()?.asn).toBeUndefined();
    expect(steps()).toBe(1); // edits of one field, close together, merge into one step
  });

  it('an ExpressRoute gateway has no active-active toggle nor ASN', async () => {
    const { gateway, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virtual network gateway' }), 'ExpressRoute gateway');
    expect(gateway()).toMatchObject({ gatewayType: 'ExpressRoute', sku: 'ErGw1AZ', activeActive: false });
    expect(screen.queryByRole('checkbox', { name: 'Active-active' })).toBeNull();
    expect(screen.queryByLabelText('Gateway BGP ASN')).toBeNull();
    expect(screen.getByText(/Zone-redundant SKU/)).toBeTruthy();
  });
});
