import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import { createDesignerStore } from '../../store/createDesignerStore';
import { findingsOf } from '../../store/derived';
import { StoreProvider } from '../StoreProvider';
import { FindingsPanel } from './FindingsPanel';

describe('findings panel', () => {
  it('lists the sample transit gap live and applies a quick fix as one undo step', async () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    render(<StoreProvider store={store}><FindingsPanel /></StoreProvider>);
    const user = userEvent.setup();
    const panel = screen.getByRole('region', { name: 'Findings' });
    expect(within(panel).getByText('TRANSIT_GAP')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: /^Route the pair through 'afw-hub'/ }));
    expect(findingsOf(store.getState().design).some((f) => f.code === 'TRANSIT_GAP')).toBe(false);
    expect(within(panel).queryByText('TRANSIT_GAP')).toBeNull();
    expect(store.getState().history.past).toHaveLength(1);
    act(() => store.getState().actions.undo());
    expect(within(panel).getByText('TRANSIT_GAP')).toBeTruthy();
  });

  it('selects the VNets a finding names when it is clicked', async () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    render(<StoreProvider store={store}><FindingsPanel /></StoreProvider>);
    await userEvent.setup().click(screen.getByRole('button', { name: /Spokes cannot reach each other/ }));
    expect([...store.getState().selection.nodes].sort()).toEqual(['vnet-hub', 'vnet-spoke-a', 'vnet-spoke-b']);
  });
});
