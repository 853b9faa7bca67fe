/**
 * The clipboard as text on the system clipboard, so VNets copied in one tab (or design) paste into
 * another: a small JSON document marked `"vnetDesignerClipboard": 1`. Reading it is as strict as
 * opening a file, because any page or program can put text there: size cap, only the known top-level
 * fields, and the content checked as a mini design through the one load path (`parseDesign`: zod
 * schemas, no `__proto__`/`constructor` keys, no dangling references). Text without the marker is
 * not ours and is left alone (the caller ignores it); marked text that fails a check is refused with
 * a message.
 */
import { formatSchemaErrors, parseDesign, parseJsonText } from '../model/parse';
import { DESIGN_VERSION } from '../model/schema';
import type { Clipboard } from './clipboard';

export const CLIPBOARD_MARKER = 'vnetDesignerClipboard';
export const CLIPBOARD_VERSION = 1;
/** Larger clipboard text is refused before parsing (2,000 VNets with subnets are about 2 MB). */
export const MAX_CLIPBOARD_TEXT_LENGTH = 8 * 1024 * 1024;
const FIELDS = new Set([CLIPBOARD_MARKER, 'subscriptions', 'vnets', 'peerings', 'routeTables', 'onPremises', 'layout']);

export type ClipboardRead =
  | { kind: 'clipboard'; clipboard: Clipboard }
  /** not our document: plain text, another app's JSON, empty */
  | { kind: 'foreign' }
  | { kind: 'refused'; message: string };

export function clipboardToText(clip: Clipboard): string {
  return JSON.stringify({
    [CLIPBOARD_MARKER]: CLIPBOARD_VERSION,
    subscriptions: clip.subscriptions,
    vnets: clip.vnets,
    peerings: clip.links,
    routeTables: clip.routeTables,
    onPremises: clip.onPremises,
    layout: { positions: clip.positions },
  });
}

/** Our document starts with `{` and names the marker (looked for in the head only when the text is huge). */
function isOurs(text: string): boolean {
  const head = text.slice(0, 4096);
  if (!/^\s*\{/.test(head)) return false;
  return (text.length > MAX_CLIPBOARD_TEXT_LENGTH ? head : text).includes(`"${CLIPBOARD_MARKER}"`);
}

const refuse = (message: string): ClipboardRead => ({ kind: 'refused', message });

export function parseClipboardText(text: string): ClipboardRead {
  if (!isOurs(text)) return { kind: 'foreign' };
  if (text.length > MAX_CLIPBOARD_TEXT_LENGTH) {
    return refuse(`The copied VNets are ${(text.length / 1048576).toFixed(1)} MB of text; the limit is ${MAX_CLIPBOARD_TEXT_LENGTH / 1048576} MB.`);
  }
  const json = parseJsonText(text);
  if (!json.ok) return refuse(`The clipboard is not valid JSON (${formatSchemaErrors(json.errors)}).`);
  const doc = json.value;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { kind: 'foreign' };
  const fields = doc as Record<string, unknown>;
  const version = fields[CLIPBOARD_MARKER];
  if (version === undefined) return { kind: 'foreign' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`"${CLIPBOARD_MARKER}" must be ${CLIPBOARD_VERSION}, got ${JSON.stringify(version)}.`);
  }
  if (version > CLIPBOARD_VERSION) {
    return refuse(`These VNets were copied from a newer version of the designer (clipboard format ${version}); update this page.`);
  }
  const unknown = Object.keys(fields).filter((k) => !FIELDS.has(k));
  if (unknown.length > 0) return refuse(`Unknown field "${unknown[0]}" in the copied VNets.`);
  const parsed = parseDesign({
    version: DESIGN_VERSION,
    subscriptions: fields['subscriptions'],
    vnets: fields['vnets'],
    peerings: fields['peerings'],
    routeTables: fields['routeTables'],
    onPremises: fields['onPremises'],
    layout: fields['layout'],
  });
  if (!parsed.ok) return refuse(`The copied VNets are not valid: ${formatSchemaErrors(parsed.errors.slice(0, 3))}.`);
  const d = parsed.value;
  if (d.vnets.length === 0 && d.onPremises.length === 0) return refuse('The clipboard holds no VNet or on-premises network to paste.');
  const positions = Object.fromEntries(
    [...d.vnets, ...d.onPremises].flatMap((n) => {
      const p = d.layout.positions[n.id];
      return p ? [[n.id, p] as const] : [];
    }),
  );
  return {
    kind: 'clipboard',
    clipboard: { vnets: d.vnets, links: d.peerings, onPremises: d.onPremises, routeTables: d.routeTables, subscriptions: d.subscriptions, positions },
  };
}
