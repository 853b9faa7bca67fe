/**
 * The diagram as PNG or SVG: what the canvas draws (nodes, edges, labels, region backdrops) and none
 * of the UI around it (toolbar, panels, minimap, zoom controls), framed to fit every node at 1:1
 * scale. html-to-image is loaded on first use only. Recipe: React Flow's "download image" example.
 * html-to-image is pinned to 1.11.11: 1.11.12+ drops the CSS of SVG elements, so edges vanish from
 * the image (bubkoo/html-to-image#516, xyflow/web#759).
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';

const PADDING = 40;
const MAX_SIDE = 8000;

export type ImageKind = 'png' | 'svg';

export async function renderDiagram(kind: ImageKind, nodes: Node[], root: ParentNode = document): Promise<{ ok: true; dataUrl: string } | { ok: false; message: string }> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) return { ok: false, message: 'the canvas is not on screen' };
  if (nodes.length === 0) return { ok: false, message: 'the design is empty: nothing to draw' };
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const vp = getViewportForBounds(bounds, width, height, scale, scale, PADDING * scale);
  const flow = viewport.closest<HTMLElement>('.react-flow');
  const background = flow ? getComputedStyle(flow).backgroundColor : '#ffffff';
  const options = {
    backgroundColor: background && background !== 'rgba(0, 0, 0, 0)' ? background : '#ffffff',
    width,
    height,
    // Connection handles are editing chrome, not part of the diagram.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__handle'),
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
  };
  try {
    const { toPng, toSvg } = await import('html-to-image');
    return { ok: true, dataUrl: kind === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options) };
  } catch (e) {
    return { ok: false, message: `the image could not be drawn: ${e instanceof Error ? e.message : String(e)}` };
  }
}
