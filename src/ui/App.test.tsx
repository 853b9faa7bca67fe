import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import { createDesignerStore } from '../store/createDesignerStore';
import { App } from './App';

const setup = () => {
  const store = createDesignerStore({ design: sampleDesign(), storage: null });
  render(<App store={store} />);
  return { store, user: userEvent.setup() };
};

describe('designer shell', () => {
  it('has the labelled toolbar buttons and the Findings region', () => {
    setup();
    for (const name of ['Add VNet', 'Undo', 'Redo', 'Export', 'Share', 'Auto layout']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('region', { name: 'Findings' })).toBeTruthy();
  });

  it('adds a VNet from the toolbar, selects it and undoes it', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add VNet' }));
    expect(store.getState().design.vnets).toHaveLength(4);
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect((within(inspector).getByLabelText('Name') as HTMLInputElement).value).toBe('vnet-1');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().design.vnets).toHaveLength(3);
  });

  it('validates the name as you type and never commits an invalid one', async () => {
    const { store, user } = setup();
    act(() => store.getState().actions.select({ nodes: ['vnet-spoke-a'] }));
    const name = within(screen.getByRole('complementary', { name: 'Inspector' })).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'spoke a!');
    expect(screen.getByRole('alert').textContent).toMatch(/Letters, digits/);
    expect(store.getState().design.vnets[1]?.name).toBe('spoke');
    await user.clear(name);
    await user.type(name, 'vnet-app');
    expect(store.getState().design.vnets[1]?.name).toBe('vnet-app');
    expect(store.getState().history.past.length).toBeLessThanOrEqual(2);
  });

  it('refuses a prefix with host bits and names the fix', async () => {
    const { store, user } = setup();
    act(() => store.getState().actions.select({ nodes: ['vnet-spoke-a'] }));
    const prefix = screen.getByLabelText('Address prefix 1');
    await user.clear(prefix);
    await user.type(prefix, '10.1.1.0/16');
    expect(screen.getByRole('alert').textContent).toBe('Host bits are set: did you mean 10.1.0.0/16?');
    expect(store.getState().design.vnets[1]?.addressPrefixes).toEqual(['10.1.0.0/16']);
  });

  it('shows both directions of a selected peering with their flags', () => {
    const { store } = setup();
    act(() => store.getState().actions.select({ edges: ['peer-vnet-hub--vnet-spoke-a'] }));
    const hubSide = screen.getByRole('group', { name: 'vnet-hub → vnet-spoke-a' });
    expect((within(hubSide).getByLabelText('Allow gateway transit') as HTMLInputElement).checked).toBe(true);
    const spokeSide = screen.getByRole('group', { name: 'vnet-spoke-a → vnet-hub' });
    expect((within(spokeSide).getByLabelText('Use remote gateways') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/vnet-hub is the hub/)).toBeTruthy();
  });
});
