import type { ObjectRef, Problem, Severity, Span } from '../../model'
import type { LineIndex } from './line-index'

/** Builds a Problem from a span, so every stage reports positions the same way. */
export function problemAt(
  lines: LineIndex,
  file: string,
  span: Span,
  code: string,
  severity: Severity,
  message: string,
  extra: { object?: ObjectRef; path?: string } = {},
): Problem {
  const r = lines.range(file, span)
  const p: Problem = {
    code,
    severity,
    message,
    file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
  }
  if (extra.object) p.object = extra.object
  if (extra.path !== undefined) p.path = extra.path
  return p
}
