import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DesignerNode } from '../../store/canvasSync';
import { onPremById } from '../../store/lookup';
import { Icon } from '../common/Icon';
import { useDesigner } from '../StoreProvider';

function OnPremNodeView({ id, selected }: NodeProps<DesignerNode>) {
  const site = useDesigner((s) => onPremById(s.design).get(id));
  const highlighted = useDesigner((s) => s.highlight?.nodes.includes(id) ?? false);
  if (!site) return null;
  return (
    <div className={`onprem-node${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`}>
      <Handle type="target" position={Position.Left} className="handle-target" isConnectableStart={false} />
      <div className="vnet-node-head">
        <Icon name="building" size={15} />
        <span className="vnet-node-name" title={site.name}>{site.name}</span>
      </div>
      <div className="vnet-node-meta"><span>On-premises</span></div>
      <ul className="vnet-node-prefixes">
        {site.addressRanges.slice(0, 3).map((p, i) => <li key={i} className="mono">{p}</li>)}
        {site.addressRanges.length > 3 && <li className="muted">+{site.addressRanges.length - 3} more</li>}
      </ul>
      <Handle type="source" position={Position.Right} className="handle-source" title="Drag to a VNet with a gateway to connect" />
    </div>
  );
}

export const OnPremNode = memo(OnPremNodeView);
