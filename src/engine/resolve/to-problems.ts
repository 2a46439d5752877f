import { refOf, type ManifestObject, type ObjectSource, type Problem, type Span } from '../../model'
import { fieldSpan } from '../decode/shift-object'
import type { LineIndex } from '../util/line-index'
import { problemAt } from '../util/problems'
import type { Finding } from './findings'

/** The span of a field, falling back to its closest recorded parent, then to the object. */
function spanOf(source: ObjectSource, path: string): Span {
  let p = path
  while (p) {
    const s = fieldSpan(source, p)
    if (s) return s
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))
    p = cut > 0 ? p.slice(0, cut) : ''
  }
  return fieldSpan(source, 'metadata.name') ?? source.span
}

/**
 * Turns resolve's findings into Problems with positions, so the editor, the graph and the CLI
 * show status outcomes where the field is written. `currentOf` maps the objects findings name to
 * the objects of this analysis, whose spans are current.
 *
 * @example
 * toProblems(resolution.findings, lineIndexes) // [{ code: 'route-not-allowed-by-listeners', line: 12, ... }]
 */
export function toProblems(findings: readonly Finding[], lines: ReadonlyMap<string, LineIndex>, currentOf?: ReadonlyMap<ManifestObject, ManifestObject>): Problem[] {
  const out: Problem[] = []
  for (const f of findings) {
    // Later stages may name the canonical copy of an object: its positions are the current one's.
    const o = currentOf?.get(f.object) ?? f.object
    const idx = lines.get(o.source.file)
    if (!idx) continue
    const p = problemAt(idx, o.source.file, spanOf(o.source, f.path), f.code, f.severity, f.message, { object: refOf(o), path: f.path })
    if (f.fixes?.length) p.fixes = f.fixes
    out.push(p)
  }
  return out
}
