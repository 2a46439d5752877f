/**
 * Incremental analysis must be invisible: after any sequence of edits, analysing with the cache
 * of the previous analyses gives exactly what a cold analysis of the same text gives (objects,
 * problems, status, listeners, bindings, references, graph, and the simulator's routing table).
 * Workspaces start from the status and hint fixtures, whose documents are built to interact
 * (shared listeners, ListenerSets, grants, HTTPRoute/GRPCRoute collisions, shadowing), and are
 * edited the way people edit: a character typed or deleted, a value swapped for another one that
 * means something nearby, documents removed, duplicated, moved or pasted in from elsewhere.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, AnalysisCache, routingTable } from '../../src/engine'
import type { Analysis, AnalyzeOptions, GraphOptions } from '../../src/model'
import { loadHintFixtures } from '../hints/fixtures'
import { loadFixtures } from '../status/fixtures'

const split = (text: string) => text.split(/^---[ \t]*$/m).filter((d) => d.trim())
const WORKSPACES = [...loadFixtures(), ...loadHintFixtures()].map((f) => ({ name: f.name, docs: split(f.text), options: f.options as AnalyzeOptions }))
const POOL = WORKSPACES.flatMap((w) => w.docs)

/** Values that mean something in these workspaces, so a swap often changes an outcome. */
const VALUES = ['edge', 'gw', 'web', 'infra', 'default', 'a', 'b', 'shop', '80', '443', '8080', 'HTTP', 'HTTPS', 'TLS', 'All', 'Same', 'Exact', 'PathPrefix', '/', '/a', '"*.example.com"', 'a.example.com', 'http', 'https', '"2026-01-01T00:00:00Z"', 'Gateway', 'ListenerSet', 'Service', 'GRPCRoute', 'HTTPRoute']
const CHARS = ['a', 'x', '1', ' ', '-', ':', '/', '.', '*', '\n', '"', '#']

type Edit =
  | { op: 'char'; doc: number; at: number; char: string; remove: boolean }
  | { op: 'value'; doc: number; line: number; value: string }
  | { op: 'delete' | 'duplicate'; doc: number }
  | { op: 'move'; doc: number; to: number }
  | { op: 'paste'; doc: number; from: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('char' as const), doc: fc.nat(), at: fc.nat(), char: fc.constantFrom(...CHARS), remove: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('value' as const), doc: fc.nat(), line: fc.nat(), value: fc.constantFrom(...VALUES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), doc: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move' as const), doc: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('paste' as const), doc: fc.nat(), from: fc.nat() }) },
)

function apply(docs: string[], e: Edit): string[] {
  const out = [...docs]
  if (out.length === 0) return [POOL[e.doc % POOL.length]!]
  const i = e.doc % out.length
  const d = out[i]!
  switch (e.op) {
    case 'char': {
      const at = e.at % (d.length + 1)
      out[i] = e.remove ? d.slice(0, at) + d.slice(at + 1) : d.slice(0, at) + e.char + d.slice(at)
      break
    }
    case 'value': {
      const lines = d.split('\n')
      const candidates = lines.map((l, n) => (/^\s*(- )?[A-Za-z]+: \S/.test(l) ? n : -1)).filter((n) => n >= 0)
      if (candidates.length === 0) break
      const n = candidates[e.line % candidates.length]!
      lines[n] = lines[n]!.replace(/^(\s*(?:- )?[A-Za-z]+: ).*$/, `$1${e.value}`)
      out[i] = lines.join('\n')
      break
    }
    case 'delete':
      out.splice(i, 1)
      break
    case 'duplicate':
      out.splice(i, 0, d)
      break
    case 'move':
      out.splice(i, 1)
      out.splice(e.to % (out.length + 1), 0, d)
      break
    case 'paste':
      out.splice(i, 0, POOL[e.from % POOL.length]!)
      break
  }
  return out
}

const GRAPHS: GraphOptions[] = [{}, { collapseRules: 'auto' }, { collapseRules: true, groupByNamespace: false }, { kinds: ['Gateway', 'HTTPRoute', 'Service'], namespaces: ['default', 'infra', 'shop'] }]

function comparable(a: Analysis) {
  const { objects, problems, status, listeners, bindings, references, graph } = a
  return { objects, problems, status, listeners, bindings, references, graph, table: routingTable(a) }
}

/** The parts of an analysis that reuse objects of earlier analyses. */
function shared(a: Analysis) {
  const { objects, problems, status, listeners, bindings, references, graph } = a
  return { objects, problems, status, listeners, bindings, references, graph }
}

describe('incremental analysis', () => {
  it('after random edit sequences, a cached analysis equals a cold one', () => {
    fc.assert(
      fc.property(fc.nat(WORKSPACES.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.nat(GRAPHS.length - 1), (w, edits, g) => {
        const { docs: start, options } = WORKSPACES[w]!
        const cache = new AnalysisCache()
        const run = (docs: string[], c?: AnalysisCache) => analyze({ files: [{ name: 'w.yaml', text: docs.join('---\n') }], options, graph: GRAPHS[g]! }, c)
        let docs = start
        let previous = run(docs, cache)
        for (const e of edits) {
          docs = apply(docs, e)
          // The caches share results between analyses: an earlier analysis must stay as it was.
          const before = structuredClone(shared(previous))
          const warm = run(docs, cache)
          const cold = run(docs)
          expect(comparable(warm)).toEqual(comparable(cold))
          // Down to the order of keys: moved objects' spans are worked out lazily, and graph nodes
          // and edges are copies of kept templates (route-fragment.ts, graph-memo.ts).
          expect(JSON.stringify(shared(warm))).toBe(JSON.stringify(shared(cold)))
          expect(shared(previous)).toEqual(before)
          previous = warm
        }
      }),
      { numRuns: 150, seed: 31 },
    )
  }, 600_000)
})
