import { lazy, Suspense, useEffect, useMemo } from 'react'
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

// Monaco is about 1 MB gzip: it loads after the first paint, never in the initial chunk.
const Editor = lazy(() => import('../editor/Editor'))

export function App() {
  const store = useMemo(() => {
    const file = starterExample.files[0]!
    return createLabStore({ text: file.text, fileName: file.name })
  }, [])
  useEffect(() => connectEngine(store), [store])
  useEffect(() => exposeDebugHandle(store), [store])

  return (
    <LabContext.Provider value={store}>
      <div className="app">
        <Header />
        <SyntaxBanner />
        <main className="workbench">
          <div className="graph-pane">
            <Canvas />
          </div>
          <div className="editor-pane">
            <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
              <Editor />
            </Suspense>
          </div>
        </main>
        <TabbedPanel
          label="Details"
          tabs={[
            { id: 'inspector', title: 'Inspector', content: <Inspector /> },
            { id: 'tester', title: 'Tester', content: <Tester /> },
            { id: 'status', title: 'Status', content: <ProblemsList /> },
          ]}
        />
      </div>
    </LabContext.Provider>
  )
}
