/**
 * The canvas bench's baseline: a bare React Flow canvas with default nodes and edges, in the usual
 * controlled pattern (useNodesState / useEdgesState), the same counts as the designer's bench design.
 * Only built by bench/cases/canvas.ts; not part of the app.
 */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const NODES = Number(params.get('nodes') ?? 300);
const EDGES = Number(params.get('edges') ?? 600);
const COLS = 20;

const initialNodes: Node[] = Array.from({ length: NODES }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % COLS) * 280, y: Math.floor(i / COLS) * 180 },
  data: { label: `vnet-${i}` },
}));
const initialEdges: Edge[] = [];
for (let i = 0; initialEdges.length < EDGES; i++) {
  const step = i < NODES ? 1 : 17;
  const a = i % NODES;
  initialEdges.push({ id: `e${i}`, source: `n${a}`, target: `n${(a + step) % NODES}` });
}

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.05} fitView />
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bare />);
