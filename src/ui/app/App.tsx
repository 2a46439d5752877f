import { useEffect, useMemo } from 'react'
import { starterExample } from '../../examples'
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

export function App() {
  const store = useMemo(() => {
    const file = starterExample.files[0]!
    return createLabStore({ text: file.text, fileName: file.name })
  }, [])
  useEffect(() => connectEngine(store), [store])
  useEffect(() => exposeDebugHandle(store), [store])
  useEffect(() => installShortcuts(store), [store])

  return (
    <LabContext.Provider value={store}>
      <div className="app">
        <Header />
        <SyntaxBanner />
        <Workbench
          bottom={
            <TabbedPanel
              label="Details"
              tabs={[
                { id: 'status', title: 'Status', content: <ProblemsList /> },
                { id: 'tester', title: 'Tester', content: <Tester /> },
              ]}
            />
          }
        />
      </div>
    </LabContext.Provider>
  )
}
