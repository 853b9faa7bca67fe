/**
 * DEPLOY_BASTION_SKU: a Bastion whose SKU is not one of Azure's: Basic, Standard, Premium, Developer (REST enum
 * BastionHostSkuName, Microsoft.Network 2025-07-01; New-AzBastion's `-Sku` ValidateSet;
 * https://learn.microsoft.com/azure/bastion/configuration-settings#skus). Azure and the PowerShell cmdlet refuse
 * anything else (issue 11, defect 7). A SKU that differs only in case is reported too: the cmdlet's
 * ValidateSet ignores case, but ARM/Bicep/Terraform write the value as typed. Fix: the Azure spelling, or
 * Standard (what the designer creates by default).
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { BASTION_SKUS, shown } from './azureFacts';
import { capPerCode } from './cap';

export function bastionSku(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder) continue;
    for (const b of v.bastions) {
      if ((BASTION_SKUS as readonly string[]).includes(b.sku)) continue;
      const sku = BASTION_SKUS.find((s) => s.toLowerCase() === b.sku.trim().toLowerCase()) ?? 'Standard';
      const bastions = v.bastions.map((x) => (x.id === b.id ? { ...x, sku } : x));
      out.push(finding('DEPLOY_BASTION_SKU', `Bastion ${shown(b.name)} in VNet ${shown(v.name)} has the SKU ${shown(b.sku, 40)}: Azure accepts only ${BASTION_SKUS.join(', ')}.`, {
        vnets: [v.id], details: { vnet: v.name, bastion: b.name, sku: b.sku.slice(0, 100) },
        fixes: [{ title: `Use the ${sku} SKU for Bastion '${b.name}'`, ops: [{ op: 'updateVnet', vnetId: v.id, patch: { bastions } }] }],
      }));
    }
  }
  return withUsableFixes(design, capPerCode(out));
}
