import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { sampleDesign } from '../../model/sample';
import { createDesignerStore } from '../../store/createDesignerStore';
import type { NextFreeTarget } from '../../plan/nextFree';
import { StoreProvider } from '../StoreProvider';
import { NextFreeButton } from './NextFreeButton';

function Field({ target, initial }: { target: NextFreeTarget; initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <input aria-label="Prefix" value={value} onChange={(e) => setValue(e.target.value)} />
      <NextFreeButton target={target} typed={value} defaultLength={24} onPick={setValue} />
    </>
  );
}

function renderField(target: NextFreeTarget, initial: string) {
  const store = createDesignerStore();
  store.getState().actions.replaceDesign(sampleDesign());
  render(<StoreProvider store={store}><Field target={target} initial={initial} /></StoreProvider>);
}

describe('NextFreeButton', () => {
  it('reads /N from the field and fills in the next free block of the VNet', async () => {
    renderField({ kind: 'subnet', vnetId: 'vnet-hub' }, '/26');
    await userEvent.click(screen.getByRole('button', { name: 'Next free /26' }));
    expect(screen.getByLabelText('Prefix')).toHaveProperty('value', '10.0.0.64/26');
  });

  it('for a VNet prefix avoids every VNet and on-premises range', async () => {
    renderField({ kind: 'vnet' }, '');
    await userEvent.click(screen.getByRole('button', { name: 'Next free /24' }));
    expect(screen.getByLabelText('Prefix')).toHaveProperty('value', '10.0.4.0/24');
  });

  it('says why when nothing is free', async () => {
    renderField({ kind: 'subnet', vnetId: 'vnet-hub' }, '/21');
    await userEvent.click(screen.getByRole('button', { name: 'Next free /21' }));
    expect(screen.getByRole('alert').textContent).toBe('No free /21 left in vnet-hub (10.0.0.0/22).');
  });
});
