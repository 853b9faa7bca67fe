/** Readable, stable ids: `<prefix>-<slug>` made unique against ids already in use. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'x';
}

export function uniqueId(base: string, taken: ReadonlySet<string> | ((id: string) => boolean)): string {
  const isTaken = typeof taken === 'function' ? taken : (id: string) => taken.has(id);
  if (!isTaken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Every id used anywhere in a design (VNets, subnets, links, route tables, gateways, ...). */
export function collectIds(design: {
  vnets: { id: string; subnets: { id: string }[]; gateways: { id: string }[]; routeServers: { id: string }[]; appliances: { id: string }[]; bastions: { id: string }[] }[];
  peerings: { id: string }[];
  routeTables: { id: string }[];
  onPremises: { id: string }[];
  intents: { id: string }[];
}): Set<string> {
  const ids = new Set<string>();
  for (const v of design.vnets) {
    ids.add(v.id);
    for (const list of [v.subnets, v.gateways, v.routeServers, v.appliances, v.bastions]) for (const x of list) ids.add(x.id);
  }
  for (const list of [design.peerings, design.routeTables, design.onPremises, design.intents]) for (const x of list) ids.add(x.id);
  return ids;
}
