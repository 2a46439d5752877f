import { describe, expect, it } from 'vitest'
import { starterExample } from '../examples'
import type { Analysis } from '../model'
import { applyAnalysisPatch, type AnalysisPatch } from './analysis-patch'
import { EngineHost } from './host'

const text = starterExample.files[0]!.text
const many = Array.from({ length: 60 }, (_, i) => text.replaceAll('checkout', `checkout${i}`).replaceAll('catalog', `catalog${i}`).replace(/^[\s\S]*?---\n/, '')).join('---\n')
const big = `${text}---\n${many}`

describe('analysis patches across the worker boundary', () => {
  it('rebuild exactly the analysis the host computed, edit after edit', async () => {
    const host = new EngineHost()
    const edits = [big, big.replace('value: /cart', 'value: /cart/x'), big.replace('weight: 90', 'weight: 91'), `# moved\n${big}`, big.replace('  name: checkout7\n', '  name: [broken\n'), big]
    let held: { seq: number; analysis: Analysis } | undefined
    for (const [i, t] of edits.entries()) {
      const request = { version: i, files: [{ name: 'w.yaml', text: t }] }
      const patch = structuredClone(await host.analyzePatch(request))
      const rebuilt = applyAnalysisPatch(held, patch)
      expect(rebuilt).toEqual(await new EngineHost().analyze(request).then((a) => ({ ...a, timings: rebuilt.timings })))
      held = { seq: patch.seq, analysis: rebuilt }
    }
  })

  it('send a small fraction of the analysis for a one-line edit, and keep unchanged nodes identical', async () => {
    const host = new EngineHost()
    const first = await host.analyzePatch({ version: 1, files: [{ name: 'w.yaml', text: big }] })
    const held = { seq: first.seq, analysis: applyAnalysisPatch(undefined, first) }
    const patch: AnalysisPatch = await host.analyzePatch({ version: 2, files: [{ name: 'w.yaml', text: big.replace('value: /cart', 'value: /cart/x') }] })
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(first).length / 20)
    const next = applyAnalysisPatch(held, patch)
    const changed = next.graph.nodes.filter((n, i) => n !== held.analysis.graph.nodes[i]).map((n) => n.id)
    expect(changed).toEqual(['ru:HTTPRoute/shop/checkout#0'])
  })

  it('keep every unchanged array and part identical, so selectors on them do not fire', async () => {
    const host = new EngineHost()
    const first = await host.analyzePatch({ version: 1, files: [{ name: 'w.yaml', text: big }] })
    const held = { seq: first.seq, analysis: applyAnalysisPatch(undefined, first) }
    // A path typed in a rule: one graph node changes; edges, problems and status do not.
    const next = applyAnalysisPatch(held, await host.analyzePatch({ version: 2, files: [{ name: 'w.yaml', text: big.replace('value: /cart', 'value: /cart/x') }] }))
    expect(next.graph).not.toBe(held.analysis.graph)
    expect(next.graph.nodes).not.toBe(held.analysis.graph.nodes)
    expect(next.graph.edges).toBe(held.analysis.graph.edges)
    expect(next.problems).toBe(held.analysis.problems)
    expect(next.status).toBe(held.analysis.status)
    // A comment: nothing but positions moves, so the graph itself is the same object.
    const later = { seq: 2, analysis: next }
    const commentPatch = await host.analyzePatch({ version: 3, files: [{ name: 'w.yaml', text: big.replace('value: /cart', 'value: /cart/x # typed') }] })
    const commented = applyAnalysisPatch(later, structuredClone(commentPatch))
    expect(commented.graph).toBe(next.graph)
    expect(commented.status).toBe(next.status)
    // What did not change is not sent item by item: the comment's patch is a small part of the
    // path's, which carries one changed rule.
    expect(JSON.stringify(commentPatch).length).toBeLessThan(JSON.stringify(first).length / 50)
  })

  it('refuses a patch made for another base', async () => {
    const host = new EngineHost()
    await host.analyzePatch({ version: 1, files: [{ name: 'w.yaml', text }] })
    const patch = await host.analyzePatch({ version: 2, files: [{ name: 'w.yaml', text }] })
    expect(() => applyAnalysisPatch(undefined, patch)).toThrow(/does not apply/)
    expect((await host.analyzePatch({ version: 3, files: [{ name: 'w.yaml', text }], full: true })).base).toBeUndefined()
  })
})
