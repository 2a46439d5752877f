import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { starterExample } from '../../examples/starter'
import { Canvas } from '../canvas/Canvas'
import { GuideDock } from '../guide/GuideDock'
import { TabbedPanel } from '../components/Panel'
import { createLabStore, LabContext } from '../state'
import { ProblemsList } from '../status/ProblemsList'
import { Tester } from '../tester/Tester'
import { Header } from './Header'
import { SyntaxBanner } from './SyntaxBanner'
import { Workbench } from './Workbench'
import { exposeDebugHandle } from './debug-handle'
import { connectEngine } from './engine-bridge'
import { installShortcuts } from './shortcuts'
import { ConflictBanner, SessionContext, setLayout, useWorkspaceSessionFor, WorkspaceLayer } from '../workspace'

export function App() {
  const store = useMemo(() => {
    const file = starterExample.files[0]!
    return createLabStore({ text: file.text, fileName: file.name })
  }, [])
  useEffect(() => connectEngine(store), [store])
  useEffect(() => exposeDebugHandle(store), [store])
  useEffect(() => installShortcuts(store), [store])
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
          <Workbench
            canvas={ready ? <Canvas key={workspaceId} /> : null}
            bottom={
              <TabbedPanel
                label="Details"
                active={detailsTab}
                onSelect={(id) => setLayout(store, 'details', id)}
                tabs={[
                  { id: 'status', title: 'Status', content: <ProblemsList /> },
                  { id: 'tester', title: 'Tester', content: <Tester /> },
                ]}
              />
            }
          />
          <GuideDock />
        </div>
        <WorkspaceLayer />
      </SessionContext.Provider>
    </LabContext.Provider>
  )
}
