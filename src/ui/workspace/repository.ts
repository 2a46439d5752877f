import type { WorkspaceContent } from '../../model'

/** What the workspace list shows; the content is stored apart so listing never loads texts. */
export interface WorkspaceMeta {
  id: string
  name: string
  createdAt: number
  updatedAt: number
  /**
   * Bumped on every content save. A tab saves only over the revision it last read or wrote, so
   * a second tab can never silently overwrite the first tab's work.
   */
  revision: number
  /** Characters of text, for the list. */
  size: number
  /** Set while a deleted workspace can still be brought back with Undo. */
  deletedAt?: number
}

export interface StoredWorkspace {
  meta: WorkspaceMeta
  content: WorkspaceContent
}

export type SaveResult =
  | { ok: true; meta: WorkspaceMeta }
  /** `changed`: someone saved a newer revision; `deleted`/`missing`: it is gone (or going). */
  | { ok: false; reason: 'changed' | 'deleted' | 'missing'; meta?: WorkspaceMeta }

/** Where workspaces live: IndexedDB normally, memory when the browser offers no storage. */
export interface WorkspaceRepository {
  readonly kind: 'indexeddb' | 'memory'
  /** Workspaces not deleted, most recently changed first. */
  list(): Promise<WorkspaceMeta[]>
  get(id: string): Promise<StoredWorkspace | undefined>
  create(name: string, content: WorkspaceContent): Promise<WorkspaceMeta>
  /** Saves if the stored revision is still `baseRevision`; answers why not otherwise. */
  save(id: string, content: WorkspaceContent, baseRevision: number): Promise<SaveResult>
  /** Saves over whatever is stored (the user chose to keep this tab's version), restoring it if deleted. */
  overwrite(id: string, content: WorkspaceContent): Promise<WorkspaceMeta>
  rename(id: string, name: string): Promise<WorkspaceMeta | undefined>
  /** Hides a workspace; `restore` brings it back, `purgeDeleted` removes it for good. */
  remove(id: string): Promise<void>
  restore(id: string): Promise<WorkspaceMeta | undefined>
  /** Removes for good the workspaces deleted before `deletedBefore` (ms since epoch). */
  purgeDeleted(deletedBefore: number): Promise<number>
}

export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/** Ordering of the workspace list: most recently changed first, then by name. */
export function byRecent(a: WorkspaceMeta, b: WorkspaceMeta): number {
  return b.updatedAt - a.updatedAt || a.name.localeCompare(b.name)
}

export function metaFor(id: string, name: string, content: WorkspaceContent, now: number): WorkspaceMeta {
  return { id, name, createdAt: now, updatedAt: now, revision: 1, size: content.text.length }
}
