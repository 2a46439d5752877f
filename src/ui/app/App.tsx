import { lazy, Suspense, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
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

// The canvas (React Flow and d3) loads beside the engine worker instead of before the first paint:
// the graph cannot be drawn before the saved workspace is read and analysed anyway. The fetch
// starts as this module runs, so it is not delayed until the workspace is ready.
const canvasModule = import('../canvas/Canvas')
const Canvas = lazy(() => canvasModule.then((m) => ({ default: m.Canvas })))

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
            canvas={
              ready ? (
                <Suspense fallback={null}>
                  <Canvas key={workspaceId} />
                </Suspense>
              ) : null
            }
            bottom={<DetailsPanel />}
          />
          <GuideDock />
        </div>
        <WorkspaceLayer />
      </SessionContext.Provider>
    </LabContext.Provider>
  )
}
