import { esc, fit, type FontSpec, type Measure } from './svg-text'

/** A tiny SVG writer: elements as strings, numbers rounded so the file stays small and diffable. */

const r = (v: number) => Math.round(v * 10) / 10

export type Attrs = Record<string, string | number | undefined>

function attrs(a: Attrs): string {
  let s = ''
  for (const [k, v] of Object.entries(a)) if (v !== undefined) s += ` ${k}="${typeof v === 'number' ? r(v) : esc(v)}"`
  return s
}

export function rect(x: number, y: number, w: number, h: number, a: Attrs = {}): string {
  return `<rect${attrs({ x, y, width: Math.max(0, w), height: Math.max(0, h), ...a })}/>`
}

export function line(x1: number, y1: number, x2: number, y2: number, a: Attrs = {}): string {
  return `<line${attrs({ x1, y1, x2, y2, ...a })}/>`
}

export function path(d: string, a: Attrs = {}): string {
  return `<path${attrs({ d, ...a })}/>`
}

/**
 * One line of text whose box of height `h` starts at `top`; `anchor` end draws it leftwards
 * from `x`. Baselines are computed, not left to `dominant-baseline`, which not every viewer reads.
 */
export function text(x: number, top: number, h: number, content: string, font: FontSpec, fill: string, anchor: 'start' | 'end' | 'middle' = 'start'): string {
  if (!content) return ''
  const a: Attrs = {
    x,
    y: top + h / 2 + font.size * 0.35,
    'font-size': font.size,
    'font-weight': font.weight && font.weight !== 400 ? font.weight : undefined,
    'letter-spacing': font.spacing,
    'text-anchor': anchor === 'start' ? undefined : anchor,
    class: font.mono ? 'm' : undefined,
    fill,
  }
  return `<text${attrs(a)}>${esc(content)}</text>`
}

/** A rounded label: text with padding, a fill and an optional border. Returns its width too. */
export function pill(
  x: number,
  top: number,
  content: string,
  o: {
    font: FontSpec
    h: number
    padX: number
    rx: number
    fill: string
    color: string
    stroke?: string
    measure: Measure
  },
): { svg: string; width: number } {
  const width = o.measure(content, o.font) + 2 * o.padX
  const svg =
    rect(x, top, width, o.h, {
      rx: o.rx,
      fill: o.fill,
      stroke: o.stroke,
      'stroke-width': o.stroke ? 1 : undefined,
    }) + text(x + o.padX, top, o.h, content, o.font, o.color)
  return { svg, width }
}

export { fit }
