import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { Canvas } from '../canvas/Canvas'
import { GuideDock } from '../guide/GuideDock'
import { createLabStore, LabContext } from '../state'
import { DetailsPanel } from './DetailsPanel'
import { Header } from './Header'
import { SyntaxBanner } from './SyntaxBanner'
import { Workbench } from './Workbench'
import { exposeDebugHandle } from './debug-handle'
import { connectEngine } from './engine-bridge'
import { installShortcuts } from './shortcuts'
import { ConflictBanner, SessionContext, useWorkspaceSessionFor, WorkspaceLayer } from '../workspace'

export function App() {
  // Empty until the workspace session puts the saved workspace (or the starter example) in.
  const store = useMemo(() => createLabStore({ text: '', fileName: 'workspace.yaml' }), [])
  useEffect(() => connectEngine(store), [store])
  useEffect(() => exposeDebugHandle(store), [store])
  useEffect(() => installShortcuts(store), [store])
  // Workspaces: autosave, share links, import and export. The canvas waits for the saved
  // workspace and is remounted per workspace, so it fits each one's graph.
  const session = useWorkspaceSessionFor(store)
  const ready = useStore(session.state, (s) => s.ready)
  const workspaceId = useStore(session.state, (s) => s.current?.id)

  return (
    <LabContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <div className="app">
          <Header />
          <SyntaxBanner />
          <ConflictBanner />
          <Workbench
            canvas={ready ? <Canvas key={workspaceId} /> : null}
            bottom={<DetailsPanel />}
          />
          <GuideDock />
        </div>
        <WorkspaceLayer />
      </SessionContext.Provider>
    </LabContext.Provider>
  )
}
