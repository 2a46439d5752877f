import { lazy, Suspense, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { starterExample } from '../../examples'
import { Canvas } from '../canvas/Canvas'
import { TabbedPanel } from '../components/Panel'
import { Inspector } from '../inspector/Inspector'
import { createLabStore, LabContext } from '../state'
import { ProblemsList } from '../status/ProblemsList'
import { Tester } from '../tester/Tester'
import { Header } from './Header'
import { SyntaxBanner } from './SyntaxBanner'
import { exposeDebugHandle } from './debug-handle'
import { connectEngine } from './engine-bridge'
import { ConflictBanner, SessionContext, setLayout, useWorkspaceSessionFor, WorkspaceLayer } from '../workspace'

// Monaco is about 1 MB gzip: it loads after the first paint, never in the initial chunk.
const Editor = lazy(() => import('../editor/Editor'))

export function App() {
  const store = useMemo(() => {
    const file = starterExample.files[0]!
    return createLabStore({ text: file.text, fileName: file.name })
  }, [])
  useEffect(() => connectEngine(store), [store])
  useEffect(() => exposeDebugHandle(store), [store])
  // Workspaces: autosave, share links, import and export. The canvas waits for the saved
  // workspace and is remounted per workspace, so it fits each one's graph.
  const session = useWorkspaceSessionFor(store)
  const ready = useStore(session.state, (s) => s.ready)
  const workspaceId = useStore(session.state, (s) => s.current?.id)
  const detailsTab = useStore(store, (s) => (typeof s.layout.details === 'string' ? s.layout.details : undefined))

  return (
    <LabContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <div className="app">
          <Header />
          <SyntaxBanner />
          <ConflictBanner />
          <main className="workbench">
            <div className="graph-pane">
              {ready && <Canvas key={workspaceId} />}
            </div>
            <div className="editor-pane">
              <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
                <Editor />
              </Suspense>
            </div>
          </main>
          <TabbedPanel
            label="Details"
            active={detailsTab}
            onSelect={(id) => setLayout(store, 'details', id)}
            tabs={[
              { id: 'inspector', title: 'Inspector', content: <Inspector /> },
              { id: 'tester', title: 'Tester', content: <Tester /> },
              { id: 'status', title: 'Status', content: <ProblemsList /> },
            ]}
          />
        </div>
        <WorkspaceLayer />
      </SessionContext.Provider>
    </LabContext.Provider>
  )
}
