/**
 * One edge per VNet pair, drawing both directions of the peering: solid when both links exist, dashed
 * with an arrow when only one does (Initiated, reference 1.1); purple when the VNets are in different
 * regions (global peering, 1.10); a "GW" mark at the end whose link allows gateway transit (the hub,
 * 1.7); "fwd" when forwarded traffic is allowed; red when virtual network access is off.
 */
import { BaseEdge, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useShallow } from 'zustand/shallow';
import type { DesignerEdge } from '../../store/canvasSync';
import { linkBetween, vnetById } from '../../store/lookup';
import { useDesigner } from '../StoreProvider';
import { along, floatingSegment, type Rect } from './geometry';

const rectOf = (n: InternalNode): Rect => ({
  x: n.internals.positionAbsolute.x,
  y: n.internals.positionAbsolute.y,
  width: n.measured.width ?? 220,
  height: n.measured.height ?? 100,
});

interface Ends { source: InternalNode | undefined; target: InternalNode | undefined }
const sameEnds = (a: Ends, b: Ends) => a.source === b.source && a.target === b.target;

/**
 * Both end nodes from one React Flow store subscription (two `useInternalNode`s made 1,200 extra
 * subscriptions on the bench design, each re-run with a key-by-key shallow compare on every drag
 * frame). React Flow replaces an internal node object whenever it moves or is re-measured, so
 * comparing identities re-renders exactly the edges touching a moved node, as before.
 */
function useEnds(source: string, target: string): Ends {
  const select = useCallback((s: ReactFlowState) => ({ source: s.nodeLookup.get(source), target: s.nodeLookup.get(target) }), [source, target]);
  return useStore(select, sameEnds);
}

function arrowHead(x: number, y: number, fromX: number, fromY: number): string {
  const angle = Math.atan2(y - fromY, x - fromX);
  const size = 10;
  const p = (da: number) => `${x - size * Math.cos(angle + da)},${y - size * Math.sin(angle + da)}`;
  return `${x},${y} ${p(0.45)} ${p(-0.45)}`;
}

function PeeringEdgeView({ id, source, target, selected, interactionWidth }: EdgeProps<DesignerEdge>) {
  const { source: sourceNode, target: targetNode } = useEnds(source, target);
  const [ab, ba] = useDesigner(useShallow((s) => [linkBetween(s.design, source, target), linkBetween(s.design, target, source)]));
  const isGlobal = useDesigner((s) => {
    const m = vnetById(s.design);
    return (m.get(source)?.location ?? '') !== (m.get(target)?.location ?? '');
  });
  const highlighted = useDesigner((s) => s.highlight?.edges.includes(id) ?? false);
  if (!sourceNode || !targetNode || (!ab && !ba)) return null;
  const seg = floatingSegment(rectOf(sourceNode), rectOf(targetNode));
  const path = `M ${seg.sx},${seg.sy} L ${seg.tx},${seg.ty}`;
  const oneWay = !ab || !ba;
  const blocked = (ab && !ab.allowVirtualNetworkAccess) || (ba && !ba.allowVirtualNetworkAccess);
  const forwarded = !!(ab?.allowForwardedTraffic || ba?.allowForwardedTraffic);
  const classes = ['peering-edge', oneWay && 'is-one-way', isGlobal && 'is-global', blocked && 'is-blocked', selected && 'is-selected', highlighted && 'is-highlighted']
    .filter(Boolean).join(' ');
  const mid = along(seg, 0.5);
  const transitMarks = [
    ab?.allowGatewayTransit ? along(seg, 0.14) : undefined,
    ba?.allowGatewayTransit ? along(seg, 0.86) : undefined,
  ];
  return (
    <g className={classes}>
      <BaseEdge id={id} path={path} interactionWidth={interactionWidth ?? 16} />
      {oneWay && (ab
        ? <polygon className="edge-arrow" points={arrowHead(seg.tx, seg.ty, seg.sx, seg.sy)} />
        : <polygon className="edge-arrow" points={arrowHead(seg.sx, seg.sy, seg.tx, seg.ty)} />)}
      {transitMarks.map((p, i) => p && (
        <g key={i} className="edge-transit" transform={`translate(${p.x},${p.y})`}>
          <title>Gateway transit allowed at this end (the hub shares its gateway)</title>
          <rect x={-13} y={-8} width={26} height={16} rx={8} />
          <text textAnchor="middle" dy={4}>GW</text>
        </g>
      ))}
      {(forwarded || blocked) && (
        <g className="edge-label" transform={`translate(${mid.x},${mid.y})`}>
          <rect x={-18} y={-8} width={36} height={16} rx={4} />
          <text textAnchor="middle" dy={4}>{blocked ? 'blocked' : 'fwd'}</text>
        </g>
      )}
    </g>
  );
}

export const PeeringEdge = memo(PeeringEdgeView);

function OnPremEdgeView({ id, source, target, selected }: EdgeProps<DesignerEdge>) {
  const { source: sourceNode, target: targetNode } = useEnds(source, target);
  if (!sourceNode || !targetNode) return null;
  const seg = floatingSegment(rectOf(sourceNode), rectOf(targetNode));
  return (
    <g className={`onprem-edge${selected ? ' is-selected' : ''}`}>
      <BaseEdge id={id} path={`M ${seg.sx},${seg.sy} L ${seg.tx},${seg.ty}`} interactionWidth={16} />
    </g>
  );
}

export const OnPremEdge = memo(OnPremEdgeView);
