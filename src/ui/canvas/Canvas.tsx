/** The React Flow canvas: nodes and edges come from the store's canvas slice; changes go back to it. */
import {
  Background, ConnectionMode, Controls, MiniMap, ReactFlow, useReactFlow, type Connection,
} from '@xyflow/react';
import { useEffect, type DragEvent } from 'react';
import { useShallow } from 'zustand/shallow';
import { gatewayVnetId } from '../../store/lookup';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { GroupBackdrop } from './GroupBackdrop';
import { OnPremNode } from './OnPremNode';
import { OnPremEdge, PeeringEdge } from './PeeringEdge';
import { VnetNode } from './VnetNode';

const nodeTypes = { vnet: VnetNode, onprem: OnPremNode };
const edgeTypes = { peering: PeeringEdge, onprem: OnPremEdge };
export const PALETTE_MIME = 'application/x-vnet-designer';

/** Bigger than the default 20px: dropping a connection anywhere near a node's centre peers it. */
const CONNECTION_RADIUS = 90;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

function FitOnRequest() {
  const fitRequest = useDesigner((s) => s.ui.fitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (fitRequest > 0) requestAnimationFrame(() => void fitView({ padding: 0.2, duration: 200 }));
  }, [fitRequest, fitView]);
  return null;
}

export function Canvas() {
  const { nodes, edges } = useDesigner(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })));
  const groupBy = useDesigner((s) => s.ui.groupBy);
  const actions = useActions();
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  const onConnect = (c: Connection) => {
    const design = store.getState().design;
    const isVnet = (id: string) => design.vnets.some((v) => v.id === id);
    const site = design.onPremises.find((o) => o.id === c.source || o.id === c.target);
    if (site) {
      // An on-premises network connects to the gateway of the VNet it is dropped on (reference 1.7).
      const vnetId = c.source === site.id ? c.target : c.source;
      const gateway = design.vnets.find((v) => v.id === vnetId)?.gateways[0];
      if (gateway && gatewayVnetId(design, site.gatewayId) !== vnetId) {
        actions.commit([{ op: 'updateOnPremises', onPremisesId: site.id, patch: { gatewayId: gateway.id } }]);
      }
      return;
    }
    if (isVnet(c.source) && isVnet(c.target)) actions.connect(c.source, c.target);
  };

  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME);
    if (!kind) return;
    e.preventDefault();
    const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const position = { x: Math.round(p.x - 110), y: Math.round(p.y - 40) };
    if (kind === 'vnet') actions.addVnet(position);
    else if (kind === 'onprem') actions.addOnPremises(position);
  };

  return (
    <div className="canvas" onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onNodeDragStop={actions.commitDrag}
        onSelectionDragStop={actions.commitDrag}
        onConnect={onConnect}
        onPaneClick={actions.clearSelection}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={CONNECTION_RADIUS}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.05}
        maxZoom={2}
        fitView
        fitViewOptions={{ padding: 0.2 }}
        proOptions={{ hideAttribution: true }}
        aria-label="Network canvas"
      >
        {groupBy !== 'none' && <GroupBackdrop by={groupBy} />}
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap pannable zoomable position="bottom-right" ariaLabel="Minimap" nodeStrokeWidth={2} />
        <FitOnRequest />
      </ReactFlow>
    </div>
  );
}
