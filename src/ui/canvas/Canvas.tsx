/** The React Flow canvas: nodes and edges come from the store's canvas slice; changes go back to it. */
import {
  applyNodeChanges, Background, ConnectionMode, Controls, MiniMap, ReactFlow, useReactFlow, type Connection, type NodeChange,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useState, type DragEvent } from 'react';
import type { DesignerNode } from '../../store/canvasSync';
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
const FIT_VIEW_OPTIONS = { padding: 0.25 };
const PRO_OPTIONS = { hideAttribution: true };

function FitOnRequest() {
  const fitRequest = useDesigner((s) => s.ui.fitRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (fitRequest > 0) requestAnimationFrame(() => void fitView({ padding: 0.2, duration: 200 }));
  }, [fitRequest, fitView]);
  return null;
}

/** Background, controls and minimap: memoised so a drag frame (a Canvas render) does not re-render them. */
const CanvasChrome = memo(function CanvasChrome() {
  return (
    <>
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="bottom-left" />
      <MiniMap pannable zoomable position="bottom-right" ariaLabel="Minimap" nodeStrokeWidth={2} />
      <FitOnRequest />
    </>
  );
});

export function Canvas() {
  const actions = useActions();
  const { nodes: storeNodes, edges } = useDesigner(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })));
  // Drag frames stay in this component (like React Flow's own useNodesState): writing each frame into
  // the app store made its ~3,000 node/edge subscriptions re-check 60 times a second (canvas bench
  // ratio 2.9). The store's canvas slice follows every design and selection change, and the drag is
  // committed to the design on drag stop (one undo step).
  const [nodes, setNodes] = useState(storeNodes);
  const [seen, setSeen] = useState(storeNodes);
  if (seen !== storeNodes) {
    setSeen(storeNodes);
    // A store change mid-drag (the node gets selected on mouse down) keeps the dragged positions.
    setNodes((current) => {
      const dragged = new Map(current.filter((n) => n.dragging).map((n) => [n.id, n]));
      return dragged.size === 0 ? storeNodes : storeNodes.map((n) => {
        const d = dragged.get(n.id);
        return d ? { ...n, position: d.position, dragging: true } : n;
      });
    });
  }
  const onNodesChange = useCallback((changes: NodeChange<DesignerNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position');
    if (moves.length > 0) setNodes((current) => applyNodeChanges(moves, current));
    const rest = changes.filter((c) => c.type !== 'position');
    if (rest.length > 0) actions.onNodesChange(rest);
  }, [actions]);
  const onDragStop = useCallback((_: unknown, _node: unknown, dragged: DesignerNode[]) => actions.commitDrag(dragged), [actions]);
  const onSelectionDragStop = useCallback((_: unknown, dragged: DesignerNode[]) => actions.commitDrag(dragged), [actions]);
  const groupBy = useDesigner((s) => s.ui.groupBy);
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  // Every prop handed to <ReactFlow> is stable: a new function or object per render makes React Flow
  // update its store, which re-runs every node's and edge's selectors on each drag frame.
  const onConnect = useCallback((c: Connection) => {
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
  }, [actions, store]);

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
        onNodesChange={onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onNodeDragStop={onDragStop}
        onSelectionDragStop={onSelectionDragStop}
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
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
        aria-label="Network canvas"
      >
        {groupBy !== 'none' && <GroupBackdrop by={groupBy} nodes={nodes} />}
        <CanvasChrome />
      </ReactFlow>
    </div>
  );
}
