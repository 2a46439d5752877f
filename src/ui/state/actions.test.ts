import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../model'
import { applyAnalysis, setText } from './actions'
import { createLabStore } from './store'

const analysis = (version: number, syntaxError = false): Analysis => ({
  version,
  objects: [],
  graph: { nodes: [], edges: [], groups: [], namespaces: [], kinds: [], hiddenRoutes: 0 },
  timings: {},
  status: { gateways: [], listenerSets: [], routes: [] },
  listeners: [],
  bindings: [],
  references: [],
  problems: syntaxError ? [{ code: 'yaml-syntax', severity: 'error', message: 'x', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2 }] : [],
})

describe('lab store', () => {
  it('drops analyses of older document versions', () => {
    const store = createLabStore({ text: 'a', fileName: 'f' })
    setText(store, 'ab', 'editor')
    setText(store, 'abc', 'editor')
    expect(applyAnalysis(store, analysis(2))).toBe(false)
    expect(store.getState().analysis).toBeUndefined()
    expect(applyAnalysis(store, analysis(3))).toBe(true)
    expect(store.getState().analysis?.version).toBe(3)
  })

  it('keeps the last good analysis while the YAML is broken', () => {
    const store = createLabStore({ text: 'a', fileName: 'f' })
    const good = analysis(1)
    applyAnalysis(store, good)
    setText(store, 'a:[', 'editor')
    applyAnalysis(store, analysis(2, true))
    expect(store.getState().lastGood).toBe(good)
    expect(store.getState().text).toBe('a:[')
  })
})
