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
})
