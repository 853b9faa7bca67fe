import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import { createDesignerStore } from '../../store/createDesignerStore';
import { StoreProvider } from '../StoreProvider';
import ReachDialog from './ReachDialog';

describe('reachability view', () => {
  it('shows the matrix and explains a broken cell hop by hop, naming the break', async () => {
    const store = createDesignerStore({ design: sampleDesign(), storage: null });
    render(<StoreProvider store={store}><ReachDialog onClose={() => {}} /></StoreProvider>);
    const dialog = screen.getByRole('dialog', { name: 'Reachability' });
    expect(within(dialog).getByRole('button', { name: 'vnet-spoke-a reaches vnet-hub' })).toBeTruthy();
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'vnet-spoke-a cannot reach vnet-spoke-b' }));
    const path = within(dialog).getByRole('region', { name: 'Path from vnet-spoke-a to vnet-spoke-b' });
    expect(within(path).getByText(/not reachable/)).toBeTruthy();
    expect(within(path).getByRole('note').textContent).toMatch(/^Breaks here: /);
  });
});
