import { Panel, useReactFlow, useStore } from '@xyflow/react'
import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import type { GraphModel, GraphNode } from '../../model'

const WIDTH = 168
const HEIGHT = 108
const COLOURS: Record<string, string> = { gateway: '--c-gateway', listenerset: '--c-gateway', route: '--c-route', rule: '--c-rule', backend: '--c-backend' }

/**
 * An overview of the whole graph. The nodes are painted once into a canvas (per graph change);
 * panning only moves the viewport frame, a positioned box. React Flow's own minimap draws one SVG
 * element per node and repaints them all on every pan frame, which costs as much as the graph
 * itself at a thousand routes. Click or drag to move the view; arrow keys when focused.
 */
export function CanvasMinimap({ graph, positions }: { graph: GraphModel | undefined; positions: Record<string, { x: number; y: number }> }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const rf = useReactFlow()
  const [tx, ty, zoom] = useStore((s) => s.transform)
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)

  const bounds = useMemo(() => {
    let x0 = Infinity
    let y0 = Infinity
    let x1 = -Infinity
    let y1 = -Infinity
    for (const n of graph?.nodes ?? []) {
      const at = positions[n.id] ?? n
      x0 = Math.min(x0, at.x)
      y0 = Math.min(y0, at.y)
      x1 = Math.max(x1, at.x + n.width)
      y1 = Math.max(y1, at.y + n.height)
    }
    if (!Number.isFinite(x0)) return { x: 0, y: 0, scale: 1 }
    const pad = 40
    const scale = Math.min(WIDTH / (x1 - x0 + 2 * pad), HEIGHT / (y1 - y0 + 2 * pad))
    return { x: x0 - pad - (WIDTH / scale - (x1 - x0 + 2 * pad)) / 2, y: y0 - pad - (HEIGHT / scale - (y1 - y0 + 2 * pad)) / 2, scale }
  }, [graph, positions])

  // Typing changes node contents, rarely their boxes: repaint only when a box (or the scale) moved.
  const painted = useRef<{ nodes: readonly GraphNode[]; positions: typeof positions; key: string } | undefined>(undefined)
  useEffect(() => {
    const c = canvas.current
    const ctx = c?.getContext('2d')
    const nodes = graph?.nodes ?? []
    if (!c || !ctx) return
    const key = `${bounds.x} ${bounds.y} ${bounds.scale}`
    const last = painted.current
    if (last && last.positions === positions && last.key === key && sameBoxes(last.nodes, nodes)) return
    painted.current = { nodes, positions, key }
    const ratio = window.devicePixelRatio || 1
    if (c.width !== WIDTH * ratio) c.width = WIDTH * ratio
    if (c.height !== HEIGHT * ratio) c.height = HEIGHT * ratio
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.clearRect(0, 0, WIDTH, HEIGHT)
    // One style read per kind, not per node: each read can force a style recalculation.
    const style = getComputedStyle(c)
    const colours = new Map<string, string>()
    const colour = (kind: string) => {
      let v = colours.get(kind)
      if (v === undefined) colours.set(kind, (v = style.getPropertyValue(COLOURS[kind] ?? '--faint') || '#888'))
      return v
    }
    for (const n of nodes) {
      const at = positions[n.id] ?? n
      ctx.fillStyle = colour(n.kind)
      ctx.globalAlpha = n.context || n.missing ? 0.4 : 0.85
      ctx.fillRect((at.x - bounds.x) * bounds.scale, (at.y - bounds.y) * bounds.scale, Math.max(1, n.width * bounds.scale), Math.max(1, n.height * bounds.scale))
    }
  }, [graph, positions, bounds])

  const frame = { left: (-tx / zoom - bounds.x) * bounds.scale, top: (-ty / zoom - bounds.y) * bounds.scale, width: (width / zoom) * bounds.scale, height: (height / zoom) * bounds.scale }
  const centreOn = (mx: number, my: number) => {
    const fx = mx / bounds.scale + bounds.x
    const fy = my / bounds.scale + bounds.y
    void rf.setViewport({ x: -fx * zoom + width / 2, y: -fy * zoom + height / 2, zoom })
  }
  const onPointer = (e: PointerEvent<HTMLDivElement>) => {
    if (e.buttons !== 1) return
    const r = e.currentTarget.getBoundingClientRect()
    centreOn(e.clientX - r.left, e.clientY - r.top)
  }
  const onKey = (e: KeyboardEvent) => {
    const step = 60 / zoom
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key]
    if (!d) return
    e.preventDefault()
    void rf.setViewport({ x: tx - d[0]! * zoom, y: ty - d[1]! * zoom, zoom })
  }
  return (
    <Panel position="bottom-right" className="minimap">
      <div className="minimap-body" role="slider" aria-label="Overview of the graph: click or use the arrow keys to move the view" aria-valuetext="view position" tabIndex={0} onPointerDown={onPointer} onPointerMove={onPointer} onKeyDown={onKey}>
        <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
        <div className="minimap-frame" style={frame} />
      </div>
    </Panel>
  )
}

/** Same boxes, kinds and fades in the same order (unchanged nodes are the same objects). */
function sameBoxes(a: readonly GraphNode[], b: readonly GraphNode[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (x.id !== y.id || x.x !== y.x || x.y !== y.y || x.width !== y.width || x.height !== y.height || x.kind !== y.kind || !x.context !== !y.context || !x.missing !== !y.missing) return false
  }
  return true
}
