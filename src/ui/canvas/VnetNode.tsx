/**
 * A VNet on the canvas: name, region, subscription badge, prefixes, service icons and its findings
 * count. `data` only holds the id; the VNet is selected from the store so a drag re-renders nothing here.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { findingSummaryByVnet, findingsOf } from '../../store/derived';
import type { DesignerNode } from '../../store/canvasSync';
import { vnetById } from '../../store/lookup';
import { Icon } from '../common/Icon';
import { useDesigner } from '../StoreProvider';

const MAX_PREFIXES = 3;
/** Subscription badges are cut in text, not clipped with CSS (see canvas.css); the title keeps the whole name. */
const MAX_BADGE = 15;
const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function VnetNodeView({ id, selected }: NodeProps<DesignerNode>) {
  const vnet = useDesigner((s) => vnetById(s.design).get(id));
  const summary = useDesigner((s) => findingSummaryByVnet(findingsOf(s.design)).get(id));
  const subscription = useDesigner((s) => s.design.subscriptions.find((x) => x.id === vnet?.subscriptionId)?.name ?? vnet?.subscriptionId);
  const highlighted = useDesigner((s) => s.highlight?.nodes.includes(id) ?? false);
  if (!vnet) return null;
  const firewall = vnet.appliances.some((a) => a.kind === 'AzureFirewall');
  const nva = vnet.appliances.some((a) => a.kind === 'NVA');
  const vpn = vnet.gateways.find((g) => g.gatewayType === 'Vpn');
  const er = vnet.gateways.find((g) => g.gatewayType === 'ExpressRoute');
  const classes = ['vnet-node', selected ? 'is-selected' : '', highlighted ? 'is-highlighted' : '', vnet.isPlaceholder ? 'is-placeholder' : '']
    .filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <Handle type="target" position={Position.Left} className="handle-target" isConnectableStart={false} />
      <div className="vnet-node-head">
        <span className="vnet-node-icon" aria-hidden="true">⟨⟩</span>
        <span className="vnet-node-name" title={vnet.name}>{vnet.name}</span>
        {summary && (
          <span className={`badge badge-${summary.worst}`} title={`${summary.count} finding${summary.count === 1 ? '' : 's'}, worst: ${summary.worst}`}
            aria-label={`${summary.count} findings, worst ${summary.worst}`}>
            {summary.count}
          </span>
        )}
      </div>
      <div className="vnet-node-meta">
        <span>{vnet.location || 'no region'}</span>
        {subscription && <span className="sub-badge" title={`Subscription ${subscription}`}>{shorten(subscription, MAX_BADGE)}</span>}
      </div>
      <ul className="vnet-node-prefixes">
        {vnet.addressPrefixes.slice(0, MAX_PREFIXES).map((p, i) => <li key={i} className="mono">{p}</li>)}
        {vnet.addressPrefixes.length === 0 && <li className="muted">no address space</li>}
        {vnet.addressPrefixes.length > MAX_PREFIXES && <li className="muted">+{vnet.addressPrefixes.length - MAX_PREFIXES} more</li>}
      </ul>
      {(vpn || er || firewall || nva || vnet.routeServers.length > 0) && (
        <div className="vnet-node-services">
          {vpn && <span className="svc" title={`VPN gateway ${vpn.name} (${vpn.sku})`}><Icon name="gateway" size={13} /> VPN</span>}
          {er && <span className="svc" title={`ExpressRoute gateway ${er.name} (${er.sku})`}><Icon name="gateway" size={13} /> ER</span>}
          {firewall && <span className="svc svc-fw" title="Azure Firewall"><Icon name="firewall" size={13} /> FW</span>}
          {nva && <span className="svc" title="Network virtual appliance"><Icon name="firewall" size={13} /> NVA</span>}
          {vnet.routeServers.length > 0 && <span className="svc" title="Route Server"><Icon name="route" size={13} /> RS</span>}
        </div>
      )}
      <Handle type="source" position={Position.Right} className="handle-source" title="Drag to another VNet to peer" />
    </div>
  );
}

export const VnetNode = memo(VnetNodeView);
