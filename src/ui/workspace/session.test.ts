import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { EngineHost } from '../../worker/host'
import { createLabStore, setText } from '../state'
import { IndexedDbRepository } from './indexeddb-repository'
import { MemoryRepository } from './memory-repository'
import type { WorkspaceRepository } from './repository'
import { WorkspaceSession } from './session'
import { memoryBus } from './tab-channel'
import { deleteWorkspace, newWorkspace, switchWorkspace } from './workspace-actions'

const content = (text: string) => ({ text, fileName: 'workspace.yaml', positions: {}, layout: {} })
const tick = () => new Promise((r) => setTimeout(r, 5))

function tab(repo: WorkspaceRepository, bus: ReturnType<typeof memoryBus>, memory = new Map<string, string>()) {
  const lab = createLabStore({ text: '', fileName: 'workspace.yaml' })
  const engine = new EngineHost()
  const session = new WorkspaceSession({
    lab,
    openRepository: async () => repo,
    channel: bus(),
    engine: async () => engine,
    starter: { name: 'Starter', content: content('kind: Gateway\n') },
    blank: content('# blank\n'),
    tabMemory: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) },
    saveDelayMs: 60_000,
    noticeMs: 60_000,
  })
  return { lab, session }
}

/** Two tabs on the same storage and channel, both started. */
async function twoTabs() {
  const repo = new MemoryRepository()
  const bus = memoryBus()
  const a = tab(repo, bus)
  await a.session.start()
  const b = tab(repo, bus)
  await b.session.start()
  return { repo, a, b }
}

describe('WorkspaceSession', () => {
  it('opens the starter on first run, autosaves edits, and a reloaded tab gets them back', async () => {
    const repo = new MemoryRepository()
    const bus = memoryBus()
    const memory = new Map<string, string>()
    const a = tab(repo, bus, memory)
    await a.session.start()
    expect(a.lab.getState().text).toBe('kind: Gateway\n')
    setText(a.lab, 'kind: HTTPRoute\n', 'editor')
    a.lab.setState({ positions: { n: { x: 1, y: 2 } }, cases: [{ request: { protocol: 'HTTP', path: '/' }, expect: { status: 404 } }], layout: { details: 'status' } })
    expect(a.session.state.getState().save).toBe('pending')
    await a.session.save()
    expect(a.session.state.getState().save).toBe('saved')
    a.session.dispose()

    const reloaded = tab(repo, bus, memory)
    await reloaded.session.start()
    expect(reloaded.lab.getState()).toMatchObject({ text: 'kind: HTTPRoute\n', positions: { n: { x: 1, y: 2 } }, cases: [{ request: { protocol: 'HTTP', path: '/' }, expect: { status: 404 } }], layout: { details: 'status' } })
  })

  it('a tab with no unsaved changes follows what another tab saved', async () => {
    const { a, b } = await twoTabs()
    await tick()
    expect(a.session.state.getState().otherTabs).toBe(1)
    setText(a.lab, 'kind: Service\n', 'editor')
    await a.session.save()
    await tick()
    expect(b.lab.getState().text).toBe('kind: Service\n')
    expect(b.session.state.getState().conflict).toBeUndefined()
  })

  it("never overwrites another tab's work: the second save becomes a conflict the user resolves", async () => {
    const { repo, a, b } = await twoTabs()
    const id = a.session.state.getState().current!.id
    setText(a.lab, 'a: work\n', 'editor')
    setText(b.lab, 'b: work\n', 'editor')
    await a.session.save()
    await b.session.save()
    await tick()
    expect(b.session.state.getState()).toMatchObject({ save: 'conflict', conflict: 'changed' })
    expect((await repo.get(id))?.content.text).toBe('a: work\n')

    await b.session.resolveConflict('copy')
    expect((await repo.get(id))?.content.text).toBe('a: work\n')
    const copy = b.session.state.getState().current!
    expect(copy.id).not.toBe(id)
    expect(copy.name).toBe('Starter (this tab)')
    expect((await repo.get(copy.id))?.content.text).toBe('b: work\n')
    expect(b.session.state.getState().conflict).toBeUndefined()
  })

  it('lets the user keep their own version, and the other tab then follows it', async () => {
    const { a, b } = await twoTabs()
    setText(a.lab, 'a: 1\n', 'editor')
    setText(b.lab, 'b: 1\n', 'editor')
    await a.session.save()
    await tick()
    await b.session.save()
    expect(b.session.state.getState().conflict).toBe('changed')
    await b.session.resolveConflict('mine')
    await tick()
    expect(a.lab.getState().text).toBe('b: 1\n')
  })

  it('deletes with undo, opening another workspace meanwhile', async () => {
    const repo = new MemoryRepository()
    const a = tab(repo, memoryBus())
    await a.session.start()
    const first = a.session.state.getState().current!.id
    await newWorkspace(a.session)
    const second = a.session.state.getState().current!
    expect(a.lab.getState().text).toBe('# blank\n')
    await deleteWorkspace(a.session, second.id)
    expect(a.session.state.getState().current?.id).toBe(first)
    expect(a.session.state.getState().list.map((m) => m.id)).toEqual([first])
    const undo = a.session.state.getState().notices.at(-1)?.action
    expect(undo?.label).toBe('Undo')
    undo?.run()
    await tick()
    await tick()
    expect(a.session.state.getState().current?.id).toBe(second.id)
    expect(a.session.state.getState().list).toHaveLength(2)
  })

  it('saves unsaved changes before switching workspaces', async () => {
    const repo = new MemoryRepository()
    const a = tab(repo, memoryBus())
    await a.session.start()
    const first = a.session.state.getState().current!.id
    await newWorkspace(a.session)
    setText(a.lab, 'kind: Namespace\n', 'editor')
    const second = a.session.state.getState().current!.id
    await switchWorkspace(a.session, first)
    expect(a.lab.getState().text).toBe('kind: Gateway\n')
    expect((await repo.get(second))?.content.text).toBe('kind: Namespace\n')
  })
})

describe('IndexedDbRepository', () => {
  it('saves only over the revision it read, and keeps meta and content together', async () => {
    const repo = await IndexedDbRepository.open(`test-${Math.random()}`)
    const meta = await repo.create('W', content('x: 1\n'))
    const first = await repo.save(meta.id, content('x: 2\n'), meta.revision)
    expect(first.ok).toBe(true)
    expect(await repo.save(meta.id, content('x: 3\n'), meta.revision)).toMatchObject({ ok: false, reason: 'changed' })
    expect((await repo.get(meta.id))?.content.text).toBe('x: 2\n')
    await repo.remove(meta.id)
    expect(await repo.list()).toEqual([])
    expect(await repo.save(meta.id, content('x: 4\n'), meta.revision + 1)).toMatchObject({ ok: false, reason: 'deleted' })
    await repo.restore(meta.id)
    expect((await repo.list()).map((m) => m.name)).toEqual(['W'])
    await repo.remove(meta.id)
    expect(await repo.purgeDeleted(Date.now() + 1)).toBe(1)
    expect(await repo.get(meta.id)).toBeUndefined()
    const again = await repo.overwrite(meta.id, content('y: 1\n'))
    expect(again.name).toBe('Recovered workspace')
  })
})
