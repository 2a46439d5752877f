/** Text in an exported SVG: escaping, fonts, and truncation to a width, as the canvas's ellipses do. */

export interface FontSpec {
  size: number
  weight?: number
  mono?: boolean
  /** Extra space per character, in pixels (CSS `letter-spacing`). */
  spacing?: number
}

/** Width of `text` in pixels when drawn in `font`. */
export type Measure = (text: string, font: FontSpec) => number

export const SANS = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
export const MONO = 'ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace'

/**
 * A measure without a browser: rough glyph widths of common UI fonts (capitals and digits wider,
 * `i`, `l` and punctuation narrower), slightly generous so that text measured with it fits when a
 * real font draws it. Tests use it; the app measures with a canvas (see `canvasMeasure`).
 */
export const estimateWidth: Measure = (text, font) => {
  const bold = (font.weight ?? 400) >= 600 ? 1.07 : 1
  let em = 0
  for (const ch of text) {
    if (font.mono) em += 0.61
    else if (/[ilj.,:;'|!]/.test(ch)) em += 0.3
    else if (/[A-Z0-9mwMW%]/.test(ch)) em += /[mwMW%]/.test(ch) ? 0.86 : 0.68
    else em += 0.56
  }
  return em * font.size * bold + [...text].length * (font.spacing ?? 0)
}

/** Measures with the browser's own fonts, the ones the PNG is drawn with. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return estimateWidth
  return (text, font) => {
    ctx.font = `${font.weight ?? 400} ${font.size}px ${font.mono ? MONO : SANS}`
    return ctx.measureText(text).width + [...text].length * (font.spacing ?? 0)
  }
}

/** `text` cut to `max` pixels with an ellipsis, or empty when not even the ellipsis fits. */
export function fit(text: string, font: FontSpec, max: number, measure: Measure): string {
  if (measure(text, font) <= max) return text
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= max) lo = mid
    else hi = mid - 1
  }
  return lo === 0 ? (measure('…', font) <= max ? '…' : '') : `${chars.slice(0, lo).join('').trimEnd()}…`
}

// Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): a name from
// the manifests may hold them, and one of them would make the whole file unreadable. Matching
// control characters is the point here, hence the lint exception.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text safe inside an XML element or a double-quoted attribute. */
export function esc(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
