import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import type { Analysis } from '../../src/model'
import { expectPositionsInside } from './positions'

const run = (text: string): Analysis => analyze({ files: [{ name: 'w.yaml', text }] })

/** The engine answers every hostile input with problems, never an exception. */
describe('hostile input', () => {
  it('an empty text, blank documents and comments only', () => {
    for (const text of ['', '\n', '---', '---\n---\n', '# just a comment\n', '...\n']) {
      const a = run(text)
      expect(a.objects).toEqual([])
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([])
    }
  })

  it('binary garbage', () => {
    let seed = 7
    const bytes = Array.from({ length: 20_000 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 255)
    const text = String.fromCharCode(...bytes)
    const a = run(text)
    expect(a.problems.length).toBeGreaterThan(0)
    expectPositionsInside(a, text)
  })

  it('a scalar or a list instead of a manifest', () => {
    const a = run('just text\n---\n- 1\n- 2\n')
    expect(a.problems.map((p) => p.code)).toEqual(['not-an-object', 'not-an-object'])
  })

  it('10 MB of text', () => {
    const line = `# ${'x'.repeat(98)}\n`
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: big\n  annotations:\n    note: "${'y'.repeat(5_000_000)}"\n${line.repeat(50_000)}`
    expect(text.length).toBeGreaterThan(10_000_000)
    const a = run(text)
    expect(a.objects).toHaveLength(1)
    expectPositionsInside(a, text)
  })

  it('deep nesting, in flow and in block style', () => {
    for (const text of [`spec: ${'['.repeat(50_000)}`, `a: ${'['.repeat(5_000)}${']'.repeat(5_000)}`, Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')]) {
      const a = run(text)
      expect(a.problems.length).toBeGreaterThan(0)
      expectPositionsInside(a, text)
    }
  })

  it('deep nesting inside a manifest is cut off with a problem', () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: deep\nspec:\n  x: ${'['.repeat(200)}${']'.repeat(200)}\n`
    const a = run(text)
    expect(a.problems.map((p) => p.code)).toContain('yaml-too-deep')
    expectPositionsInside(a, text)
  })

  it('an alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    // Service spec keeps fields RouteLab does not model, so the decoder walks into them.
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: bomb\nspec:\n${levels.map((l) => `  ${l}`).join('\n')}\n`
    const a = run(text)
    expect(a.problems.map((p) => p.code)).toContain('yaml-aliases')
    expect(a.objects).toEqual([])
    expectPositionsInside(a, text)
  })

  it('a self-referencing alias', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: loop\nspec: &s\n  ports: *s\n'
    const a = run(text)
    expectPositionsInside(a, text)
  })
})
