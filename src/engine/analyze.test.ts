import { describe, expect, it } from 'vitest'
import { starterExample } from '../examples'
import { analyze, AnalysisCache } from './analyze'

const file = (text: string) => ({ files: [{ name: 'w.yaml', text }] })

describe('analyze', () => {
  it('reads the starter example without errors or warnings; its one note is the plain-HTTP hint', () => {
    const a = analyze({ files: starterExample.files, version: 7 })
    expect(a.version).toBe(7)
    // The starter serves checkout on HTTP and HTTPS on purpose (its cases test both), so the
    // best-practice hint about the missing HTTPS redirect is the only thing it reports.
    expect(a.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(['info hint-no-https-redirect'])
    expect(a.objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Gateway/edge',
      'HTTPRoute/checkout',
      'HTTPRoute/catalog',
      'Service/checkout-v1',
      'Service/checkout-v2',
      'Service/catalog',
      'Service/catalog-beta',
    ])
  })

  it('draws the canary split as traffic shares', () => {
    const a = analyze({ files: starterExample.files })
    const shares = a.graph.edges.filter((e) => e.kind === 'backendRef' && e.source.includes('checkout')).map((e) => e.label)
    expect(shares).toEqual(['90%', '10%'])
    expect(a.graph.nodes.find((n) => n.kind === 'gateway')?.ports?.map((p) => p.name)).toEqual(['http', 'https'])
  })

  it('reports YAML syntax errors with a position, and keeps going', () => {
    const a = analyze(file('kind: Service\nmetadata:\n  name: [x\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n'))
    const syntax = a.problems.filter((p) => p.code === 'yaml-syntax')
    expect(syntax.length).toBeGreaterThan(0)
    expect(syntax[0]).toMatchObject({ file: 'w.yaml', severity: 'error' })
    expect(syntax[0]!.line).toBeGreaterThanOrEqual(3)
    expect(a.objects.map((o) => o.metadata.name)).toEqual(['ok'])
  })

  it('reports duplicate keys', () => {
    const a = analyze(file('apiVersion: v1\nkind: Service\nkind: Service\nmetadata:\n  name: a\n'))
    expect(a.problems.map((p) => [p.code, p.line])).toContainEqual(['yaml-duplicate-key', 3])
  })

  it('reports two objects with the same kind, namespace and name, pointing at both', () => {
    const a = analyze(file('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n'))
    const dup = a.problems.find((p) => p.code === 'duplicate-object')
    expect(dup).toMatchObject({ line: 9, column: 9, severity: 'error' })
    expect(dup?.related?.[0]).toMatchObject({ line: 4, column: 9 })
  })

  it('keeps unknown kinds and reports them as not modelled', () => {
    const a = analyze(file('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n'))
    expect(a.objects).toHaveLength(1)
    expect(a.problems).toEqual([expect.objectContaining({ code: 'kind-not-modelled', severity: 'info', line: 2 })])
  })

  it('re-parses only the documents an edit changed', () => {
    const cache = new AnalysisCache()
    const text = starterExample.files[0]!.text
    analyze({ files: [{ name: 'w.yaml', text }] }, cache)
    const before = new Map(cache.documents)
    analyze({ files: [{ name: 'w.yaml', text: text.replace('weight: 90', 'weight: 80') }] }, cache)
    const reused = [...cache.documents.values()].filter((d) => [...before.values()].includes(d))
    expect(cache.documents.size).toBe(before.size)
    expect(reused).toHaveLength(before.size - 1)
  })
})

describe('analyze, incrementally', () => {
  it('gives the same answer as a cold analysis after every edit, and reuses untouched objects', () => {
    const cache = new AnalysisCache()
    const base = `${starterExample.files[0]!.text}---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n`
    const edits = [base, base.replace('value: /cart', 'value: /cart/more'), base.replace('weight: 90', 'weight: 9'), base.replace('  name: [edge\n', '  name: edge\n'), `# a comment\n${base}`]
    let previous: ReturnType<typeof analyze> | undefined
    for (const text of edits) {
      const warm = analyze({ files: [{ name: 'w.yaml', text }] }, cache)
      const cold = analyze({ files: [{ name: 'w.yaml', text }] })
      expect(warm.objects).toEqual(cold.objects)
      expect(warm.problems).toEqual(cold.problems)
      // The starter teaches one hint on purpose (HTTP beside HTTPS with no redirect); nothing else.
      expect(warm.problems.map((p) => p.code).sort()).toEqual(['hint-no-https-redirect', 'kind-not-modelled'])
      if (previous && text === edits[2]) {
        // Only the checkout route changed: everything before it is the very same object.
        expect(warm.objects[0]).toBe(previous.objects[0])
      }
      previous = warm
    }
  })
})
