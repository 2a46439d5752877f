import { lazy, Suspense, type ReactNode } from 'react'
import { Group, Panel, Separator } from 'react-resizable-panels'
import { Canvas } from '../canvas/Canvas'
import { Inspector } from '../inspector/Inspector'
import { NoticeToast } from './NoticeToast'
import './workbench.css'

// Monaco is about 1 MB gzip: it loads after the first paint, never in the initial chunk.
const Editor = lazy(() => import('../editor/Editor'))

/**
 * The designer's panes, all resizable (drag or arrow keys on a separator): the graph on the
 * left; the inspector above the YAML on the right; `bottom` (tester, status) underneath.
 */
export function Workbench({ bottom }: { bottom: ReactNode }) {
  return (
    <Group orientation="vertical" className="workbench-outer">
      <Panel defaultSize="85" minSize={240}>
        <Group orientation="horizontal" className="workbench">
          <Panel defaultSize="63" minSize={360} className="graph-pane">
            <Canvas />
            <NoticeToast />
          </Panel>
          <Separator className="separator vertical" aria-label="Resize the graph and the side panes" />
          <Panel defaultSize="37" minSize={340}>
            <Group orientation="vertical" className="side">
              <Panel defaultSize="44" minSize={120} className="inspector-pane">
                <section className="pane" aria-label="Inspector">
                  <Inspector />
                </section>
              </Panel>
              <Separator className="separator horizontal" aria-label="Resize the inspector and the editor" />
              <Panel defaultSize="56" minSize={140} className="editor-pane">
                <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
                  <Editor />
                </Suspense>
              </Panel>
            </Group>
          </Panel>
        </Group>
      </Panel>
      <Separator className="separator horizontal" aria-label="Resize the bottom panel" />
      <Panel defaultSize="15" minSize={36} collapsible collapsedSize={36}>
        {bottom}
      </Panel>
    </Group>
  )
}
