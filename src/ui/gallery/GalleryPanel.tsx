import { useMemo, useState } from 'react'
import { CONCEPTS, examples, lessons, type Concept, type Example } from '../../examples'
import { DockHead } from '../guide/DockHead'
import { useWorkspaceSession } from '../workspace/context'
import { ExampleCard } from './ExampleCard'
import { openExample } from './open-example'
import { useCaseResults } from './use-case-results'
import { useCurrentExampleId } from './use-example-workspace'
import './gallery.css'

/** Does the example mention every word of the search, in its title, explanation, concepts or status? */
function matches(e: Example, words: string[]): boolean {
  const hay = [e.title, e.explanation, ...e.concepts.map((c) => CONCEPTS[c]), e.expectedStatus?.reason ?? ''].join(' ').toLowerCase()
  return words.every((w) => hay.includes(w))
}

/**
 * The examples gallery: every example, grouped by Learn lesson in teaching order, filtered by
 * concept or words. Opening one makes a new workspace with its manifests and test cases.
 */
export default function GalleryPanel() {
  const session = useWorkspaceSession()
  const currentExample = useCurrentExampleId()
  const results = useCaseResults()
  const [query, setQuery] = useState('')
  const [concept, setConcept] = useState<Concept | ''>('')
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = examples.filter((e) => (concept === '' || e.concepts.includes(concept)) && matches(e, words))
  const usedConcepts = useMemo(() => (Object.keys(CONCEPTS) as Concept[]).filter((c) => examples.some((e) => e.concepts.includes(c))), [])

  return (
    <div className="dock" role="region" aria-labelledby="gallery-title">
      <DockHead title="Examples" id="gallery-title" />
      <div className="dock-body">
        <p className="muted dock-intro">
          {examples.length} examples, one concept each, in teaching order; {examples.filter((e) => e.expectedStatus).length} are broken on purpose, one per
          status reason. Opening one makes a new workspace with its manifests and test cases: your own workspaces stay as they are.
        </p>
        <div className="gallery-filters">
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search examples" aria-label="Search examples" />
          <select value={concept} onChange={(e) => setConcept(e.target.value as Concept | '')} aria-label="Concept">
            <option value="">Every concept</option>
            {usedConcepts.map((c) => (
              <option key={c} value={c}>
                {CONCEPTS[c]}
              </option>
            ))}
          </select>
        </div>
        <p className="muted gallery-count" aria-live="polite">
          {shown.length === examples.length ? '' : `${shown.length} of ${examples.length} examples`}
          {shown.length === 0 && ': none matches.'}
        </p>
        {lessons.map((lesson) => {
          const list = shown.filter((e) => e.lesson === lesson.id)
          if (list.length === 0) return null
          return (
            <section key={lesson.id} className="gallery-lesson" aria-labelledby={`gallery-lesson-${lesson.id}`}>
              <h3 id={`gallery-lesson-${lesson.id}`}>{lesson.title}</h3>
              <ul className="ex-list">
                {list.map((e) => (
                  <ExampleCard
                    key={e.id}
                    example={e}
                    current={e.id === currentExample}
                    results={results}
                    onOpen={() => void openExample(session, e)}
                    onConcept={(c) => {
                      setConcept(c)
                      setQuery('')
                    }}
                  />
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </div>
  )
}
