import { describe, expect, it } from 'vitest'
import { analyze, answerQuestion } from '../../src/engine'
import { examples, LESSON_IDS, lessons } from '../../src/examples'
import type { Analysis } from '../../src/model'

const analyses = new Map<string, Analysis>()
const analysisOf = (id: string): Analysis => {
  const e = examples.find((x) => x.id === id)
  if (!e) throw new Error(`no example ${id}`)
  if (!analyses.has(id)) analyses.set(id, analyze({ files: e.files }))
  return analyses.get(id)!
}

const questions = lessons.flatMap((l) => l.questions.map((q) => [l.id, q.id, q] as const))

describe('Learn mode lessons', () => {
  it('come in the order attachment, matching, precedence, filters, backends, status', () => {
    expect(lessons.map((l) => l.id)).toEqual([...LESSON_IDS])
    expect(LESSON_IDS).toEqual(['attachment', 'matching', 'precedence', 'filters', 'backends', 'status'])
  })

  it.each(lessons.map((l) => [l.id, l] as const))('%s walks through exactly its examples, in gallery order, with text and questions', (id, l) => {
    expect(l.examples).toEqual(examples.filter((e) => e.lesson === id).map((e) => e.id))
    expect(l.title.length).toBeGreaterThan(5)
    expect(l.text.length).toBeGreaterThan(0)
    expect(l.questions.length).toBeGreaterThanOrEqual(3)
    for (const q of l.questions) expect(l.examples).toContain(q.example)
  })

  it('have unique question ids, and no question repeats a choice', () => {
    const ids = questions.map(([, id]) => id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [, id, q] of questions) {
      const values = q.choices.map((c) => c.value)
      expect(new Set(values).size, id).toBe(values.length)
      expect(values.length, id).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('every question, answered by the engine', () => {
  it.each(questions)('%s / %s: the engine’s answer is exactly one of the choices, with an explanation', (_lesson, _id, q) => {
    const a = answerQuestion(analysisOf(q.example), q)
    expect(a.matching, `engine answered ${JSON.stringify(a.answer)}; choices ${q.choices.map((c) => c.value).join(' | ')}`).toHaveLength(1)
    expect(a.choice).toBe(a.matching[0])
    expect(a.explanation.length).toBeGreaterThan(0)
  })

  it('answers follow the manifests: edit the example and the right choice moves', () => {
    const q = lessons.find((l) => l.id === 'backends')!.questions.find((x) => x.id === 'backends-relative-weights')!
    const e = examples.find((x) => x.id === q.example)!
    const before = answerQuestion(analysisOf(q.example), q)
    const edited = analyze({ files: [{ name: 'workspace.yaml', text: e.files[0]!.text.replace('          weight: 3\n', '          weight: 0\n') }] })
    const after = answerQuestion(edited, q)
    expect(q.choices[before.choice]!.value).toBe('search-green')
    expect(q.choices[after.choice]!.value).toBe('search-blue')
  })
})
