import { describe, expect, it } from 'vitest'
import { starterExample } from '../../examples'
import type { EnginePort } from '../state'
import { applyAnalysis, createLabStore, setCasesText, setText, type LabStore } from '../state'
import { EngineHost } from '../../worker/host'
import { connectCaseRunner } from './case-runner'

const text = starterExample.files[0]!.text

/** The engine in-process, as the worker runs it; `analyse` plays the engine bridge's part. */
function lab(): { store: LabStore; host: EngineHost; port: EnginePort; analyse: () => Promise<void> } {
  const store = createLabStore({ text, fileName: 'workspace.yaml' })
  const host = new EngineHost()
  const port: EnginePort = {
    applyEdit: (r) => host.applyEdit(r),
    simulate: (r) => host.simulate(r),
    sampleTraffic: (r) => host.sampleTraffic(r),
    runRouteTests: (r) => host.runRouteTests(r),
    readRouteTests: (t) => host.readRouteTests(t),
    answerQuestion: (r) => host.answerQuestion(r),
    routingTable: (r) => host.routingTable(r),
  }
  const analyse = async () => {
    const { version, text: t } = store.getState()
    applyAnalysis(store, await host.analyze({ version, files: [{ name: 'workspace.yaml', text: t }] }))
  }
  return { store, host, port, analyse }
}

const settle = () => new Promise((r) => setTimeout(r, 20))
const passed = (store: LabStore) => store.getState().caseRun?.outcomes.map((o) => o.diffs.length === 0)

describe('the case runner', () => {
  it('reads cases given as text, runs them on every analysis, and shows what changed', async () => {
    const { store, port, analyse } = lab()
    const stop = connectCaseRunner(store, port, 0)
    await analyse()
    setCasesText(store, starterExample.cases)
    await settle()
    expect(store.getState().casesText).toBeUndefined()
    expect(store.getState().cases).toHaveLength(5)
    expect(passed(store)).toEqual([true, true, true, true, true])

    // An edit that sends /cart elsewhere: the first case fails and says how.
    setText(store, text.replace('value: /cart', 'value: /basket'), 'editor')
    await analyse()
    await settle()
    expect(passed(store)).toEqual([false, true, true, true, true])
    expect(store.getState().caseRun?.outcomes[0]?.diffs[0]).toEqual({ field: 'status', expected: 200, actual: 404 })
    stop()
  })

  it('keeps the last results while the YAML does not parse, and drops answers for older text', async () => {
    const { store, port, analyse } = lab()
    const stop = connectCaseRunner(store, port, 0)
    await analyse()
    store.setState({ cases: [{ request: { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, expect: { status: 200 } }] })
    await settle()
    const run = store.getState().caseRun
    expect(run?.version).toBe(1)
    setText(store, `${text}\nbroken: [`, 'editor')
    await analyse()
    await settle()
    expect(store.getState().caseRun).toBe(run)

    // An answer that arrives after the text changed again is not shown.
    const slow: EnginePort = { ...port, runRouteTests: async (r) => {
      const answer = await port.runRouteTests(r)
      setText(store, `${text}# newer\n`, 'editor')
      return answer
    } }
    stop()
    setText(store, text, 'editor')
    const stopSlow = connectCaseRunner(store, slow, 0)
    await analyse()
    await settle()
    expect(store.getState().caseRun).toBe(run)
    stopSlow()
  })

  it('says so when cases text is not a cases file, and keeps the text', async () => {
    const { store, port, analyse } = lab()
    const stop = connectCaseRunner(store, port, 0)
    await analyse()
    setCasesText(store, 'just: text')
    await settle()
    expect(store.getState().casesError).toMatch(/could not be read: must hold a list of cases/)
    expect(store.getState().casesText).toBe('just: text')
    stop()
  })

  it('runs the cases once typing pauses, not on every analysis', async () => {
    const { store, port, analyse } = lab()
    let runs = 0
    const counting: EnginePort = { ...port, runRouteTests: (r) => (runs++, port.runRouteTests(r)) }
    store.setState({ cases: [{ request: { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, expect: { status: 200 } }] })
    const stop = connectCaseRunner(store, counting, 60)
    await new Promise((r) => setTimeout(r, 100))
    runs = 0
    for (const path of ['/c', '/ca', '/car']) {
      setText(store, text.replace('value: /cart', `value: ${path}`), 'editor')
      await analyse()
      await new Promise((r) => setTimeout(r, 10))
    }
    expect(runs).toBe(0)
    await new Promise((r) => setTimeout(r, 120))
    expect(runs).toBe(1)
    expect(store.getState().caseRun?.version).toBe(store.getState().version)
    expect(passed(store)).toEqual([false])
    stop()
  })
})
