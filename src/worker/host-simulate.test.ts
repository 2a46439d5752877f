import { describe, expect, it } from 'vitest'
import { EngineHost } from './host'

describe('EngineHost.simulate', () => {
  it('answers against the latest analysis and names its version', async () => {
    const host = new EngineHost()
    expect(await host.simulate({ version: 0, requests: [{ protocol: 'HTTP' }] })).toEqual({ version: -1, results: [] })
    await host.analyze({ version: 3, files: [{ name: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n' }] })
    const answer = await host.simulate({ version: 3, requests: [{ protocol: 'HTTP', path: '/' }, { protocol: 'TCP' }] })
    expect(answer.version).toBe(3)
    expect(answer.results.map((r) => r.status)).toEqual([404, 404])
    expect(answer.results[0]?.trace[0]?.criterion).toBe('no-listeners')
  })
})
