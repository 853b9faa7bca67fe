/**
 * Issue 13 item 5: every function from Microsoft's template-functions reference that the importer
 * evaluates, against the examples of https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-*.
 */
import { describe, expect, it } from 'vitest';
import { Budget } from './budget';
import type { EvalContext } from './context';
import { evaluateTemplateString } from './expressions';

const notes: string[] = [];
const ctx: EvalContext = {
  budget: new Budget(),
  parameter: () => undefined,
  variable: (n) => ({ obj: { b: 1, a: 2 }, list: [1, 2, 3, 4], nested: [[1, 2], [3]], people: [{ name: 'x', age: 3 }, { name: 'y', age: 1 }] })[n],
  copyIndex: () => 0,
  scope: { subscriptionId: 'sub-1', resourceGroup: 'rg-1', location: 'northeurope', tenantId: 't-1' },
  note: (t) => notes.push(t),
};
const value = (s: string) => {
  const r = evaluateTemplateString(s, ctx);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
};

describe('ARM functions (item 5)', () => {
  it.each<[string, unknown]>([
    ["[items(variables('obj'))]", [{ key: 'a', value: 2 }, { key: 'b', value: 1 }]],
    ["[flatten(variables('nested'))]", [1, 2, 3]],
    ["[take(variables('list'), 2)]", [1, 2]],
    ["[skip('abcdef', 4)]", 'ef'],
    ["[tryGet(variables('obj'), 'missing')]", null],
    ["[tryGet(variables('people'), 1, 'name')]", 'y'],
    ["[filter(variables('list'), lambda('n', greater(lambdaVariables('n'), 2)))]", [3, 4]],
    ["[map(variables('people'), lambda('p', lambdaVariables('p').name))]", ['x', 'y']],
    ["[reduce(variables('list'), 0, lambda('acc', 'n', add(lambdaVariables('acc'), lambdaVariables('n'))))]", 10],
    ["[sort(variables('people'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age)))]", [{ name: 'y', age: 1 }, { name: 'x', age: 3 }]],
    ["[toObject(variables('people'), lambda('p', lambdaVariables('p').name), lambda('p', lambdaVariables('p').age))]", { x: 3, y: 1 }],
    ["[groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))]", { f: ['foo'], b: ['bar', 'baz'] }],
    ["[mapValues(variables('obj'), lambda('v', mul(lambdaVariables('v'), 10)))]", { b: 10, a: 20 }],
    ["[shallowMerge(createArray(createObject('a', 1, 'n', createObject('x', 1)), createObject('n', createObject('y', 2))))]", { a: 1, n: { y: 2 } }],
    ["[union(createObject('n', createObject('x', 1)), createObject('n', createObject('y', 2)))]", { n: { x: 1, y: 2 } }],
    ["[intersection(createArray(1, 2, 3), createArray(2, 3, 4))]", [2, 3]],
    ["[join(createArray('a', 'b'), ',')]", 'a,b'],
    ["[objectKeys(variables('obj'))]", ['b', 'a']],
    ["[indexOf(createArray('a', 'b'), 'b')]", 1],
    ["[lastIndexOf('abcabc', 'BC')]", 4],
    ["[max(createArray(3, 9, 2))]", 9],
    ["[min(4, 1, 7)]", 1],
    ["[cidrSubnet('10.144.0.0/20', 24, 4)]", '10.144.4.0/24'],
    ["[cidrSubnet('fdad:3236:5555::/48', 52, 3)]", 'fdad:3236:5555:3000::/52'],
    ["[cidrHost('10.144.3.0/24', 0)]", '10.144.3.1'],
    ["[cidrHost('fdad:3236:5555:3000::/52', 4)]", 'fdad:3236:5555:3000::5'],
    ["[parseCidr('10.144.0.0/20')]", { network: '10.144.0.0', netmask: '255.255.240.0', broadcast: '10.144.15.255', firstUsable: '10.144.0.1', lastUsable: '10.144.15.254', cidr: 20 }],
    ["[extensionResourceId(resourceGroup().id, 'Microsoft.Network/virtualNetworks', 'hub')]", '/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Network/virtualNetworks/hub'],
    ["[tenantResourceId('Microsoft.Management/managementGroups', 'mg-1')]", '/providers/Microsoft.Management/managementGroups/mg-1'],
    ["[managementGroupResourceId('mg-1', 'Microsoft.Authorization/policyDefinitions', 'p')]", '/providers/Microsoft.Management/managementGroups/mg-1/providers/Microsoft.Authorization/policyDefinitions/p'],
    ['[deployment().location]', 'northeurope'],
    ["[utcNow('yyyy-MM-dd')]", '2000-01-01'],
    ['[newGuid()]', '00000000-0000-4000-8000-000000000000'],
    ["[dateTimeAdd('2020-04-07 14:53:14Z', 'P3Y')]", '2023-04-07T14:53:14Z'],
    ['[dateTimeFromEpoch(1683040573)]', '2023-05-02T15:16:13Z'],
    ["[base64ToString(base64('one, two'))]", 'one, two'],
    ["[uri('http://contoso.org/firstpath', 'myscript.sh')]", 'http://contoso.org/myscript.sh'],
    ["[uriComponentToString(uriComponent('a b/c'))]", 'a b/c'],
    ["[float('2.5')]", 2.5],
  ])('%s', (expr, expected) => {
    expect(value(expr)).toEqual(expected);
  });

  it('notes the fixed stand-ins of utcNow and newGuid in the report', () => {
    expect(notes.some((n) => n.startsWith('utcNow() was given a fixed stand-in'))).toBe(true);
    expect(notes.some((n) => n.startsWith('newGuid() was given a fixed stand-in'))).toBe(true);
  });

  it.each([
    ["[reference('vnet').addressSpace]", /reference\(\) reads a deployed resource/],
    ["[listKeys('sa', '2023-01-01').keys[0].value]", /listKeys\(\) reads secrets/],
    ["[listConnectionStrings('x', '2023-01-01')]", /listConnectionStrings\(\) reads a deployed resource/],
    ["[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]", /pickZones\(\) depends on the region/],
    ["[lambda('x', lambdaVariables('x'))]", /a lambda can only be given to/],
    ["[lambdaVariables('nope')]", /names no variable of an enclosing lambda/],
    ["[cidrSubnet('10.0.0.0/16', 8, 0)]", /new prefix length from 16 to 32/],
  ])('%s is reported, not guessed', (expr, why) => {
    const r = evaluateTemplateString(expr, ctx);
    expect(!r.ok && r.errors[0]).toMatch(why);
  });
});
