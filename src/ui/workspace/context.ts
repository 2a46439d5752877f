import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { WorkspaceSession } from './session'
import type { SessionState } from './session-state'

export const SessionContext = createContext<WorkspaceSession | null>(null)

export function useWorkspaceSession(): WorkspaceSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useWorkspaceSession outside <SessionContext.Provider>')
  return session
}

/** Subscribes a component to one slice of the workspace session's state. */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useWorkspaceSession().state, selector)
}
