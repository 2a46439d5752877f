import type { ObjectRef, Problem, Span } from '../../model'
import { severityOf, type ProblemCode } from '../problem-codes'
import type { LineIndex } from '../util/line-index'
import { problemAt } from '../util/problems'

/**
 * A problem before it has line and column: offsets only. Decode and validate results are cached per
 * YAML document and reused when an edit elsewhere moves the document, so positions are computed
 * from spans when an analysis is assembled, never stored.
 */
export interface RawProblem {
  code: ProblemCode
  span: Span
  message: string
  path?: string
  object?: ObjectRef
  related?: { span: Span; message: string }[]
}

/** Turns a raw problem into a Problem with line and column from the file's line index. */
export function materialize(raw: RawProblem, lines: LineIndex, file: string): Problem {
  const extra: { object?: ObjectRef; path?: string } = {}
  if (raw.object) extra.object = raw.object
  if (raw.path !== undefined) extra.path = raw.path
  const p = problemAt(lines, file, raw.span, raw.code, severityOf(raw.code), raw.message, extra)
  if (raw.related) {
    p.related = raw.related.map((r) => {
      const at = lines.position(r.span[0])
      return { file, line: at.line, column: at.column, message: r.message }
    })
  }
  return p
}

export function shiftRaw(raw: RawProblem, delta: number): RawProblem {
  const out: RawProblem = { ...raw, span: [raw.span[0] + delta, raw.span[1] + delta] }
  if (raw.related) out.related = raw.related.map((r) => ({ ...r, span: [r.span[0] + delta, r.span[1] + delta] }))
  return out
}
