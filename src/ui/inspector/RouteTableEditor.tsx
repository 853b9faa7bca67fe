/** One route table: name, BGP propagation, and its routes (prefix, next hop type, next hop IP). */
import type { NextHopType, Route, RouteTable } from '../../model/schema';
import { Icon } from '../common/Icon';
import { CheckboxField, SelectField, TextField } from '../common/TextField';
import { useActions, useDesigner } from '../StoreProvider';
import { childName, cidr, ipAddress } from './fieldRules';

const HOPS: { value: NextHopType; label: string }[] = [
  { value: 'VirtualAppliance', label: 'Virtual appliance' },
  { value: 'VirtualNetworkGateway', label: 'Virtual network gateway' },
  { value: 'VnetLocal', label: 'Virtual network' },
  { value: 'Internet', label: 'Internet' },
  { value: 'None', label: 'None (drop)' },
];

export function RouteTableEditor({ table }: { table: RouteTable }) {
  const { commit } = useActions();
  const subnets = useDesigner((s) => s.design.vnets.flatMap((v) => v.subnets.filter((x) => x.routeTableId === table.id).map((x) => `${v.name}/${x.name}`)).join(', '));
  const patch = (p: Partial<Omit<RouteTable, 'id'>>, field: string) => commit([{ op: 'updateRouteTable', routeTableId: table.id, patch: p }], `${table.id}.${field}`);
  const setRoute = (i: number, r: Partial<Route>, field: string) => patch({ routes: table.routes.map((x, k) => (k === i ? { ...x, ...r } : x)) }, `route-${i}-${field}`);
  return (
    <details className="route-table" open>
      <summary>{table.name} <span className="muted">({table.routes.length} routes)</span></summary>
      <TextField label="Route table name" value={table.name} check={childName} onCommit={(name) => patch({ name }, 'name')} />
      <CheckboxField label="Disable BGP route propagation" checked={table.disableBgpRoutePropagation} onChange={(v) => patch({ disableBgpRoutePropagation: v }, 'bgp')}
        hint="Subnets using this table stop learning on-premises routes from the gateway." />
      <p className="muted">Used by: {subnets || 'no subnet yet (pick it in a subnet’s Route table)'}</p>
      <ul className="route-list">
        {table.routes.map((r, i) => (
          <li key={i} className="route-row">
            <TextField label={`Route ${i + 1} name`} value={r.name} check={childName} onCommit={(name) => setRoute(i, { name }, 'name')} />
            <TextField label={`Route ${i + 1} prefix`} value={r.addressPrefix} mono check={cidr} onCommit={(p) => setRoute(i, { addressPrefix: p.trim() }, 'prefix')} />
            <SelectField label={`Route ${i + 1} next hop`} value={r.nextHopType} options={HOPS}
              onChange={(t) => setRoute(i, { nextHopType: t, nextHopIpAddress: t === 'VirtualAppliance' ? (r.nextHopIpAddress ?? '') : undefined }, 'hop')} />
            {r.nextHopType === 'VirtualAppliance' && (
              <TextField label={`Route ${i + 1} next hop IP`} value={r.nextHopIpAddress ?? ''} mono check={ipAddress} onCommit={(ip) => setRoute(i, { nextHopIpAddress: ip.trim() }, 'ip')} />
            )}
            <button type="button" className="icon-button" aria-label={`Remove route ${r.name}`} onClick={() => patch({ routes: table.routes.filter((_, k) => k !== i) }, 'routes-remove')}>
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => patch({ routes: [...table.routes, { name: `route-${table.routes.length + 1}`, addressPrefix: '10.0.0.0/8', nextHopType: 'VirtualAppliance', nextHopIpAddress: '' }] }, 'routes-add')}>
          Add route
        </button>
        <button type="button" className="danger small" onClick={() => commit([{ op: 'removeRouteTable', routeTableId: table.id }])}>Remove route table</button>
      </div>
    </details>
  );
}
