import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Budget } from './budget';
import type { EvalContext } from './context';
import { evaluateTemplateString } from './expressions';
import { uniqueString } from './functions';
import { parseExpression } from './parser';

function ctx(params: Record<string, unknown> = {}, vars: Record<string, unknown> = {}, loops: number[] = []): EvalContext {
  return {
    budget: new Budget(),
    parameter: (n) => {
      if (!(n in params)) throw new Error(`no ${n}`);
      return params[n];
    },
    variable: (n) => vars[n],
    copyIndex: () => loops[loops.length - 1] ?? 0,
    scope: { subscriptionId: 'sub-1', resourceGroup: 'rg-1', location: 'northeurope', tenantId: 't-1' },
  };
}

const ev = (s: string, c: EvalContext = ctx()) => evaluateTemplateString(s, c);
const value = (s: string, c: EvalContext = ctx()) => {
  const r = ev(s, c);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
};

describe('ARM expressions', () => {
  it('keeps literals and unescapes [[', () => {
    expect(value('10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(value('[[not an expression]')).toBe('[not an expression]');
    expect(value("[concat('a', 'b''c')]")).toBe("ab'c");
  });

  it('reads parameters, variables, properties and indexes (case-insensitively for properties)', () => {
    const c = ctx({ name: 'hub' }, { cfg: { Prefixes: ['10.0.0.0/24', '10.0.1.0/24'] } });
    expect(value("[parameters('name')]", c)).toBe('hub');
    expect(value("[variables('cfg').prefixes[1]]", c)).toBe('10.0.1.0/24');
    expect(value("[variables('cfg')['Prefixes'][0]]", c)).toBe('10.0.0.0/24');
  });

  it('builds resource ids in the 2-, 3-, 4- and 5-argument forms', () => {
    expect(value("[resourceId('Microsoft.Network/virtualNetworks', 'hub')]")).toBe(
      '/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Network/virtualNetworks/hub',
    );
    expect(value("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]")).toBe(
      '/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet',
    );
    expect(value("[resourceId('rg-2', 'Microsoft.Network/virtualNetworks', 'spoke')]")).toBe(
      '/subscriptions/sub-1/resourceGroups/rg-2/providers/Microsoft.Network/virtualNetworks/spoke',
    );
    expect(value("[resourceId('sub-9', 'rg-2', 'Microsoft.Network/virtualNetworks', 'spoke')]")).toBe(
      '/subscriptions/sub-9/resourceGroups/rg-2/providers/Microsoft.Network/virtualNetworks/spoke',
    );
    expect(value("[resourceId('sub-9', 'rg-2', 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', 'spoke', 'to-hub')]")).toBe(
      '/subscriptions/sub-9/resourceGroups/rg-2/providers/Microsoft.Network/virtualNetworks/spoke/virtualNetworkPeerings/to-hub',
    );
    // a trailing slash on the type, as some published templates write it
    expect(value("[resourceId('Microsoft.Network/virtualNetworks/', 'hub')]")).toMatch(/virtualNetworks\/hub$/);
    expect(ev("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub')]").ok).toBe(false);
  });

  it('evaluates scope functions, format, string functions and nested calls', () => {
    expect(value('[resourceGroup().location]')).toBe('northeurope');
    expect(value('[resourceGroup().name]')).toBe('rg-1');
    expect(value('[subscription().subscriptionId]')).toBe('sub-1');
    expect(value("[format('{0}/{1}-{2:D3}', 'hub', 'peer', 7)]")).toBe('hub/peer-007');
    expect(value("[toLower(concat('VNET-', string(add(copyIndex(), 1))))]", ctx({}, {}, [4]))).toBe('vnet-5');
    expect(value("[concat(createArray('a'), createArray('b', 'c'))]")).toEqual(['a', 'b', 'c']);
    expect(value("[cidrSubnet('10.0.0.0/16', 24, 3)]")).toBe('10.0.3.0/24');
    expect(value("[if(equals(parameters('env'), 'prod'), 'big', 'small')]", ctx({ env: 'prod' }))).toBe('big');
  });

  it('evaluates only the branch if() takes', () => {
    expect(value("[if(true(), 'ok', reference('x').y)]")).toBe('ok');
    expect(ev("[if(false(), 'ok', reference('x').y)]").ok).toBe(false);
  });

  it('gives uniqueString a deterministic 13-character value', () => {
    const a = uniqueString(['/subscriptions/1/resourceGroups/rg']);
    expect(a).toMatch(/^[a-z2-7]{13}$/);
    expect(uniqueString(['/subscriptions/1/resourceGroups/rg'])).toBe(a);
    expect(uniqueString(['/subscriptions/1/resourceGroups/rg2'])).not.toBe(a);
    expect(value('[uniqueString(resourceGroup().id)]')).toBe(uniqueString(['/subscriptions/sub-1/resourceGroups/rg-1']));
  });

  it('reports what cannot be evaluated instead of throwing', () => {
    const r = ev("[reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).ipAddress]");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/reference\(\)/);
    expect(ev("[frobnicate('x')]").ok).toBe(false);
    expect(ev("[concat('a']").ok).toBe(false);
    // not ending in ] makes it a literal, as in ARM
    expect(value("[concat('a'")).toBe("[concat('a'");
    expect(ev("[parameters('missing')]").ok).toBe(false);
    expect(ev("[variables('cfg').nope]", ctx({}, { cfg: {} })).ok).toBe(false);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `[${'concat('.repeat(5000)}'x'${')'.repeat(5000)}]`;
    expect(ev(deep).ok).toBe(false);
  });

  it('never throws on arbitrary expression text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = ev(`[${s}]`);
        expect(typeof r.ok).toBe('boolean');
        expect(typeof parseExpression(s).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
