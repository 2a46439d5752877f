import { lazy, Suspense, useEffect } from 'react'
import { useStore } from 'zustand'
import { guide, learnTarget, showPanel } from './guide-state'
import './guide.css'

// None of this is needed for the first paint: each part loads when it is first opened.
const GalleryPanel = lazy(() => import('../gallery/GalleryPanel'))
const LearnPanel = lazy(() => import('../learn/LearnPanel'))
const ExportExtrasDialog = lazy(() => import('../export/ExportExtrasDialog'))

/**
 * The side panel beside the workbench (the examples gallery or Learn mode) and the diagram export
 * dialog. Opens Learn mode from a `#learn=lesson` address, at start-up or when the address changes;
 * share links (`#share=…`) are left to the workspace session.
 */
export function GuideDock() {
  const panel = useStore(guide, (s) => s.panel)
  const exportOpen = useStore(guide, (s) => s.exportOpen)
  useEffect(() => {
    const read = () => {
      const at = learnTarget(location.hash)
      if (at !== undefined) showPanel('learn', at)
    }
    read()
    window.addEventListener('hashchange', read)
    return () => window.removeEventListener('hashchange', read)
  }, [])
  return (
    <>
      {panel && (
        <aside className="guide-dock" aria-label={panel === 'examples' ? 'Examples' : 'Learn'} data-testid={`${panel}-panel`}>
          <Suspense fallback={<p className="guide-loading">Loading…</p>}>{panel === 'examples' ? <GalleryPanel /> : <LearnPanel />}</Suspense>
        </aside>
      )}
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportExtrasDialog />
        </Suspense>
      )}
    </>
  )
}
