import { useStore } from 'zustand'
import { guide, showPanel, type GuidePanel } from './guide-state'

/** The header's way into the examples gallery, Learn mode, and the diagram and routing table export. */
export function GuideButtons() {
  const panel = useStore(guide, (s) => s.panel)
  const toggle = (p: GuidePanel) => showPanel(panel === p ? undefined : p)
  return (
    <nav className="guide-buttons" aria-label="Examples, Learn and export">
      <button
        aria-pressed={panel === 'examples'}
        onClick={() => toggle('examples')}
        title="Browse the examples, one per concept, and open one as a new workspace"
      >
        Examples
      </button>
      <button
        aria-pressed={panel === 'learn'}
        onClick={() => toggle('learn')}
        title="Learn Gateway API routes step by step: predict, then let the engine reveal"
      >
        Learn
      </button>
      <button onClick={() => guide.setState({ exportOpen: true })} title="Export the graph as SVG or PNG, and the routing table as Markdown or JSON">
        Diagram &amp; table…
      </button>
    </nav>
  )
}
