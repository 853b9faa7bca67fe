import { describe, expect, it } from 'vitest';
import { applyFix } from '../../applyFix';
import { design, subnet, vnet } from '../../../../test/builders';
import { gatewayPlacement } from '../gatewayPlacement';
import { bastionSku } from './bastionSku';

const withBastion = (sku: string) => vnet('hub', ['10.0.0.0/16'], { bastions: [{ id: 'bas', name: 'bas-hub', sku }], subnets: [subnet('AzureBastionSubnet', '10.0.0.0/26')] });

describe('DEPLOY_BASTION_SKU', () => {
  it("fires for a SKU outside Azure's four, with a fix to Standard or to the Azure spelling", () => {
    const gold = design([withBastion('Gold')]);
    const [f] = bastionSku(gold);
    expect(f?.message).toBe("Bastion 'bas-hub' in VNet 'hub' has the SKU 'Gold': Azure accepts only Basic, Standard, Premium, Developer.");
    expect(f?.fixes?.[0]?.title).toBe("Use the Standard SKU for Bastion 'bas-hub'");
    expect(bastionSku(applyFix(gold, f!.fixes![0]!))).toEqual([]);
    expect(bastionSku(design([withBastion('premium')]))[0]?.fixes?.[0]?.title).toBe("Use the Premium SKU for Bastion 'bas-hub'");
  });

  it('does not fire for Basic, Standard, Premium and Developer', () => {
    for (const sku of ['Basic', 'Standard', 'Premium', 'Developer']) expect(bastionSku(design([withBastion(sku)])), sku).toEqual([]);
  });

  it('a Developer Bastion needs no AzureBastionSubnet (GW_SUBNET_MISSING stays quiet), the others do', () => {
    const dev = design([vnet('hub', ['10.0.0.0/16'], { bastions: [{ id: 'bas', name: 'bas-hub', sku: 'Developer' }] })]);
    expect(gatewayPlacement(dev)).toEqual([]);
    const std = design([vnet('hub', ['10.0.0.0/16'], { bastions: [{ id: 'bas', name: 'bas-hub', sku: 'Standard' }] })]);
    expect(gatewayPlacement(std).map((f) => f.code)).toEqual(['GW_SUBNET_MISSING']);
  });
});
