import type { WorkspaceContent } from '../../model'
import type { LabStore } from '../state'
import type { WorkspaceEngine } from './engine'
import { contentOf, loadIntoLab, sameContent } from './lab-content'
import { MemoryRepository } from './memory-repository'
import type { WorkspaceMeta, WorkspaceRepository } from './repository'
import { createSessionStore, type Notice, type SessionStore } from './session-state'
import type { TabChannel, TabMessage } from './tab-channel'

export interface SessionDeps {
  lab: LabStore
  openRepository: () => Promise<WorkspaceRepository>
  channel: TabChannel
  engine: () => Promise<WorkspaceEngine>
  /** What a first run shows (or a loader for it, so its text stays out of the first-paint bundle). */
  starter: Starter | (() => Promise<Starter>)
  blank: WorkspaceContent
  /** Per-tab memory of which workspace this tab shows (sessionStorage), so a reload keeps it. */
  tabMemory?: Pick<Storage, 'getItem' | 'setItem'>
  saveDelayMs?: number
  noticeMs?: number
}

export interface Starter {
  name: string
  content: WorkspaceContent
}

const TAB_KEY = 'routelab.workspace'
/** Deleted workspaces stay restorable (Undo) this long, even from another tab, then go for good. */
const PURGE_AFTER_MS = 60 * 60 * 1000

/**
 * One tab's workspace session: which workspace is open, autosave to the repository, and the
 * conversation with other tabs. Saves are optimistic: each names the revision it builds on, and
 * the repository refuses it if another tab saved since. Then the user is asked what to keep;
 * nothing is overwritten silently. A tab with no unsaved changes simply follows the other tab.
 */
export class WorkspaceSession {
  readonly state: SessionStore = createSessionStore()
  readonly tabId = Math.random().toString(36).slice(2)
  repo: WorkspaceRepository = new MemoryRepository()
  private base = 0
  private saved?: WorkspaceContent
  private exampleId?: string
  private timer?: ReturnType<typeof setTimeout>
  private inFlight?: Promise<void>
  private others = new Set<string>()
  private noticeId = 0
  private disposers: (() => void)[] = []
  /** Set while a workspace is being put into the lab, so the load is not taken for an edit. */
  private loading = false

  constructor(readonly deps: SessionDeps) {}

  get lab(): LabStore {
    return this.deps.lab
  }

  private started?: Promise<void>

  /**
   * Opens the repository and a workspace, then starts autosaving. `opener` may open a share link
   * first. Idempotent: React may run the effect that calls it twice.
   */
  start(opener?: () => Promise<boolean>): Promise<void> {
    this.started ??= this.boot(opener)
    return this.started
  }

  /** Tells other tabs this one is going (page hidden for good) or back (restored from the cache). */
  announce(presence: 'hello' | 'bye'): void {
    const id = this.state.getState().current?.id
    if (id) this.deps.channel.post({ type: presence, id, from: this.tabId })
  }

  private async boot(opener?: () => Promise<boolean>): Promise<void> {
    try {
      this.repo = await this.deps.openRepository()
    } catch {
      this.repo = new MemoryRepository()
      this.notify('error', 'This browser does not let RouteLab store data, so autosave is off: your work lasts only as long as this tab. Download it to keep it.', { sticky: true })
    }
    this.state.setState({ storage: this.repo.kind })
    await this.repo.purgeDeleted(Date.now() - PURGE_AFTER_MS).catch(() => 0)
    this.disposers.push(this.deps.channel.subscribe((m) => void this.onMessage(m)))
    this.disposers.push(this.lab.subscribe((s, prev) => {
      if (s.text !== prev.text || s.positions !== prev.positions || s.cases !== prev.cases || s.layout !== prev.layout || s.fileName !== prev.fileName) this.changed()
    }))
    try {
      const opened = (await opener?.()) ?? false
      if (!opened) await this.openInitial()
    } catch (e) {
      // Storage failed half-way: carry on in memory rather than leave the page empty.
      this.repo = new MemoryRepository()
      this.state.setState({ storage: 'memory' })
      this.notify('error', `Saved workspaces could not be read (${(e as Error).message || 'storage error'}), so autosave is off for this tab.`, { sticky: true })
      await this.openInitial()
    } finally {
      this.state.setState({ ready: true })
    }
  }

