import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDesign } from '../model/sample';
import { createDesignerStore, type DesignerStore } from '../store/createDesignerStore';
import { clipboardBridge, type ClipboardBridge } from './clipboardBridge';

/** A copy/paste event as the browser fires it, with a clipboardData holding `text`. */
function clipEvent(type: 'copy' | 'paste', text = '') {
  const data = new Map<string, string>([['text/plain', text]]);
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'clipboardData', {
    value: { getData: (t: string) => data.get(t) ?? '', setData: (t: string, v: string) => void data.set(t, v) },
  });
  return { e, data };
}

let bridge: ClipboardBridge | undefined;
afterEach(() => {
  bridge?.dispose();
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const setup = (): DesignerStore => {
  const store = createDesignerStore({ design: sampleDesign(), storage: null });
  bridge = clipboardBridge(store);
  return store;
};

describe('system clipboard bridge', () => {
  it('puts the copied VNets on the system clipboard and pastes them back from a paste event', () => {
    const store = setup();
    store.getState().actions.select({ nodes: ['vnet-spoke-a'] });
    bridge?.keyCopy();
    const copy = clipEvent('copy');
    document.body.dispatchEvent(copy.e);
    expect(copy.e.defaultPrevented).toBe(true);
    const text = copy.data.get('text/plain') ?? '';
    expect(JSON.parse(text)).toMatchObject({ vnetDesignerClipboard: 1, vnets: [{ name: 'vnet-spoke-a' }] });

    const other = createDesignerStore({ design: { ...sampleDesign(), vnets: [], peerings: [], onPremises: [] }, storage: null });
    bridge?.dispose();
    bridge = clipboardBridge(other);
    document.body.dispatchEvent(clipEvent('paste', text).e);
    expect(other.getState().design.vnets.map((v) => v.name)).toEqual(['vnet-spoke-a']);
    // Text copied since then is not ours: the tab that pasted does not paste its clipboard again.
    const after = other.getState().design;
    document.body.dispatchEvent(clipEvent('paste', 'garbage').e);
    expect(other.getState().design).toBe(after);
  });

  it('leaves pastes into fields alone, ignores foreign text and reports a bad document', () => {
    const store = setup();
    const input = document.body.appendChild(document.createElement('input'));
    const good = '{"vnetDesignerClipboard":1,"vnets":[{"id":"v","name":"v","subscriptionId":"s","resourceGroup":"rg","location":"x"}]}';
    const intoField = clipEvent('paste', good);
    input.dispatchEvent(intoField.e);
    expect(intoField.e.defaultPrevented).toBe(false);
    const before = store.getState().design;
    document.body.dispatchEvent(clipEvent('paste', 'hello world').e);
    expect(store.getState().design).toBe(before);
    expect(store.getState().ui.dialog).toBeNull();
    document.body.dispatchEvent(clipEvent('paste', '{"vnetDesignerClipboard":1,"vnets":[{"id":"v"}]}').e);
    expect(store.getState().design).toBe(before);
    expect(store.getState().ui.dialog).toMatchObject({ id: 'message', props: { message: expect.stringMatching(/not valid: vnets\[0\]/) } });
  });

  it('falls back to the in-app clipboard when the browser fires no events or refuses the clipboard', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const store = setup();
    store.getState().actions.select({ nodes: ['vnet-spoke-b'] });
    bridge?.keyCopy();
    vi.runAllTimers();
    expect(writeText).toHaveBeenCalledOnce();
    await Promise.resolve();
    bridge?.keyPaste();
    vi.runAllTimers();
    expect(store.getState().design.vnets.map((v) => v.name)).toContain('vnet-spoke-b-copy');
    // The system clipboard never got our copy, so a paste event with other text pastes the in-app copy.
    document.body.dispatchEvent(clipEvent('paste', 'unrelated').e);
    expect(store.getState().design.vnets.filter((v) => v.name.startsWith('vnet-spoke-b-copy'))).toHaveLength(2);
  });

  it('lets highlighted page text be copied as text while VNets are selected', () => {
    const store = setup();
    store.getState().actions.select({ nodes: ['vnet-hub'] });
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = 'Route table rt-1 sends traffic to 10.0.1.4';
    document.getSelection()?.selectAllChildren(p);
    const copy = clipEvent('copy');
    p.dispatchEvent(copy.e);
    expect(copy.e.defaultPrevented).toBe(false);
    expect(copy.data.get('text/plain')).toBe('');
    document.getSelection()?.removeAllRanges();
  });

  it('ignores foreign text once our copy reached the system clipboard', () => {
    const store = setup();
    store.getState().actions.select({ nodes: ['vnet-hub'] });
    document.body.dispatchEvent(clipEvent('copy').e);
    const before = store.getState().design;
    document.body.dispatchEvent(clipEvent('paste', 'copied from elsewhere later').e);
    expect(store.getState().design).toBe(before);
  });
});
