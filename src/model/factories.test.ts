import { describe, expect, it } from 'vitest';
import { makeLink, makeSubnet, makeVnet } from './factories';
import { PeeringLinkSchema, SubnetSchema, VNetSchema } from './schema';

const vnetFields = { id: 'a', name: 'vnet-a', subscriptionId: 's', resourceGroup: 'rg', location: 'westeurope' };
const linkFields = { id: 'l', name: 'a-to-b', from: 'a', to: 'b' };
const subnetFields = { id: 's1', name: 'snet-app' };

describe('model factories', () => {
  // JSON text compares key order too: saved files must not depend on which factory built the object
  it('fill the same defaults, in the same key order, as the schema does', () => {
    expect(JSON.stringify(makeVnet(vnetFields))).toBe(JSON.stringify(VNetSchema.parse(vnetFields)));
    expect(JSON.stringify(makeLink(linkFields))).toBe(JSON.stringify(PeeringLinkSchema.parse(linkFields)));
    expect(JSON.stringify(makeSubnet(subnetFields))).toBe(JSON.stringify(SubnetSchema.parse(subnetFields)));
  });

  it('keep given fields over defaults and append optional ones', () => {
    const v = makeVnet({ ...vnetFields, addressPrefixes: ['10.0.0.0/16'], isPlaceholder: true, resourceId: '/x' });
    expect(v.addressPrefixes).toEqual(['10.0.0.0/16']);
    expect(v.isPlaceholder).toBe(true);
    expect(Object.keys(v).slice(-2)).toEqual(['isPlaceholder', 'resourceId']);
    expect(makeLink({ ...linkFields, useRemoteGateways: true }).useRemoteGateways).toBe(true);
    expect(makeSubnet({ ...subnetFields, addressPrefixes: ['10.0.1.0/24'] }).addressPrefixes).toEqual(['10.0.1.0/24']);
  });

  it('return fresh arrays on every call', () => {
    const a = makeVnet(vnetFields);
    a.subnets.push(makeSubnet(subnetFields));
    a.addressPrefixes.push('10.0.0.0/16');
    const b = makeVnet(vnetFields);
    expect(b.subnets).toEqual([]);
    expect(b.addressPrefixes).toEqual([]);
  });
});
