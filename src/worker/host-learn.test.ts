import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { examples, lessons, starterExample } from '../examples'
import { EngineHost } from './host'

describe('EngineHost.answerQuestion and runRouteTests', () => {
  it('answers a Learn question from the latest analysis, naming its version', async () => {
    const host = new EngineHost()
    const question = lessons[0]!.questions.find((q) => q.id === 'attachment-section-name')!
    await host.analyze({ version: 7, files: starterExample.files })
    const a = await host.answerQuestion({ version: 7, question })
    expect(a.version).toBe(7)
    expect(a.answer.answer).toBe('404')
    expect(question.choices[a.answer.choice]?.value).toBe('404')
    expect(a.answer.explanation.length).toBeGreaterThan(0)
    expect(structuredClone(a)).toEqual(a)
  })

  it('follows edits: the same question answered on changed manifests', async () => {
    const host = new EngineHost()
    const question = lessons[0]!.questions.find((q) => q.id === 'attachment-section-name')!
    const text = starterExample.files[0]!.text.replace(/\n\s*sectionName: https/, '')
    expect(text).not.toBe(starterExample.files[0]!.text)
    await host.analyze({
      version: 2,
      files: [{ name: 'workspace.yaml', text }],
    })
    expect((await host.answerQuestion({ version: 2, question })).answer.answer).toBe('200')
  })

  it('runs every example’s cases, from text or from data, and they all pass', async () => {
    const host = new EngineHost()
    for (const [i, ex] of examples.entries()) {
      await host.analyze({ version: i + 1, files: ex.files })
      // Every other example sends its cases as data, as a workspace stores them.
      const r = await host.runRouteTests({
        version: i + 1,
        cases: i % 2 ? parse(ex.cases) : ex.cases,
      })
      expect(r.ok, ex.id).toBe(true)
      if (!r.ok) continue
      expect(r.version).toBe(i + 1)
      expect(r.results.length, ex.id).toBeGreaterThan(0)
      expect(
        r.results.filter((c) => !c.passed),
        ex.id,
      ).toEqual([])
    }
  })

  it('reports failing cases with their differences, and refuses what is not a cases file', async () => {
    const host = new EngineHost()
    await host.analyze({ version: 1, files: starterExample.files })
    const r = await host.runRouteTests({
      version: 1,
      cases: [
        {
          name: 'wrong',
          request: {
            protocol: 'HTTP',
            host: 'catalog.shop.example.com',
            path: '/',
          },
          expect: { status: 200 },
        },
      ],
    })
    expect(r.ok && r.results).toEqual([
      {
        name: 'wrong',
        passed: false,
        diffs: [{ field: 'status', expected: 200, actual: 404 }],
      },
    ])
    const bad = await host.runRouteTests({
      version: 1,
      cases: 'just: a mapping',
    })
    expect(bad).toMatchObject({
      ok: false,
      message: expect.stringContaining('list of cases'),
    })
  })
})
