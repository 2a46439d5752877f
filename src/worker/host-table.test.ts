import { describe, expect, it } from 'vitest'
import { starterExample } from '../examples'
import { EngineHost } from './host'

describe('EngineHost.routingTable', () => {
  it('answers for the latest analysis, as data and as text, and survives structured cloning', async () => {
    const host = new EngineHost()
    const empty = await host.routingTable({ version: 0, format: 'markdown' })
    expect(empty.version).toBe(-1)
    expect(empty.table.listeners).toEqual([])
    await host.analyze({ version: 4, files: starterExample.files })
    const md = await host.routingTable({ version: 4, format: 'markdown' })
    expect(md.version).toBe(4)
    expect(md.table.listeners.map((l) => l.listener)).toEqual(['http', 'https'])
    expect(md.text).toContain('### catalog.shop.example.com (HTTPRoute)')
    const json = await host.routingTable({ version: 4, format: 'json' })
    expect(JSON.parse(json.text)).toEqual(json.table)
    expect(structuredClone(json)).toEqual(json)
  })

  it('delivers hints with the analysis problems', async () => {
    const a = await new EngineHost().analyze({ version: 1, files: starterExample.files })
    expect(a.problems.map((p) => p.code)).toContain('hint-no-https-redirect')
    expect(a.timings.hints).toBeGreaterThanOrEqual(0)
  })
})
