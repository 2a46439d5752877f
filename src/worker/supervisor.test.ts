import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EngineClient } from './client'
import type { EngineApi } from './protocol'
import { EngineFailure, EngineSupervisor, type RestartReason } from './supervisor'

/** A fake engine whose `simulate` does what the test says: answer, hang, or throw. */
function fakeEngines(behaviour: (engine: number, call: number) => 'answer' | 'hang' | 'throw') {
  const started: { disposed: boolean }[] = []
  const start = (): EngineClient => {
    const id = started.length
    const record = { disposed: false }
    started.push(record)
    let calls = 0
    const api = {
      simulate: (r: { version: number }) => {
        const b = behaviour(id, calls++)
        if (b === 'hang') return new Promise(() => undefined)
        if (b === 'throw') return Promise.reject(new Error('boom'))
        return Promise.resolve({ version: r.version, results: [], engine: id })
      },
    } as unknown as EngineApi
    return { api, dispose: () => (record.disposed = true) }
  }
  return { start, started }
}

const ask = (s: EngineSupervisor, version: number, budget = 2000) => s.call('simulate', budget, (api) => api.simulate({ version, requests: [] }) as unknown as Promise<{ version: number; engine: number }>)

afterEach(() => vi.useRealTimers())

describe('EngineSupervisor', () => {
  it('answers through one engine while it behaves', async () => {
    const f = fakeEngines(() => 'answer')
    const s = new EngineSupervisor({ start: f.start })
    expect(await ask(s, 1)).toMatchObject({ version: 1, engine: 0 })
    expect(await ask(s, 2)).toMatchObject({ version: 2, engine: 0 })
    expect(f.started).toHaveLength(1)
    expect(s.generation).toBe(0)
  })

  it('hands a call to a started engine at once, before work queued by the caller runs', async () => {
    const f = fakeEngines(() => 'answer')
    const s = new EngineSupervisor({ start: f.start })
    await ask(s, 1)
    const order: string[] = []
    queueMicrotask(() => order.push('caller work'))
    void s.call('simulate', 2000, async () => (order.push('engine call'), 0))
    await Promise.resolve()
    expect(order).toEqual(['engine call', 'caller work'])
  })

  it('replaces an engine that does not answer within the budget, and later calls reach the new one', async () => {
    vi.useFakeTimers()
    const f = fakeEngines((engine, call) => (engine === 0 && call === 1 ? 'hang' : 'answer'))
    const restarts: RestartReason[] = []
    const s = new EngineSupervisor({ start: f.start, onRestart: (r) => restarts.push(r), startupGraceMs: 5000 })
    await expect(ask(s, 1)).resolves.toMatchObject({ engine: 0 })
    const hung = ask(s, 2)
    const queued = ask(s, 3)
    const failed = expect(hung).rejects.toBeInstanceOf(EngineFailure)
    await vi.advanceTimersByTimeAsync(1999)
    expect(restarts).toEqual([])
    await vi.advanceTimersByTimeAsync(2)
    await failed
    expect(restarts).toEqual([{ kind: 'timeout', what: 'simulate', ms: 2000 }])
    expect(f.started[0]!.disposed).toBe(true)
    await expect(queued).resolves.toMatchObject({ version: 3, engine: 1 })
    expect(s.generation).toBe(1)
  })

  it('gives a fresh engine extra time for its first answer', async () => {
    vi.useFakeTimers()
    const f = fakeEngines(() => 'hang')
    const restarts: RestartReason[] = []
    const s = new EngineSupervisor({ start: f.start, onRestart: (r) => restarts.push(r), startupGraceMs: 5000 })
    const first = expect(ask(s, 1)).rejects.toThrow(/no answer to simulate within 2000 ms/)
    await vi.advanceTimersByTimeAsync(6999)
    expect(restarts).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(2)
    await first
    expect(restarts).toHaveLength(1)
  })

  it('replaces an engine that throws, and says why', async () => {
    const f = fakeEngines((engine) => (engine === 0 ? 'throw' : 'answer'))
    const restarts: RestartReason[] = []
    const s = new EngineSupervisor({ start: f.start, onRestart: (r) => restarts.push(r) })
    await expect(ask(s, 1)).rejects.toThrow(/the engine failed on simulate: boom/)
    expect(restarts).toEqual([{ kind: 'error', what: 'simulate', message: 'boom' }])
    await expect(ask(s, 2)).resolves.toMatchObject({ engine: 1 })
  })

  it('refuses calls after dispose', async () => {
    const f = fakeEngines(() => 'answer')
    const s = new EngineSupervisor({ start: f.start })
    await ask(s, 1)
    s.dispose()
    await Promise.resolve()
    expect(f.started[0]!.disposed).toBe(true)
    await expect(ask(s, 2)).rejects.toBeInstanceOf(EngineFailure)
    expect(f.started).toHaveLength(1)
  })
})
