/**
 * Copy and paste of canvas items as pure functions. A clipboard holds the selected VNets and
 * on-premises networks with what they need to stand on their own in another design: the peerings
 * between them, the route tables their subnets use, their subscriptions and their positions.
 * Pasting gives everything fresh ids, keeps names that are free (else `<name>-copy`, `-copy-1`, ...)
 * and always leaves a design that passes `parseDesign` (no dangling reference), whichever design
 * the clipboard came from. Both go through ops, so a paste is one undo step.
 */
import { collectIds, slugify, uniqueId } from '../model/ids';
import type { DesignOp } from '../model/ops';
import type { Design, OnPremises, PeeringLink, Position, RouteTable, Subscription, VNet } from '../model/schema';
import { uniqueName } from './factories';

export interface Clipboard {
  vnets: VNet[];
  links: PeeringLink[];
  onPremises: OnPremises[];
  /** the route tables the copied subnets use */
  routeTables: RouteTable[];
  /** the subscriptions of the copied VNets and route tables */
  subscriptions: Subscription[];
  positions: Record<string, Position>;
}

/** The selected VNets and on-premises networks, or undefined when none is selected. */
export function copySelection(design: Design, nodeIds: readonly string[]): Clipboard | undefined {
  const chosen = new Set(nodeIds);
  const vnets = design.vnets.filter((v) => chosen.has(v.id));
  const gatewayIds = new Set(vnets.flatMap((v) => v.gateways.map((g) => g.id)));
  // A site keeps its connection only to a gateway copied with it (a paste connects it to the copy).
  const onPremises = design.onPremises
    .filter((o) => chosen.has(o.id))
    .map((o) => (o.gatewayId === undefined || gatewayIds.has(o.gatewayId) ? o : { ...o, gatewayId: undefined }));
  if (vnets.length === 0 && onPremises.length === 0) return undefined;
  const links = design.peerings.filter((l) => chosen.has(l.from) && chosen.has(l.to));
  const tableIds = new Set(vnets.flatMap((v) => v.subnets.flatMap((s) => (s.routeTableId === undefined ? [] : [s.routeTableId]))));
  const routeTables = design.routeTables.filter((r) => tableIds.has(r.id));
  const subIds = new Set([...vnets.map((v) => v.subscriptionId), ...routeTables.map((r) => r.subscriptionId)]);
  const subscriptions = design.subscriptions.filter((s) => subIds.has(s.id));
  const positions: Record<string, Position> = {};
  for (const n of [...vnets, ...onPremises]) {
    const p = design.layout.positions[n.id];
    if (p) positions[n.id] = p;
  }
  return { vnets, links, onPremises, routeTables, subscriptions, positions };
}

/** A name that is free in `taken` (the name itself, else `<name>-copy`, `<name>-copy-1`, ...), now taken. */
function freeName(name: string, taken: Set<string>): string {
  let out = name;
  if (taken.has(out)) out = `${name}-copy`;
  if (taken.has(out)) out = uniqueName(`${name}-copy`, taken);
  taken.add(out);
  return out;
}

/**
 * Copies with fresh ids (nested ones too), offset on the canvas; links between copies kept. A route
 * table is shared when the design has it already (same id and name: a paste into the design it was
 * copied from), else added; an on-premises network stays connected only to the gateway of a VNet
 * pasted with it. Missing subscriptions are added, unless the design lists none and has content.
 */
