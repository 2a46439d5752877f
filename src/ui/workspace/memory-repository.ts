import type { WorkspaceContent } from '../../model'
import { byRecent, metaFor, newId, type SaveResult, type StoredWorkspace, type WorkspaceMeta, type WorkspaceRepository } from './repository'

/**
 * Workspaces kept in memory only: used when the browser refuses IndexedDB (some private modes,
 * storage disabled). The app says so, because nothing survives a reload then.
 */
export class MemoryRepository implements WorkspaceRepository {
  readonly kind = 'memory' as const
  private readonly items = new Map<string, StoredWorkspace>()

  async list(): Promise<WorkspaceMeta[]> {
    return [...this.items.values()].map((w) => w.meta).filter((m) => m.deletedAt === undefined).sort(byRecent)
  }

  async get(id: string): Promise<StoredWorkspace | undefined> {
    const w = this.items.get(id)
    return w && structuredClone(w)
  }

  async create(name: string, content: WorkspaceContent): Promise<WorkspaceMeta> {
    const meta = metaFor(newId(), name, content, Date.now())
    this.items.set(meta.id, { meta, content: structuredClone(content) })
    return { ...meta }
  }

  async save(id: string, content: WorkspaceContent, baseRevision: number): Promise<SaveResult> {
    const w = this.items.get(id)
    if (!w) return { ok: false, reason: 'missing' }
    if (w.meta.deletedAt !== undefined) return { ok: false, reason: 'deleted', meta: { ...w.meta } }
    if (w.meta.revision !== baseRevision) return { ok: false, reason: 'changed', meta: { ...w.meta } }
    return { ok: true, meta: this.put(id, w.meta, content) }
  }

  async overwrite(id: string, content: WorkspaceContent): Promise<WorkspaceMeta> {
    const meta = this.items.get(id)?.meta ?? metaFor(id, 'Recovered workspace', content, Date.now())
    const { deletedAt: _gone, ...kept } = meta
    return this.put(id, kept, content)
  }

  async rename(id: string, name: string): Promise<WorkspaceMeta | undefined> {
    return this.update(id, (m) => ({ ...m, name }))
  }

  async remove(id: string): Promise<void> {
    this.update(id, (m) => ({ ...m, deletedAt: Date.now() }))
  }

  async restore(id: string): Promise<WorkspaceMeta | undefined> {
    return this.update(id, ({ deletedAt: _gone, ...m }) => m)
  }

  async purgeDeleted(deletedBefore: number): Promise<number> {
    const gone = [...this.items.values()].filter((w) => w.meta.deletedAt !== undefined && w.meta.deletedAt < deletedBefore)
    for (const w of gone) this.items.delete(w.meta.id)
    return gone.length
  }

  private put(id: string, meta: WorkspaceMeta, content: WorkspaceContent): WorkspaceMeta {
    const next = { ...meta, revision: meta.revision + 1, updatedAt: Date.now(), size: content.text.length }
    this.items.set(id, { meta: next, content: structuredClone(content) })
    return { ...next }
  }

  private update(id: string, change: (m: WorkspaceMeta) => WorkspaceMeta): WorkspaceMeta | undefined {
    const w = this.items.get(id)
    if (!w) return undefined
    w.meta = change(w.meta)
    return { ...w.meta }
  }
}
