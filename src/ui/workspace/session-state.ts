import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ImportResult, Progress } from '../../model'
import type { WorkspaceMeta } from './repository'

/** `pending`: changed, saving shortly. `conflict`: another tab changed or deleted it (see `conflict`). */
export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error'

export interface Notice {
  id: number
  tone: 'info' | 'success' | 'error'
  text: string
  action?: { label: string; run: () => void }
}

export type Dialog =
  | { kind: 'import-progress'; label: string; progress?: Progress }
  | { kind: 'import-review'; result: ImportResult; source: string }
  | { kind: 'paste' }
  | { kind: 'export' }
  | { kind: 'share' }
  | { kind: 'rename'; id: string; name: string }

export interface SessionState {
  /** False until the workspace to show has been loaded (the canvas waits for it). */
  ready: boolean
  storage: 'indexeddb' | 'memory'
  /** Workspaces not deleted, most recently changed first. */
  list: WorkspaceMeta[]
  current?: WorkspaceMeta
  save: SaveState
  /** Why this tab's changes cannot be saved as they are: the user chooses what to do. */
  conflict?: 'changed' | 'deleted'
  /** Other tabs that have the current workspace open. */
  otherTabs: number
  notices: Notice[]
  dialog?: Dialog
}

export type SessionStore = StoreApi<SessionState>

export function createSessionStore(): SessionStore {
  return createStore<SessionState>(() => ({ ready: false, storage: 'indexeddb', list: [], save: 'saved', otherTabs: 0, notices: [] }))
}
