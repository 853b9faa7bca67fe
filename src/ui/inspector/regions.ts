/** Azure region names (the `location` values) offered as suggestions; any lowercase name is accepted. */
export const REGIONS = [
  'westeurope', 'northeurope', 'uksouth', 'ukwest', 'francecentral', 'germanywestcentral', 'swedencentral',
  'switzerlandnorth', 'norwayeast', 'polandcentral', 'italynorth', 'spaincentral', 'eastus', 'eastus2',
  'centralus', 'northcentralus', 'southcentralus', 'westus', 'westus2', 'westus3', 'westcentralus',
  'canadacentral', 'canadaeast', 'brazilsouth', 'southafricanorth', 'uaenorth', 'qatarcentral', 'israelcentral',
  'centralindia', 'southindia', 'eastasia', 'southeastasia', 'japaneast', 'japanwest', 'koreacentral',
  'australiaeast', 'australiasoutheast', 'newzealandnorth',
];

export const region = (text: string): string | undefined =>
  /^[a-z0-9]+$/.test(text) ? undefined : 'A region name like westeurope (lowercase letters and digits).';
