import type { GraphBadge, GraphNode } from '../../model'
import { nodeLabel } from '../canvas/use-flow-elements'
import { mix, nodeColor, toneColor, type DiagramTheme } from './diagram-theme'
import { fit, line, pill, rect, text } from './svg-draw'
import { esc, type FontSpec, type Measure } from './svg-text'

/*
 * Node cards as the canvas draws them (src/ui/canvas/nodes.css): the same row heights, paddings
 * and fonts, so an exported diagram matches the screen and the layout's port positions. The
 * numbers below mirror that stylesheet; change both together.
 */

export const FONTS = {
  tag: { size: 9.5, weight: 700, spacing: 0.4 },
  name: { size: 13, weight: 600 },
  detail: { size: 11.5 },
  small: { size: 11 },
  badge: { size: 10, weight: 600 },
  proto: { size: 9.5, weight: 700 },
  port: { size: 12, weight: 600 },
  mono: { size: 11, mono: true },
  chip: { size: 10.5 },
  lane: { size: 12, weight: 600 },
  laneKind: { size: 9.5, weight: 600, spacing: 0.6 },
  share: { size: 11, weight: 650 },
} satisfies Record<string, FontSpec>

/** Where the first listener row starts, and each row's height (graph-metrics.ts `gateway`). */
export const PORT_TOP = 52
export const PORT_ROW = 30

const TAGS: Record<string, string> = {
  HTTPRoute: 'HTTP',
  GRPCRoute: 'gRPC',
  TLSRoute: 'TLS',
  TCPRoute: 'TCP',
  UDPRoute: 'UDP',
}

export interface DrawContext {
  t: DiagramTheme
  measure: Measure
}

function tagOf(n: GraphNode): string {
  if (n.kind === 'gateway') return 'Gateway'
  if (n.kind === 'listenerset') return 'ListenerSet'
  if (n.kind === 'rule') return 'Rule'
  if (n.kind === 'route') return TAGS[n.objectKind] ?? n.objectKind
  return n.objectKind
}

function badgeRow(badges: GraphBadge[] | undefined, right: number, top: number, c: DrawContext): { svg: string; width: number } {
  let svg = ''
  let x = right
  for (const b of [...(badges ?? [])].reverse()) {
    const color = toneColor(c.t, b.tone)
    const width = c.measure(b.label, FONTS.badge) + 10
    x -= width
    svg += pill(x, top, b.label, {
      font: FONTS.badge,
      h: 16,
      padX: 5,
      rx: 8,
      fill: b.tone === 'neutral' || b.tone === 'info' ? c.t.surface3 : mix(color, c.t.surface, 14),
      color,
      measure: c.measure,
    }).svg
    x -= 3
  }
  return { svg, width: right - x }
}

/** Where a node's status badges sit, as on the canvas (NodeShell's `badgesAt`). */
function badgesAt(n: GraphNode): 'head' | 'detail' | 'foot' {
  if (n.kind === 'route') return 'foot'
  if (n.kind === 'gateway' || n.kind === 'listenerset') return 'detail'
  return 'head'
}

/** The frame, stripe, kind tag, name, badges and detail line; returns the y where the body starts. */
function shell(n: GraphNode, x: number, y: number, c: DrawContext, out: string[]): number {
  const { t, measure } = c
  const color = nodeColor(t, n.kind, n.objectKind)
  const dashed = n.missing || n.context
  const at = badgesAt(n)
  out.push(
    rect(x, y, n.width, n.height, {
      rx: 10,
      fill: n.missing ? t.surface2 : t.surface,
      stroke: t.border,
      'stroke-dasharray': dashed ? '5 3' : undefined,
    }),
  )
  const tag = tagOf(n).toUpperCase()
  const tagW = measure(tag, FONTS.tag) + 10
  out.push(rect(x + 12, y + 9, tagW, 16, { rx: 4, fill: mix(color, t.surface, 13) }), text(x + 17, y + 9, 16, tag, FONTS.tag, color))
  // The head's right end: the badges (most nodes) or a route's rule count, as the canvas's fold switch.
  let headRight = ''
  let headW = 0
  if (at === 'head') {
    const badges = badgeRow(n.badges, x + n.width - 10, y + 9, c)
    headRight = badges.svg
    headW = badges.width
  } else if (n.kind === 'route') {
    const fold = `${n.collapsed ? '▸' : '▾'} ${n.ruleCount ?? 0}`
    headRight = text(x + n.width - 12, y + 7, 20, fold, FONTS.small, t.muted, 'end')
    headW = measure(fold, FONTS.small) + 2
  }
  const nameX = x + 12 + tagW + 6
  const nameMax = x + n.width - 10 - (headW > 0 ? headW + 6 : 0) - nameX
  out.push(text(nameX, y + 7, 20, fit(n.label, FONTS.name, nameMax, measure), FONTS.name, t.text), headRight)
  let top = y + 27
  if (n.detail !== undefined || (at === 'detail' && n.badges?.length)) {
    const badges = at === 'detail' ? badgeRow(n.badges, x + n.width - 10, top, c) : { svg: '', width: 0 }
    const detailMax = n.width - 22 - (badges.width > 0 ? badges.width + 6 : 0)
    out.push(text(x + 12, top, 16, fit(n.detail ?? '', FONTS.detail, detailMax, measure), FONTS.detail, n.missing ? t.warning : t.muted), badges.svg)
    top += 16
  }
  return top
}

