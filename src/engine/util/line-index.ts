import type { SourceRange, Span } from '../../model'

/**
 * Maps character offsets to 1-based line and column. Built once per file text; lookups are a
 * binary search, so turning thousands of field spans into ranges stays cheap.
 */
export class LineIndex {
  private readonly starts: number[]

  constructor(readonly text: string) {
    const starts = [0]
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  /** 1-based line and column of an offset; offsets past the end clamp to the end. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= o) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 }
  }

  range(file: string, span: Span): SourceRange {
    const a = this.position(span[0])
    const b = this.position(Math.max(span[0], span[1]))
    return { file, start: span[0], end: span[1], line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }
}
