import { refKey, refOf, type Analysis, type AnalyzeOptions, type GraphOptions, type ManifestObject, type Problem, type SourceFile } from '../model'
import { canonicalObjects, type CanonicalStore } from './canonical-objects'
import { decodeCached } from './decode/decode-cached'
import { materialize } from './decode/raw-problem'
import { fieldSpan } from './decode/shift-object'
import { GraphMemo } from './graph/graph-memo'
import { toGraph } from './graph/to-graph'
import { findHints } from './hints'
import { parseFile, type DocumentCache } from './parse/parse-file'
import { readSecretFacts, ResolveMemo, resolveStatus, toProblems, type SecretFacts } from './resolve'
import { LineIndex } from './util/line-index'
import { problemAt } from './util/problems'

/**
 * State kept between analyses of the same workspace, so an edit re-parses only the documents it
 * changed. Opaque to callers; not part of the (serialisable) Analysis.
 */
export class AnalysisCache {
  documents: DocumentCache = new Map()
  /** The stable object for each decoded content, so later stages keep their per-object results. */
  canonical: CanonicalStore = new WeakMap()
  /** Resolve's per-route results, kept while the objects they depend on are unchanged. */
  resolve = new ResolveMemo()
  /** The graph's rule faces and last layout (graph-memo.ts). */
  graph = new GraphMemo()
}

export interface AnalyzeInput {
  files: readonly SourceFile[]
  version?: number
  options?: AnalyzeOptions
  /** How the graph is drawn (grouping, folded routes, filters). */
  graph?: GraphOptions
}

/**
 * Reads a workspace and answers everything the UI and CLI show about it. Never throws on user
 * input: anything wrong in the text comes back as a Problem with a position.
 *
 * @example
 * const analysis = analyze({ files: [{ name: 'gateway.yaml', text }] })
 * analysis.problems.filter((p) => p.severity === 'error')
 */
export function analyze(input: AnalyzeInput, cache?: AnalysisCache): Analysis {
  const timings: Record<string, number> = {}
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now()
    try {
      return fn()
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0
    }
  }
  const problems: Problem[] = []
  const objects: ManifestObject[] = []
  const lineIndexes = new Map<string, LineIndex>()
  const nextDocuments: DocumentCache = new Map()
  const secrets = new Map<string, SecretFacts>()

  const channel = input.options?.channel ?? 'experimental'
  for (const f of input.files) {
    const parsed = time('parse', () => parseFile(f.name, f.text, cache?.documents, nextDocuments))
    const lines = new LineIndex(f.text)
    lineIndexes.set(f.name, lines)
    problems.push(...parsed.problems.map((p) => materialize(p, lines, f.name)))
    time('decode', () => {
      for (const d of parsed.documents) {
        const decoded = decodeCached(d, channel)
        objects.push(...decoded.objects)
        for (const p of decoded.problems) problems.push(materialize(p, lines, f.name))
      }
    })
    time('resolve', () => readSecretFacts(parsed.documents, secrets))
  }
  if (cache) cache.documents = nextDocuments

  problems.push(...findDuplicates(objects, lineIndexes))
  // Later stages read content only: they get the stable object for each content (canonical-objects.ts).
  const stable = canonicalObjects(objects, cache?.canonical ?? new WeakMap())
  const resolved = time('resolve', () => resolveStatus(stable.objects, input.options, secrets, cache?.resolve))
  problems.push(...toProblems(resolved.findings, lineIndexes, stable.currentOf))
  const graph = time('graph', () => toGraph(stable.objects, input.graph ?? {}, resolved, cache?.graph))
  const { status, listeners, bindings, references } = resolved
  const analysis: Analysis = { version: input.version ?? 0, objects, problems, graph, status, listeners, bindings, references, timings }
  // Hints read the simulator's compiled tables, which are cached on this analysis object for simulate.
  problems.push(...toProblems(time('hints', () => findHints(analysis, input.options, resolved.context)), lineIndexes, stable.currentOf))
  return analysis
}

function findDuplicates(objects: readonly ManifestObject[], lines: Map<string, LineIndex>): Problem[] {
  const seen = new Map<string, ManifestObject>()
  const out: Problem[] = []
  for (const o of objects) {
    const key = refKey(refOf(o))
    const first = seen.get(key)
    if (!first) {
      seen.set(key, o)
      continue
    }
    const idx = lines.get(o.source.file)
    const firstIdx = lines.get(first.source.file)
    if (!idx || !firstIdx) continue
    const span = fieldSpan(o.source, 'metadata.name') ?? o.source.span
    const firstSpan = fieldSpan(first.source, 'metadata.name') ?? first.source.span
    const where = firstIdx.range(first.source.file, firstSpan)
    const p = problemAt(idx, o.source.file, span, 'duplicate-object', 'error', `${o.kind} ${key.split('/').slice(1).join('/')} is declared twice; the first is at ${where.file}:${where.line}:${where.column}`, {
      object: refOf(o),
      path: 'metadata.name',
    })
    p.related = [{ file: where.file, line: where.line, column: where.column, message: 'first declared here' }]
    out.push(p)
  }
  return out
}
