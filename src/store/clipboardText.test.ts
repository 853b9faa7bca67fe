import { describe, expect, it } from 'vitest';
import { applyOps } from '../model/ops';
import { parseDesign } from '../model/parse';
import { sampleDesign } from '../model/sample';
import type { Design } from '../model/schema';
import { copySelection, pasteOps, type Clipboard } from './clipboard';
import { clipboardToText, MAX_CLIPBOARD_TEXT_LENGTH, parseClipboardText } from './clipboardText';

const empty = (over: Partial<Design> = {}): Design => ({
  ...sampleDesign(), name: 'other', subscriptions: [], resourceGroups: [], vnets: [], peerings: [], onPremises: [], routeTables: [], layout: { positions: {} }, ...over,
});

/** The sample with a route table on spoke A's subnet. */
const withTable = (): Design => {
  const d = sampleDesign();
  return applyOps(d, [
    { op: 'addRouteTable', routeTable: { id: 'rt-spokes', name: 'rt-spokes', subscriptionId: d.subscriptions[0]?.id ?? '', resourceGroup: 'rg-network', location: 'westeurope', disableBgpRoutePropagation: false, routes: [{ name: 'to-fw', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.1.4' }] } },
    { op: 'updateSubnet', vnetId: 'vnet-spoke-a', subnetId: 'snet-a-app', patch: { routeTableId: 'rt-spokes' } },
  ]);
};

const copied = (d: Design, ids: string[]): Clipboard => {
  const clip = copySelection(d, ids);
  if (!clip) throw new Error('nothing copied');
  return clip;
};

const read = (text: string): Clipboard => {
  const r = parseClipboardText(text);
  if (r.kind !== 'clipboard') throw new Error(JSON.stringify(r));
  return r.clipboard;
};

const refusal = (text: string): string => {
  const r = parseClipboardText(text);
  if (r.kind !== 'refused') throw new Error(`expected a refusal, got ${r.kind}`);
  return r.message;
};

const docOf = (d: Design, ids: string[]) => JSON.parse(clipboardToText(copied(d, ids))) as Record<string, unknown>;

describe('clipboard document', () => {
  it('round-trips the copied VNets, sites, links, route tables, subscriptions and positions', () => {
    const d = withTable();
    const clip = copied(d, ['vnet-hub', 'vnet-spoke-a', 'onprem-hq']);
    const text = clipboardToText(clip);
    expect(text.startsWith('{"vnetDesignerClipboard":1,')).toBe(true);
    const back = read(text);
    expect(back.vnets.map((v) => v.id)).toEqual(['vnet-hub', 'vnet-spoke-a']);
    expect(back.links).toHaveLength(2);
    expect(back.onPremises.map((o) => o.gatewayId)).toEqual(['gw-hub']);
    expect(back.routeTables.map((r) => r.id)).toEqual(['rt-spokes']);
    expect(back.subscriptions.map((s) => s.name)).toEqual(['Connectivity']);
    expect(back.positions['vnet-spoke-a']).toEqual({ x: 80, y: 340 });
    expect(back).toEqual(clip);
  });

  it('leaves text that is not ours alone: plain text, other JSON, a design file, empty', () => {
    for (const text of ['', 'hello', '10.0.0.0/16', '[1,2]', '{"version":1,"vnets":[]}', 'vnetDesignerClipboard', ' {"a": "vnetDesignerClipboard"}']) {
      expect(parseClipboardText(text).kind, text).toBe('foreign');
    }
  });

  it('refuses hostile or broken documents with a message', () => {
    const good = docOf(sampleDesign(), ['vnet-hub']);
    const hub = (good['vnets'] as Record<string, unknown>[])[0];
    expect(refusal('{"vnetDesignerClipboard":1, "vnets": [')).toMatch(/not valid JSON/);
    expect(refusal('{"vnetDesignerClipboard":1,"__proto__":{"polluted":true},"vnets":[]}')).toMatch(/Unknown field "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(refusal(JSON.stringify({ ...good, vnets: [{ ...hub, constructor: { prototype: { x: 1 } } }] }))).toMatch(/"constructor" is not allowed/);
    expect(refusal(JSON.stringify({ ...good, script: '<img onerror=alert(1)>' }))).toMatch(/Unknown field "script"/);
    expect(refusal(JSON.stringify({ ...good, vnets: 'all of them' }))).toMatch(/vnets/);
    expect(refusal(JSON.stringify({ ...good, vnets: [{ ...hub, addressPrefixes: [42] }] }))).toMatch(/vnets\[0\]\.addressPrefixes\[0\]/);
    expect(refusal(JSON.stringify({ ...good, peerings: [{ id: 'l', name: 'l', from: 'vnet-hub', to: 'nowhere' }] }))).toMatch(/unknown VNet "nowhere"/);
    expect(refusal(JSON.stringify({ ...good, vnetDesignerClipboard: 2 }))).toMatch(/newer version/);
    expect(refusal(JSON.stringify({ ...good, vnetDesignerClipboard: 'yes' }))).toMatch(/must be 1/);
    expect(refusal('{"vnetDesignerClipboard":1,"vnets":[]}')).toMatch(/no VNet/);
    let deep = '0';
    for (let i = 0; i < 100; i++) deep = `{"a":${deep}}`;
    expect(refusal(JSON.stringify({ ...good, vnets: [{ ...hub, tags: 'x' }] }).replace('"x"', deep))).toMatch(/nested deeper/);
  });

  it('refuses oversized text before parsing it', () => {
    const text = `{"vnetDesignerClipboard":1,"vnets":[],"pad":"${'x'.repeat(MAX_CLIPBOARD_TEXT_LENGTH)}"}`;
    expect(refusal(text)).toMatch(/limit is 8 MB/);
    // Oversized text without our marker in its head is simply not ours.
    expect(parseClipboardText(`{"pad":"${'x'.repeat(MAX_CLIPBOARD_TEXT_LENGTH)}","vnetDesignerClipboard":1}`).kind).toBe('foreign');
  });
});

describe('pasting a clipboard', () => {
  const paste = (target: Design, clip: Clipboard, offset = 40) => {
    const { ops, ids } = pasteOps(target, clip, offset);
    const after = applyOps(target, ops);
    const parsed = parseDesign(JSON.parse(JSON.stringify(after)));
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true);
    return { after, ids };
  };

  it('into the same design: names get -copy, route tables are shared, sites connect to the copied gateway', () => {
    const d = withTable();
    const { after, ids } = paste(d, copied(d, ['vnet-hub', 'vnet-spoke-a', 'onprem-hq']));
    expect(after.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke-a', 'vnet-spoke-b', 'vnet-hub-copy', 'vnet-spoke-a-copy']);
    expect(after.onPremises.map((o) => o.name)).toEqual(['onprem-hq', 'onprem-hq-copy']);
    expect(after.routeTables).toHaveLength(1);
    const spokeCopy = after.vnets.find((v) => v.name === 'vnet-spoke-a-copy');
    expect(spokeCopy?.subnets[0]?.routeTableId).toBe('rt-spokes');
    const hubCopy = after.vnets.find((v) => v.name === 'vnet-hub-copy');
    expect(after.onPremises[1]?.gatewayId).toBe(hubCopy?.gateways[0]?.id);
    expect(ids).toHaveLength(3);
    expect(after.layout.positions[ids[0] ?? '']).toEqual({ x: 360, y: 120 });
    expect(after.subscriptions).toHaveLength(1);
  });

  it('into another design: keeps free names, brings route tables and subscriptions along, drops a gateway left behind', () => {
    const source = withTable();
    const text = clipboardToText(copied(source, ['vnet-spoke-a', 'vnet-spoke-b', 'onprem-hq']));
    const target = empty({ subscriptions: [{ id: 'sub-2', name: 'Other', tenantId: '', cloud: 'AzureCloud' }] });
    const { after } = paste(target, read(text));
    expect(after.vnets.map((v) => v.name)).toEqual(['vnet-spoke-a', 'vnet-spoke-b']);
    expect(after.peerings).toHaveLength(0);
    expect(after.routeTables.map((r) => r.name)).toEqual(['rt-spokes']);
    expect(after.vnets[0]?.subnets[0]?.routeTableId).toBe(after.routeTables[0]?.id);
    expect(after.subscriptions.map((s) => s.name)).toEqual(['Other', 'Connectivity']);
    expect(after.onPremises[0]?.gatewayId).toBeUndefined();
    // Pasting again renames on conflict, and a same-named different table is copied under a new name.
    const again = paste(after, read(text)).after;
    expect(again.vnets.map((v) => v.name)).toEqual(['vnet-spoke-a', 'vnet-spoke-b', 'vnet-spoke-a-copy', 'vnet-spoke-b-copy']);
    expect(again.routeTables).toHaveLength(1);
    const clash = paste(empty({ subscriptions: source.subscriptions, routeTables: [{ ...(source.routeTables[0] as Design['routeTables'][number]), name: 'rt-other' }] }), read(text)).after;
    expect(clash.routeTables.map((r) => r.name)).toEqual(['rt-other', 'rt-spokes']);
  });

  it('keeps a design without subscriptions without them', () => {
    const target = empty({ vnets: [{ ...(sampleDesign().vnets[1] as Design['vnets'][number]), subscriptionId: 'unlisted' }] });
    const { after } = paste(target, copied(sampleDesign(), ['vnet-hub']));
    expect(after.subscriptions).toEqual([]);
    expect(after.vnets).toHaveLength(2);
  });
});