export function pasteOps(design: Design, clip: Clipboard, offset: number): { ops: DesignOp[]; ids: string[] } {
  const ids = collectIds(design);
  const fresh = (base: string) => {
    const id = uniqueId(base, ids);
    ids.add(id);
    return id;
  };
  const ops: DesignOp[] = [];
  const place = (id: string, i: number): Position => {
    const p = clip.positions[id] ?? { x: 40 * i, y: 40 * i };
    return { x: p.x + offset, y: p.y + offset };
  };

  // Route tables the copied subnets use: the design's own when it is the same table, else a copy.
  const tableMap = new Map<string, string>();
  const tableNames = new Set(design.routeTables.map((r) => r.name));
  const addedTables: RouteTable[] = [];
  const used = new Set(clip.vnets.flatMap((v) => v.subnets.flatMap((s) => (s.routeTableId === undefined ? [] : [s.routeTableId]))));
  for (const t of clip.routeTables) {
    if (!used.has(t.id)) continue;
    const own = design.routeTables.find((r) => r.id === t.id);
    if (own && own.name === t.name) {
      tableMap.set(t.id, t.id);
      continue;
    }
    const name = freeName(t.name, tableNames);
    const table: RouteTable = { ...t, id: fresh(t.id), name, routes: t.routes.map((r) => ({ ...r })) };
    tableMap.set(t.id, table.id);
    addedTables.push(table);
  }

  // Subscriptions: keep the design's references whole (parseDesign checks them when any is listed).
  const known = new Set(design.subscriptions.map((s) => s.id));
  const mayAdd = design.subscriptions.length > 0 || (design.vnets.length === 0 && design.routeTables.length === 0);
  const needed = [...new Set([...clip.vnets.map((v) => v.subscriptionId), ...addedTables.map((t) => t.subscriptionId)])];
  for (const subId of needed) {
    if (known.has(subId) || !mayAdd) continue;
    const sub = clip.subscriptions.find((s) => s.id === subId) ?? { id: subId, name: subId, tenantId: '', cloud: 'AzureCloud' as const };
    ops.push({ op: 'addSubscription', subscription: sub });
    known.add(subId);
  }
  for (const routeTable of addedTables) ops.push({ op: 'addRouteTable', routeTable });

  const names = new Set(design.vnets.map((v) => v.name));
  const idMap = new Map<string, string>();
  const nameMap = new Map<string, string>();
  const gatewayMap = new Map<string, string>();
  clip.vnets.forEach((v, i) => {
    const name = freeName(v.name, names);
    const id = fresh(slugify(name));
    idMap.set(v.id, id);
    nameMap.set(v.id, name);
    const copy: VNet = {
      ...v,
      id,
      name,
      resourceId: undefined,
      importedAddressPrefixes: undefined,
      subnets: v.subnets.map((s) => {
        const routeTableId = s.routeTableId === undefined ? undefined : tableMap.get(s.routeTableId);
        return { ...s, id: fresh(`${id}-${slugify(s.name)}`), routeTableId };
      }),
      gateways: v.gateways.map((g) => {
        const gid = fresh(`${id}-${slugify(g.name)}`);
        gatewayMap.set(g.id, gid);
        return { ...g, id: gid };
      }),
      routeServers: v.routeServers.map((r) => ({ ...r, id: fresh(`${id}-${slugify(r.name)}`) })),
      appliances: v.appliances.map((a) => ({ ...a, id: fresh(`${id}-${slugify(a.name)}`) })),
      bastions: v.bastions.map((b) => ({ ...b, id: fresh(`${id}-${slugify(b.name)}`) })),
    };
    ops.push({ op: 'addVnet', vnet: copy, position: place(v.id, i) });
  });
  for (const l of clip.links) {
    const from = idMap.get(l.from);
    const to = idMap.get(l.to);
    if (!from || !to) continue;
    ops.push({
      op: 'addPeering',
      link: {
        ...l,
        id: fresh(`link-${from}-${to}`),
        name: `peer-${nameMap.get(l.from) ?? from}-to-${nameMap.get(l.to) ?? to}`,
        from,
        to,
        peeringState: undefined,
        peeringSyncLevel: undefined,
        remoteAddressPrefixes: undefined,
      },
    });
  }

  const siteNames = new Set(design.onPremises.map((o) => o.name));
  const siteIds: string[] = [];
  clip.onPremises.forEach((o, i) => {
    const name = freeName(o.name, siteNames);
    const id = fresh(slugify(name));
    siteIds.push(id);
    const gatewayId = o.gatewayId === undefined ? undefined : gatewayMap.get(o.gatewayId);
    ops.push({ op: 'addOnPremises', onPremises: { ...o, id, name, addressRanges: [...o.addressRanges], gatewayId } });
    ops.push({ op: 'setPosition', id, position: place(o.id, clip.vnets.length + i) });
  });
  return { ops, ids: [...idMap.values(), ...siteIds] };
}
