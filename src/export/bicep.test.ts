/**
 * A Bicep module compiles to a nested deployment, so ARM's limit of 800 resources per template applies
 * to every module (reference 5.8). A 1,000-spoke hub has ~2,000 resources in its network stage and 1,000
 * route tables and links in other stages: those stages become several modules that wait for each other.
 */
import { describe, expect, it } from 'vitest';
import { hubWithSpokes } from '../../test/generators';
import { field, parseBicep, type BicepStatement } from '../../test/schema-checks/bicepParse';
import { MAX_MODULE_RESOURCES } from './bicepResources';
import { toBicep, toBicepFiles } from './bicep';
import { subnet } from '../../test/builders';

const PEERING = 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@';

describe('Bicep: stages bigger than the template limit', () => {
  const design = hubWithSpokes(1000, { viaFirewall: true });
  // one spoke far down the list has a subnet with an NSG, which the network stage creates first
  const late = design.vnets.find((v) => v.name === 'spoke-990');
  if (late) late.subnets.push(subnet('snet-db', '10.4.221.64/26', { networkSecurityGroup: 'nsg-db' }));
  const files = toBicepFiles(design).files;
  const parsed = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, parseBicep(text)]));
  const deployed = (statements: BicepStatement[]) => statements.filter((s) => s.keyword === 'resource' && !s.existing);
  const modules = (parsed['main.bicep'] ?? []).filter((s) => s.keyword === 'module');

  it('keeps every module at or under 800 deployed resources, and splits the big stages', () => {
    for (const [name, statements] of Object.entries(parsed)) expect(deployed(statements).length, name).toBeLessThanOrEqual(MAX_MODULE_RESOURCES);
    const network = Object.keys(files).filter((f) => f.startsWith('modules/network-'));
    expect(network.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(files).filter((f) => f.startsWith('modules/routing-')).length).toBe(2);
    expect(Object.keys(files).filter((f) => f.startsWith('modules/peering-')).length).toBe(2);
    expect(Object.keys(files).filter((f) => f.startsWith('modules/remote-gateways-')).length).toBe(2);
  });

  it('deploys every VNet, subnet, route table and link exactly once', () => {
    const all = Object.values(parsed).flatMap(deployed);
    const count = (prefix: string) => all.filter((s) => s.type?.startsWith(prefix)).length;
    expect(count('Microsoft.Network/virtualNetworks@')).toBe(1001);
    expect(count('Microsoft.Network/virtualNetworks/subnets@')).toBe(1004);
    expect(count('Microsoft.Network/routeTables@')).toBe(1000);
    expect(count(PEERING)).toBe(2000);
    const linkNames = all.filter((s) => s.type?.startsWith(PEERING)).map((s) => field(s.value, 'name'));
    expect(new Set(linkNames.map((n) => JSON.stringify(n))).size).toBe(2000);
  });

  it('declares in each part what its resources refer to', () => {
    for (const [name, statements] of Object.entries(parsed)) {
      const declared = new Set(statements.filter((s) => s.keyword === 'resource' || s.keyword === 'param').map((s) => s.name));
      // every `parent:` and every `dependsOn` entry names a symbol of the same file
      for (const s of statements.filter((x) => x.keyword === 'resource')) {
        const parent = field(s.value, 'parent');
        if (parent) expect(parent.kind === 'expr' && declared.has(parent.text), `${name}: ${s.name}`).toBe(true);
        const deps = field(s.value, 'dependsOn');
        for (const d of deps?.kind === 'array' ? deps.items : []) expect(d.kind === 'expr' && declared.has(d.text), `${name}: ${s.name}`).toBe(true);
      }
    }
    // the subnet with the NSG sits in a later part than the NSG: it refers to it by resource id
    const db = Object.values(parsed)
      .flat()
      .find((s) => s.type?.startsWith('Microsoft.Network/virtualNetworks/subnets@') && JSON.stringify(field(s.value, 'name')).includes('snet-db'));
    expect(JSON.stringify(field(field(db?.value, 'properties'), 'networkSecurityGroup'))).toContain("resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-db')");
  });

  it('chains the parts of a stage and makes the later stages wait for every part', () => {
    const deps = (m: BicepStatement) => {
      const d = field(m.value, 'dependsOn');
      return d?.kind === 'array' ? d.items.map((x) => (x.kind === 'expr' ? x.text : '')) : [];
    };
    const network = modules.filter((m) => /^modules\/network-/.test(m.type ?? ''));
    network.slice(1).forEach((m, i) => expect(deps(m)).toContain(network[i]?.name));
    const peering = modules.filter((m) => /^modules\/peering-/.test(m.type ?? ''));
    for (const m of peering) for (const n of network) expect(deps(m)).toContain(n.name);
    const names = modules.map((m) => JSON.stringify(field(m.value, 'name')));
    expect(new Set(names).size).toBe(names.length);
  });

  it('joins the same files into the preview text', () => {
    const text = toBicep(design);
    for (const [name, body] of Object.entries(files)) expect(text).toContain(`// ===== ${name} =====\n${body}`);
  });
});