  /** Stops listening (tests; the app's session lives as long as the page). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.announce('bye')
    for (const d of this.disposers) d()
  }

  private async openInitial(): Promise<void> {
    const list = await this.repo.list()
    const remembered = this.deps.tabMemory?.getItem(TAB_KEY)
    const target = list.find((m) => m.id === remembered) ?? list[0]
    if (target && (await this.open(target.id))) return
    const starter = typeof this.deps.starter === 'function' ? await this.deps.starter() : this.deps.starter
    const meta = await this.repo.create(starter.name, starter.content)
    await this.open(meta.id)
  }

  /** The content to save: the lab's, plus what the session keeps beside it. */
  content(): WorkspaceContent {
    const c = contentOf(this.lab)
    return this.exampleId ? { ...c, exampleId: this.exampleId } : c
  }

  /** Shows a workspace in this tab. Unsaved changes of the current one are saved first. */
  async open(id: string): Promise<boolean> {
    const stored = await this.repo.get(id)
    if (!stored || stored.meta.deletedAt !== undefined) return false
    const previous = this.state.getState().current
    if (previous && previous.id !== id) this.deps.channel.post({ type: 'bye', id: previous.id, from: this.tabId })
    this.exampleId = stored.content.exampleId
    this.load(stored.content, previous?.id !== id)
    this.base = stored.meta.revision
    this.saved = this.content()
    this.others.clear()
    this.state.setState({ current: stored.meta, save: 'saved', conflict: undefined, otherTabs: 0 })
    this.deps.tabMemory?.setItem(TAB_KEY, id)
    this.deps.channel.post({ type: 'hello', id, from: this.tabId })
    await this.refreshList()
    return true
  }

  async refreshList(): Promise<void> {
    const list = await this.repo.list()
    const current = this.state.getState().current
    this.state.setState({ list, current: list.find((m) => m.id === current?.id) ?? current })
  }

  /** True when the lab holds changes that are not in the repository yet. */
  dirty(): boolean {
    return this.saved !== undefined && !sameContent(contentOf(this.lab), this.saved)
  }

  private load(content: WorkspaceContent, fresh: boolean): void {
    this.loading = true
    try {
      loadIntoLab(this.lab, content, fresh)
    } finally {
      this.loading = false
    }
  }

