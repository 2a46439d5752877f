import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { WorkspaceContent } from '../../model'
import { byRecent, metaFor, newId, type SaveResult, type StoredWorkspace, type WorkspaceMeta, type WorkspaceRepository } from './repository'

interface Schema extends DBSchema {
  workspaces: { key: string; value: WorkspaceMeta }
  contents: { key: string; value: WorkspaceContent & { id: string } }
}

const DB_VERSION = 1

/**
 * Workspaces in IndexedDB (via `idb`): metadata and content in two stores, written together in
 * one transaction, so a save is all or nothing and the revision check and the write cannot be
 * split by another tab's save.
 */
export class IndexedDbRepository implements WorkspaceRepository {
  readonly kind = 'indexeddb' as const

  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = 'routelab'): Promise<IndexedDbRepository> {
    const db = await openDB<Schema>(name, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('workspaces', { keyPath: 'id' })
        db.createObjectStore('contents', { keyPath: 'id' })
      },
      // Another tab of a newer RouteLab wants to upgrade: let it, this tab reloads on next use.
      blocking() {
        db.close()
      },
    })
    return new IndexedDbRepository(db)
  }

  async list(): Promise<WorkspaceMeta[]> {
    return (await this.db.getAll('workspaces')).filter((m) => m.deletedAt === undefined).sort(byRecent)
  }

  async get(id: string): Promise<StoredWorkspace | undefined> {
    const tx = this.db.transaction(['workspaces', 'contents'])
    const [meta, stored] = await Promise.all([tx.objectStore('workspaces').get(id), tx.objectStore('contents').get(id)])
    if (!meta || !stored) return undefined
    const { id: _id, ...content } = stored
    return { meta, content }
  }

  async create(name: string, content: WorkspaceContent): Promise<WorkspaceMeta> {
    const meta = metaFor(newId(), name, content, Date.now())
    const tx = this.db.transaction(['workspaces', 'contents'], 'readwrite')
    await Promise.all([tx.objectStore('workspaces').put(meta), tx.objectStore('contents').put({ ...content, id: meta.id }), tx.done])
    return meta
  }

  async save(id: string, content: WorkspaceContent, baseRevision: number): Promise<SaveResult> {
    const tx = this.db.transaction(['workspaces', 'contents'], 'readwrite')
    const metas = tx.objectStore('workspaces')
    const meta = await metas.get(id)
    if (!meta) {
      tx.abort()
      return failed(tx.done, 'missing')
    }
    if (meta.deletedAt !== undefined || meta.revision !== baseRevision) {
      tx.abort()
      return failed(tx.done, meta.deletedAt !== undefined ? 'deleted' : 'changed', meta)
    }
    const next = { ...meta, revision: meta.revision + 1, updatedAt: Date.now(), size: content.text.length }
    await Promise.all([metas.put(next), tx.objectStore('contents').put({ ...content, id }), tx.done])
    return { ok: true, meta: next }
  }

  async overwrite(id: string, content: WorkspaceContent): Promise<WorkspaceMeta> {
    const tx = this.db.transaction(['workspaces', 'contents'], 'readwrite')
    const metas = tx.objectStore('workspaces')
    const meta = (await metas.get(id)) ?? metaFor(id, 'Recovered workspace', content, Date.now())
    const { deletedAt: _gone, ...kept } = meta
    const next = { ...kept, revision: meta.revision + 1, updatedAt: Date.now(), size: content.text.length }
    await Promise.all([metas.put(next), tx.objectStore('contents').put({ ...content, id }), tx.done])
    return next
  }

  async rename(id: string, name: string): Promise<WorkspaceMeta | undefined> {
    return this.updateMeta(id, (m) => ({ ...m, name }))
  }

  async remove(id: string): Promise<void> {
    await this.updateMeta(id, (m) => ({ ...m, deletedAt: Date.now() }))
  }

  async restore(id: string): Promise<WorkspaceMeta | undefined> {
    return this.updateMeta(id, ({ deletedAt: _gone, ...m }) => m)
  }

  async purgeDeleted(deletedBefore: number): Promise<number> {
    const tx = this.db.transaction(['workspaces', 'contents'], 'readwrite')
    const gone = (await tx.objectStore('workspaces').getAll()).filter((m) => m.deletedAt !== undefined && m.deletedAt < deletedBefore)
    await Promise.all([...gone.flatMap((m) => [tx.objectStore('workspaces').delete(m.id), tx.objectStore('contents').delete(m.id)]), tx.done])
    return gone.length
  }

  private async updateMeta(id: string, change: (m: WorkspaceMeta) => WorkspaceMeta): Promise<WorkspaceMeta | undefined> {
    const tx = this.db.transaction('workspaces', 'readwrite')
    const meta = await tx.store.get(id)
    if (!meta) {
      await tx.done
      return undefined
    }
    const next = change(meta)
    await Promise.all([tx.store.put(next), tx.done])
    return next
  }
}

/** An aborted transaction's `done` rejects; the abort was ours, so that is expected. */
async function failed(done: Promise<void>, reason: 'changed' | 'deleted' | 'missing', meta?: WorkspaceMeta): Promise<SaveResult> {
  await done.catch(() => undefined)
  return meta ? { ok: false, reason, meta } : { ok: false, reason }
}
