import { describe, expect, it } from 'vitest'
import { EngineHost } from './host'

describe('EngineHost', () => {
  it('answers with the version it was asked about', async () => {
    const host = new EngineHost()
    const a = await host.analyze({ version: 3, files: [{ name: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n' }] })
    expect(a.version).toBe(3)
    expect(a.objects[0]?.kind).toBe('Namespace')
  })

  it('gives a result that survives structured cloning (the worker boundary)', async () => {
    const host = new EngineHost()
    const a = await host.analyze({ version: 1, files: [{ name: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{port: 80}]\n' }] })
    expect(structuredClone(a)).toEqual(a)
  })

  it('imports with progress, thinned to about one call per percent, and answers plain data', async () => {
    const host = new EngineHost()
    const items = Array.from({ length: 3000 }, (_, i) => `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s${i}\n    uid: u${i}\n`).join('')
    const text = `apiVersion: v1\nkind: List\nitems:\n${items}`
    const calls: number[] = []
    const result = await host.prepareImport([{ name: 'big.yaml', text }], (p) => calls.push(p.done))
    expect(result.files[0]).toMatchObject({ ok: true, objects: 3000, withServerFields: 3000 })
    expect(calls.length).toBeGreaterThan(2)
    expect(calls.length).toBeLessThanOrEqual(110)
    expect(calls.at(-1)).toBe(text.length)
    expect(structuredClone(result)).toEqual(result)
    const cleaned = await host.stripServerFields(result.text)
    expect(cleaned.objects).toBe(3000)
    expect(await host.appendDocuments('a: 1\n', cleaned.text.slice(0, 40))).toMatch(/^a: 1\n---\napiVersion: v1\n/)
  })
})
