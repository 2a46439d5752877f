import type { GraphModel, GraphNode } from '../../model'
import { drawEdge } from './diagram-edges'
import { drawNode, FONTS } from './diagram-nodes'
import { DARK, LIGHT } from './diagram-theme'
import { rect, text } from './svg-draw'
import { esc, estimateWidth, MONO, SANS, type Measure } from './svg-text'

export interface DiagramOptions {
  theme: 'light' | 'dark'
  /** Paint the theme's background; false leaves it transparent, for pages with their own. */
  background: boolean
  /** Text widths, for ellipses where the canvas has them; an estimate when absent. */
  measure?: Measure
  /** The diagram's accessible title (the workspace name, say). */
  title?: string
}

export interface Diagram {
  svg: string
  /** Size in CSS pixels, the canvas's units at zoom 1. */
  width: number
  height: number
}

const PAD = 24

/**
 * The graph as a standalone SVG file: lanes, edges with their share and grant labels, and every
 * node card, at the positions the canvas shows (dragged positions win over the layout). Drawn from
 * the graph model rather than copied from the canvas's DOM, so nodes scrolled out of view (the
 * canvas mounts only those in view in large graphs) are included, and the file needs no
 * stylesheet, script or font from anywhere: it opens the same in a browser, a wiki or an editor.
 *
 * @example
 * const { svg, width, height } = graphToSvg(analysis.graph, positions, { theme: 'light', background: true })
 */
export function graphToSvg(graph: GraphModel, positions: Record<string, { x: number; y: number }>, options: DiagramOptions): Diagram {
  const t = options.theme === 'dark' ? DARK : LIGHT
  const c = { t, measure: options.measure ?? estimateWidth }
  const at = (n: GraphNode) => positions[n.id] ?? n
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))

  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  const grow = (x: number, y: number, w: number, h: number) => {
    x0 = Math.min(x0, x)
    y0 = Math.min(y0, y)
    x1 = Math.max(x1, x + w)
    y1 = Math.max(y1, y + h)
  }
  for (const g of graph.groups) grow(g.x, g.y, g.width, g.height)
  for (const n of graph.nodes) grow(at(n).x, at(n).y, n.width, n.height)
  if (!Number.isFinite(x0)) [x0, y0, x1, y1] = [0, 0, 240, 60]
  const width = Math.ceil(x1 - x0 + 2 * PAD)
  const height = Math.ceil(y1 - y0 + 2 * PAD)

  const lanes = graph.groups.map(
    (g) =>
      `<g class="lane">${rect(g.x, g.y, g.width, g.height, { rx: 16, fill: t.surface3, 'fill-opacity': 0.45, stroke: t.borderStrong, 'stroke-opacity': 0.6 })}` +
      text(g.x + 16, g.y + 7, 20, 'NAMESPACE', FONTS.laneKind, t.faint) +
      text(g.x + 16 + c.measure('NAMESPACE', FONTS.laneKind) + 4, g.y + 7, 20, g.namespace, FONTS.lane, t.muted) +
      '</g>',
  )
  const edges: string[] = []
  const labels: string[] = []
  for (const e of graph.edges) {
    const s = byId.get(e.source)
    const d = byId.get(e.target)
    if (!s || !d) continue
    const drawn = drawEdge(e, s, d, at, c)
    edges.push(drawn.svg)
    if (drawn.labels) labels.push(drawn.labels)
  }
  const nodes = graph.nodes.map((n) => drawNode(n, at(n).x, at(n).y, c))

  const title = options.title ?? 'Gateway API routes'
  const routes = graph.nodes.filter((n) => n.kind === 'route').length
  const desc = `Gateway API route graph: ${graph.nodes.length} nodes (${routes} routes), ${graph.edges.length} edges. Drawn by RouteLab.`
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="diagram-title diagram-desc">`,
    `<title id="diagram-title">${esc(title)}</title>`,
    `<desc id="diagram-desc">${esc(desc)}</desc>`,
    `<style>text{font-family:${SANS};white-space:pre}.m{font-family:${MONO}}</style>`,
    options.background ? rect(0, 0, width, height, { fill: t.bg }) : '',
    `<g transform="translate(${PAD - x0} ${PAD - y0})">`,
    `<g class="lanes">${lanes.join('')}</g>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="edge-labels">${labels.join('')}</g>`,
    '</g>',
    '</svg>',
  ].join('\n')
  return { svg: `${svg}\n`, width, height }
}
