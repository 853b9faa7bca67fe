/** The right-hand panel: edits whatever is selected (a VNet, a peering, an on-premises network, a pair). */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/shallow';
import { useDesigner } from '../StoreProvider';
import { DesignInspector } from './DesignInspector';
import { OnPremInspector } from './OnPremInspector';
import { PairInspector } from './PairInspector';
import { PeeringInspector } from './PeeringInspector';
import { VnetInspector } from './VnetInspector';

export function Inspector() {
  const { nodes, edges } = useDesigner(useShallow((s) => ({ nodes: s.selection.nodes, edges: s.selection.edges })));
  const kinds = useDesigner(useShallow((s) => nodes.map((id) => (s.design.vnets.some((v) => v.id === id) ? 'vnet' : 'onprem'))));
  const ref = useRef<HTMLElement>(null);
  const key = `${nodes.join(',')}|${edges.join(',')}`;
  useEffect(() => {
    // a new selection starts at the top of the inspector, not where the previous one was scrolled to
    if (ref.current) ref.current.scrollTop = 0;
  }, [key]);
  let body;
  const [first, second] = nodes;
  if (nodes.length === 1 && first && kinds[0] === 'vnet') body = <VnetInspector key={first} vnetId={first} />;
  else if (nodes.length === 1 && first) body = <OnPremInspector key={first} onPremId={first} />;
  else if (nodes.length === 2 && first && second && kinds.every((k) => k === 'vnet')) body = <PairInspector a={first} b={second} />;
  else if (nodes.length === 0 && edges.length === 1 && edges[0]?.startsWith('peer-')) body = <PeeringInspector key={edges[0]} edgeId={edges[0]} />;
  else if (nodes.length + edges.length > 1) {
    body = <p className="insp-empty">{nodes.length} nodes and {edges.length} connections selected. Press Delete to remove them, Ctrl+D to duplicate.</p>;
  } else body = <DesignInspector />;
  return (
    <aside ref={ref} className="panel inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
