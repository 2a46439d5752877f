import { describe, expect, it } from 'vitest'
import { lessons, starterExample } from '../examples'
import { EngineHost } from './host'

describe('EngineHost.answerQuestion', () => {
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
})
