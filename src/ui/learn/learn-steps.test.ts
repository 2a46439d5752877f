import { describe, expect, it } from 'vitest'
import { examples, LESSON_IDS, lessons } from '../../examples'
import { EngineHost } from '../../worker/host'
import { buildSteps, findStep } from './learn-steps'

const steps = buildSteps(lessons, examples)

describe('Learn mode steps', () => {
  it('walk the lessons in teaching order, every example of every lesson once', () => {
    expect([...new Set(steps.map((s) => s.lesson.id))]).toEqual([...LESSON_IDS])
    expect(steps.map((s) => s.example.id)).toEqual(lessons.flatMap((l) => l.examples))
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length)
    for (const s of steps) expect(s.id).toBe(`${s.lesson.id}/${s.index + 1}`)
  })

  it('keep every question of the lessons, and ask one of each broken example that has none', () => {
    const asked = steps.flatMap((s) => s.questions.map((q) => q.id))
    for (const l of lessons) for (const q of l.questions) expect(asked).toContain(q.id)
    for (const s of steps) if (s.example.expectedStatus) expect(s.questions.length, s.example.id).toBeGreaterThan(0)
    expect(new Set(asked).size).toBe(asked.length)
  })

  it('every question, generated ones included, is answered by the engine with exactly one of its choices', async () => {
    const host = new EngineHost()
    let version = 0
    for (const s of steps) {
      if (s.questions.length === 0) continue
      await host.analyze({ version: ++version, files: s.example.files })
      for (const q of s.questions) {
        const { answer } = await host.answerQuestion({ version, question: q })
        expect(answer.matching, `${s.id} ${q.id}: engine says ${answer.answer}`).toHaveLength(1)
        expect(answer.explanation.length, q.id).toBeGreaterThan(0)
        if (q.ask === 'condition-reason' && q.id.startsWith('status-of-')) expect(answer.answer).toBe(s.example.expectedStatus?.reason)
      }
    }
  })

  it('finds the step an address names: a lesson, a lesson step, or nothing', () => {
    expect(findStep(steps, 'matching')).toBe(steps.findIndex((s) => s.lesson.id === 'matching'))
    expect(findStep(steps, 'precedence/2')).toBe(steps.findIndex((s) => s.id === 'precedence/2'))
    expect(steps[findStep(steps, 'status/15')]?.example.id).toBe('broken-listenerset-hostname-conflict')
    expect(findStep(steps, 'status/99')).toBe(-1)
    expect(findStep(steps, 'nonsense')).toBe(-1)
    expect(findStep(steps, undefined)).toBe(-1)
  })
})
