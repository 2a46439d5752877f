import { lazy, Suspense, type ReactNode } from 'react'
import { Split } from '../components/Split'
import { NoticeToast } from './NoticeToast'
import './workbench.css'

// Monaco is about 1 MB gzip: it loads after the first paint, never in the initial chunk.
const Editor = lazy(() => import('../editor/Editor'))
// The inspector's forms are not needed to paint the graph either; they load right after.
const Inspector = lazy(() => import('../inspector/Inspector').then((m) => ({ default: m.Inspector })))

/**
 * The designer's panes, all resizable (drag the line between two, or focus it and use the arrow
 * keys): the graph on the left; the inspector above the YAML on the right; `bottom` (status,
 * tester) underneath. `canvas` is passed in so the app can hold it back until a workspace is
 * loaded and remount it per workspace.
 */
export function Workbench({ canvas, bottom }: { canvas: ReactNode; bottom: ReactNode }) {
  return (
    <Split
      direction="column"
      initial={72}
      min={[240, 36]}
      label="Resize the bottom panel"
      className="workbench-outer"
      first={
        <Split
          direction="row"
          initial={63}
          min={[360, 340]}
          label="Resize the graph and the side panes"
          first={
            <div className="graph-pane">
              {canvas}
              <NoticeToast />
            </div>
          }
          second={
            <Split
              direction="column"
              initial={44}
              min={[120, 140]}
              label="Resize the inspector and the editor"
              className="side"
              first={
                <section className="pane inspector-pane" aria-label="Inspector">
                  <Suspense fallback={<p className="editor-loading">Loading the inspector…</p>}>
                    <Inspector />
                  </Suspense>
                </section>
              }
              second={
                <div className="editor-pane">
                  <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
                    <Editor />
                  </Suspense>
                </div>
              }
            />
          }
        />
      }
      second={bottom}
    />
  )
}
