import { expect } from 'vitest'
import type { Analysis } from '../../src/model'

/** Every problem (and every related position) lies inside the text, and starts before it ends. */
export function expectPositionsInside(a: Analysis, text: string): void {
  const lines = text.split('\n')
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 1
  for (const p of a.problems) {
    const where = `${p.code} at ${p.line}:${p.column}-${p.endLine}:${p.endColumn}`
    expect(inside(p.line, p.column), where).toBe(true)
    expect(inside(p.endLine, p.endColumn), where).toBe(true)
    expect(p.line < p.endLine || (p.line === p.endLine && p.column <= p.endColumn), where).toBe(true)
    for (const r of p.related ?? []) expect(inside(r.line, r.column), `${where} related`).toBe(true)
  }
}
