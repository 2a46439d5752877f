import type { GraphEdge, GraphNode } from '../../model'
import { FONTS, PORT_ROW, PORT_TOP, type DrawContext } from './diagram-nodes'
import { mix } from './diagram-theme'
import { path, pill } from './svg-draw'

type Side = 'left' | 'right' | 'top' | 'bottom'
interface Anchor {
  x: number
  y: number
  side: Side
}
type At = (n: GraphNode) => { x: number; y: number }

/** Where an edge leaves its source: a listener's row, the Gateway's header handle, or the node's side (LabEdge's handles). */
function sourceAnchor(e: GraphEdge, n: GraphNode, at: At): Anchor {
  const { x, y } = at(n)
  if (e.kind === 'listenerSet') return { x: x + n.width / 2, y: y + n.height, side: 'bottom' }
  if (e.kind === 'parentRef') {
    const i = (n.ports ?? []).findIndex((p) => p.id === e.sourceHandle)
    return {
      x: x + n.width,
      y: i < 0 ? y + 17 : y + PORT_TOP + i * PORT_ROW + PORT_ROW / 2,
      side: 'right',
    }
  }
  return { x: x + n.width, y: y + n.height / 2, side: 'right' }
}

function targetAnchor(e: GraphEdge, n: GraphNode, at: At): Anchor {
  const { x, y } = at(n)
  return e.kind === 'listenerSet' ? { x: x + n.width / 2, y, side: 'top' } : { x, y: y + n.height / 2, side: 'left' }
}

/** React Flow's bezier control point for a handle on `side` (its `getBezierPath`, curvature 0.25). */
function control(a: Anchor, b: Anchor): [number, number] {
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d))
  switch (a.side) {
    case 'left':
      return [a.x - offset(a.x - b.x), a.y]
    case 'right':
      return [a.x + offset(b.x - a.x), a.y]
    case 'top':
      return [a.x, a.y - offset(a.y - b.y)]
    case 'bottom':
      return [a.x, a.y + offset(b.y - a.y)]
  }
}

const r = (v: number) => Math.round(v * 10) / 10

export interface DrawnEdge {
  svg: string
  /** The edge's labels, drawn above the nodes as on the canvas. */
  labels: string
}

/** One edge as LabEdge draws it: a bezier, coloured by kind, red and dashed when invalid, with its pills. */
export function drawEdge(e: GraphEdge, source: GraphNode, target: GraphNode, at: At, c: DrawContext): DrawnEdge {
  const { t, measure } = c
  const s = sourceAnchor(e, source, at)
  const d = targetAnchor(e, target, at)
  const [c1x, c1y] = control(s, d)
  const [c2x, c2y] = control(d, s)
  const noGrant = e.crossNamespace !== undefined && !e.crossNamespace.grant
  const stroke = e.invalid
    ? t.error
    : noGrant
      ? t.warning
      : e.kind === 'parentRef'
        ? mix(t.gateway, t.borderStrong, 55)
        : e.kind === 'backendRef'
          ? mix(t.backend, t.borderStrong, 50)
          : e.kind === 'listenerSet'
            ? t.gateway
            : t.borderStrong
  const dash = e.invalid ? '5 4' : noGrant ? '6 4' : e.kind === 'listenerSet' ? '2 3' : undefined
  const svg = path(`M${r(s.x)},${r(s.y)} C${r(c1x)},${r(c1y)} ${r(c2x)},${r(c2y)} ${r(d.x)},${r(d.y)}`, {
    fill: 'none',
    stroke,
    'stroke-width': e.kind === 'rule' ? 1.25 : 1.5,
    'stroke-dasharray': dash,
  })

  // Labels sit where LabEdge puts them: backend shares near the target, others mid-curve.
  const mid =
    e.kind === 'backendRef'
      ? { x: s.x + (d.x - s.x) * 0.62, y: s.y + (d.y - s.y) * 0.62 }
      : {
          x: 0.125 * s.x + 0.375 * c1x + 0.375 * c2x + 0.125 * d.x,
          y: 0.125 * s.y + 0.375 * c1y + 0.375 * c2y + 0.125 * d.y,
        }
  const items: {
    text: string
    color: string
    fill: string
    stroke: string
    bold?: boolean
  }[] = []
  if (e.label !== undefined)
    items.push({
      text: e.label,
      color: e.share === 0 ? t.faint : mix(t.backend, t.text, 75),
      fill: t.surface,
      stroke: t.border,
      bold: true,
    })
  if (e.crossNamespace) {
    const grant = e.crossNamespace.grant
    items.push(
      grant
        ? {
            text: `grant ${grant.split('/')[1] ?? grant}`,
            color: t.ok,
            fill: t.surface,
            stroke: mix(t.ok, t.surface, 35),
          }
        : {
            text: 'no ReferenceGrant',
            color: t.warning,
            fill: mix(t.warning, t.surface, 10),
            stroke: mix(t.warning, t.surface, 45),
          },
    )
  }
  if (e.reason)
    items.push({
      text: e.reason,
      color: t.error,
      fill: t.surface,
      stroke: mix(t.error, t.surface, 35),
    })
  if (items.length === 0) return { svg, labels: '' }
  const font = (bold?: boolean) => (bold ? FONTS.share : FONTS.small)
  const widths = items.map((i) => measure(i.text, font(i.bold)) + 12)
  let x = mid.x - (widths.reduce((a, b) => a + b, 0) + 4 * (items.length - 1)) / 2
  let labels = ''
  items.forEach((i, k) => {
    labels += pill(x, mid.y - 9, i.text, {
      font: font(i.bold),
      h: 18,
      padX: 6,
      rx: 9,
      fill: i.fill,
      stroke: i.stroke,
      color: i.color,
      measure,
    }).svg
    x += widths[k]! + 4
  })
  return { svg, labels }
}
