/**
 * Node sizes and spacing, in canvas pixels. The layout places nodes with these, and the canvas
 * stylesheet (src/ui/canvas/nodes.css) draws rows of exactly these heights, so ports and lines
 * sit where the layout expects them.
 */
export const METRICS = {
  /** Routes are wide enough for a row of status badges (`Not accepted`, `RefNotPermitted`). */
  columnWidth: [228, 248, 216, 192] as const,
  /** Horizontal space between columns; the rule → backend gap holds the share and grant labels. */
  columnGap: [72, 44, 116] as const,
  nodeGap: 14,
  gateway: { header: 52, port: 30, footer: 8 },
  route: { height: 80 },
  rule: { header: 30, line: 18, chips: 26, footer: 8 },
  backend: { height: 58 },
  lane: { header: 34, padding: 18, gap: 36 },
  maxRuleLines: 3,
} as const

/** Left edge of each column. */
export const COLUMN_X: readonly number[] = (() => {
  const xs = [0]
  for (let i = 1; i < METRICS.columnWidth.length; i++) xs.push(xs[i - 1]! + METRICS.columnWidth[i - 1]! + METRICS.columnGap[i - 1]!)
  return xs
})()

export const TOTAL_WIDTH = COLUMN_X.at(-1)! + METRICS.columnWidth.at(-1)!

export const COLUMN = { gateway: 0, route: 1, rule: 2, backend: 3 } as const