  private changed(): void {
    if (this.loading) return
    const s = this.state.getState()
    if (!s.current || s.conflict || !this.dirty()) return
    if (s.save !== 'saving') this.state.setState({ save: 'pending' })
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.save(), this.deps.saveDelayMs ?? 400)
  }

  /** Saves now if there is anything to save; resolves when the repository has answered. */
  async save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    while (this.inFlight) await this.inFlight
    const s = this.state.getState()
    const current = s.current
    if (!current || s.conflict || !this.dirty()) return
    const content = this.content()
    this.state.setState({ save: 'saving' })
    this.inFlight = (async () => {
      try {
        const r = await this.repo.save(current.id, content, this.base)
        if (this.state.getState().current?.id !== current.id) return
        if (!r.ok) {
          this.state.setState({ save: 'conflict', conflict: r.reason === 'changed' ? 'changed' : 'deleted' })
          return
        }
        this.base = r.meta.revision
        this.saved = content
        this.state.setState({ current: r.meta, save: this.dirty() ? 'pending' : 'saved' })
        this.deps.channel.post({ type: 'saved', id: current.id, revision: r.meta.revision, from: this.tabId })
      } catch (e) {
        this.state.setState({ save: 'error' })
        this.notify('error', `Could not save “${current.name}”: ${(e as Error).message || 'storage error'}. Your text is still here; download it to be safe.`)
      }
    })()
    await this.inFlight
    this.inFlight = undefined
    if (this.dirty() && !this.state.getState().conflict) this.changed()
    void this.refreshList()
  }

  private async onMessage(m: TabMessage): Promise<void> {
    if (m.from === this.tabId) return
    const current = this.state.getState().current
    if (!current || !('id' in m) || m.id !== current.id) {
      if (m.type !== 'hello' && m.type !== 'here' && m.type !== 'bye') await this.refreshList()
      return
    }
    switch (m.type) {
      case 'hello':
        this.others.add(m.from)
        this.deps.channel.post({ type: 'here', id: m.id, from: this.tabId })
        break
      case 'here':
        this.others.add(m.from)
        break
      case 'bye':
        this.others.delete(m.from)
        break
      case 'saved':
        if (m.revision <= this.base || this.state.getState().conflict) break
        if (this.dirty() || this.inFlight) this.state.setState({ save: 'conflict', conflict: 'changed' })
        else await this.follow()
        break
      case 'deleted':
        this.state.setState({ save: 'conflict', conflict: 'deleted' })
        break
      case 'restored':
        if (this.state.getState().conflict === 'deleted') {
          this.state.setState({ conflict: undefined, save: 'saved' })
          await this.follow()
        }
        break
    }
    this.state.setState({ otherTabs: this.others.size })
    await this.refreshList()
  }

  /** Takes the newer revision another tab saved; this tab had nothing unsaved. */
  private async follow(): Promise<void> {
    const current = this.state.getState().current
    const stored = current && (await this.repo.get(current.id))
    if (!stored || stored.meta.revision <= this.base || this.dirty()) return
    this.load(stored.content, false)
    this.base = stored.meta.revision
    this.saved = this.content()
    this.state.setState({ current: stored.meta, save: 'saved' })
    this.notify('info', `“${stored.meta.name}” was updated with changes saved in another tab.`)
  }

  /**
   * The user's answer to a conflict. `mine`: save this tab's version over the other one.
   * `theirs`: drop this tab's changes and show the saved version. `copy`: keep both, this tab's
   * version becoming a new workspace.
   */
  async resolveConflict(choice: 'mine' | 'theirs' | 'copy'): Promise<void> {
    const s = this.state.getState()
    const current = s.current
    if (!current || !s.conflict) return
    const content = this.content()
    if (choice === 'mine') {
      const meta = await this.repo.overwrite(current.id, content)
      this.adopt(meta, content)
      if (s.conflict === 'deleted') this.deps.channel.post({ type: 'restored', id: meta.id, from: this.tabId })
      this.deps.channel.post({ type: 'saved', id: meta.id, revision: meta.revision, from: this.tabId })
    } else if (choice === 'copy') {
      const meta = await this.repo.create(await this.uniqueName(`${current.name} (this tab)`), content)
      this.deps.channel.post({ type: 'bye', id: current.id, from: this.tabId })
      this.adopt(meta, content)
      this.deps.channel.post({ type: 'list-changed', from: this.tabId })
      this.notify('success', `This tab's version is now a workspace of its own: “${meta.name}”.`)
    } else {
      this.state.setState({ conflict: undefined })
      if (!(await this.reopen(current.id))) await this.openInitial()
    }
    await this.refreshList()
  }

  /** Makes `meta` the current workspace with `content` already in the lab (nothing reloads). */
  private adopt(meta: WorkspaceMeta, content: WorkspaceContent): void {
    this.base = meta.revision
    this.saved = content
    this.others.clear()
    this.state.setState({ current: meta, save: 'saved', conflict: undefined, otherTabs: 0 })
    this.deps.tabMemory?.setItem(TAB_KEY, meta.id)
    this.deps.channel.post({ type: 'hello', id: meta.id, from: this.tabId })
  }

  private async reopen(id: string): Promise<boolean> {
    const stored = await this.repo.get(id)
    if (!stored || stored.meta.deletedAt !== undefined) return false
    this.load(stored.content, false)
    this.exampleId = stored.content.exampleId
    this.adopt(stored.meta, this.content())
    return true
  }

  /** `name`, or `name 2`, `name 3`... whichever is not taken yet. */
  async uniqueName(name: string): Promise<string> {
    const taken = new Set((await this.repo.list()).map((m) => m.name))
    if (!taken.has(name)) return name
    for (let i = 2; ; i++) if (!taken.has(`${name} ${i}`)) return `${name} ${i}`
  }

  notify(tone: Notice['tone'], text: string, options: { action?: Notice['action']; sticky?: boolean; ms?: number } = {}): number {
    const id = ++this.noticeId
    const notice: Notice = { id, tone, text }
    if (options.action) notice.action = options.action
    this.state.setState((s) => ({ notices: [...s.notices.slice(-3), notice] }))
    if (!options.sticky) setTimeout(() => this.dismiss(id), options.ms ?? this.deps.noticeMs ?? (options.action ? 12_000 : 6_000))
    return id
  }

  dismiss(id: number): void {
    this.state.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
  }
}