function ports(n: GraphNode, x: number, y: number, c: DrawContext, out: string[]): void {
  const { t, measure } = c
  const list = n.ports ?? []
  if (list.length > 0) out.push(line(x, y + PORT_TOP, x + n.width, y + PORT_TOP, { stroke: t.border }))
  list.forEach((p, i) => {
    const top = y + PORT_TOP + i * PORT_ROW
    if (i > 0)
      out.push(
        line(x, top, x + n.width, top, {
          stroke: mix(t.border, t.surface, 60),
        }),
      )
    const proto = pill(x + 12, top + 7.5, p.protocol, {
      font: FONTS.proto,
      h: 15,
      padX: 4,
      rx: 3,
      fill: t.surface,
      stroke: mix(t.gateway, t.surface, 35),
      color: t.gateway,
      measure,
    })
    out.push(proto.svg)
    const badges = badgeRow(p.badges, x + n.width - 14, top + 7, c)
    let cx = x + 12 + proto.width + 6
    const num = `:${p.port}`
    const numW = measure(num, FONTS.mono)
    const right = x + n.width - 12 - (badges.width > 0 ? badges.width + 4 : 0)
    const name = fit(p.name, FONTS.port, Math.max(36, right - cx - numW - 6 - 40), measure)
    out.push(text(cx, top, PORT_ROW, name, FONTS.port, t.text))
    cx += measure(name, FONTS.port) + 6
    out.push(text(cx, top, PORT_ROW, num, FONTS.mono, t.muted))
    cx += numW + 6
    const host = fit(p.hostname ?? '*', FONTS.small, right - cx, measure)
    out.push(text(right, top, PORT_ROW, host, FONTS.small, t.faint, 'end'), badges.svg)
  })
}

/** A route's foot: its status badges in a row of their own, as the canvas draws them. */
function routeFoot(n: GraphNode, x: number, top: number, c: DrawContext, out: string[]): void {
  const { t, measure } = c
  const y = top + 4
  out.push(line(x, y, x + n.width, y, { stroke: mix(t.border, t.surface, 70) }))
  if (!n.badges?.length) {
    out.push(text(x + 12, y, 26, n.objectKind, FONTS.chip, t.faint))
    return
  }
  // badgeRow lays out from the right; start it where a row of this width ends.
  const width = n.badges.reduce((w, b) => w + measure(b.label, FONTS.badge) + 13, -3)
  out.push(badgeRow(n.badges, x + 12 + width, y + 5, c).svg)
}

function ruleBody(n: GraphNode, x: number, top: number, c: DrawContext, out: string[]): void {
  const { t, measure } = c
  let y = top + 3
  for (const l of n.lines ?? []) {
    out.push(text(x + 12, y, 18, fit(l, FONTS.mono, n.width - 22, measure), FONTS.mono, t.text))
    y += 18
  }
  let cx = x + 12
  for (const chip of n.chips ?? []) {
    const width = measure(chip.label, FONTS.chip) + 14
    if (cx + width > x + n.width - 10) break
    const filter = chip.kind === 'filter'
    out.push(
      pill(cx, y + 4, chip.label, {
        font: FONTS.chip,
        h: 18,
        padX: 7,
        rx: 9,
        fill: filter ? mix(t.rule, t.surface, 8) : t.surface2,
        stroke: filter ? mix(t.rule, t.surface, 30) : t.border,
        color: filter ? t.rule : t.muted,
        measure,
      }).svg,
    )
    cx += width + 4
  }
}

/** One node card at (x, y): the canvas's position for it, dragged or laid out; titled with the canvas's accessible name. */
export function drawNode(n: GraphNode, x: number, y: number, c: DrawContext): string {
  const out: string[] = []
  const top = shell(n, x, y, c, out)
  if (n.kind === 'gateway' || n.kind === 'listenerset') ports(n, x, y, c, out)
  else if (n.kind === 'route') routeFoot(n, x, top, c, out)
  else if (n.kind === 'rule') ruleBody(n, x, top, c, out)
  else if (n.kind === 'backend') out.push(text(x + 12, top, 16, `ns ${n.namespace}`, FONTS.small, c.t.faint))
  // The kind stripe on the left edge, over the listener rows as on the canvas.
  out.push(
    rect(x - 0.5, y + 10, 3, n.height - 20, {
      rx: 1.5,
      fill: nodeColor(c.t, n.kind, n.objectKind),
    }),
  )
  return `<g class="node" data-id="${esc(n.id)}"${n.context ? ' opacity="0.62"' : ''}><title>${esc(nodeLabel(n))}</title>${out.join('')}</g>`
}
