import { useId, useState } from 'react'
import { CONCEPTS, type Concept, type Example } from '../../examples'
import { CaseBadge } from './CaseBadge'
import type { CaseResults } from './use-case-results'

/**
 * One example: title, explanation, concept tags and, for a broken-on-purpose example, the status
 * it teaches and how to mend it. The example the open workspace came from shows its test results.
 */
export function ExampleCard({
  example,
  current,
  results,
  onOpen,
  onConcept,
}: {
  example: Example
  current: boolean
  results: CaseResults
  onOpen: () => void
  onConcept: (c: Concept) => void
}) {
  const titleId = useId()
  const [more, setMore] = useState(false)
  const broken = example.expectedStatus
  return (
    <li>
      <article className={`ex-card${current ? ' current' : ''}${broken ? ' broken' : ''}`} aria-labelledby={titleId} data-example={example.id}>
        <header className="ex-head">
          <h4 id={titleId}>{example.title}</h4>
          {broken && <span className="ex-broken">Broken on purpose</span>}
        </header>
        <p className={`ex-explanation${more ? '' : ' clamped'}`}>{example.explanation}</p>
        <button className="ex-more" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? 'Less' : 'More'}
        </button>
        {broken && (
          <div className="ex-teaches">
            <p>
              <strong>Teaches:</strong> {broken.kind} {broken.namespace}/{broken.name}
              {broken.at && 'listener' in broken.at ? ` (listener ${broken.at.listener})` : ''} gets{' '}
              <code>
                {broken.type}={broken.status}
              </code>
              , reason <code>{broken.reason}</code>.
            </p>
            <p>
              <strong>Fix:</strong> {broken.fix}
            </p>
          </div>
        )}
        <ul className="ex-concepts" aria-label="Concepts">
          {example.concepts.map((c) => (
            <li key={c}>
              <button onClick={() => onConcept(c)} title={`Show only examples about ${CONCEPTS[c].toLowerCase()}`}>
                {CONCEPTS[c]}
              </button>
            </li>
          ))}
        </ul>
        <footer className="ex-foot">
          {current ? <CaseBadge results={results} /> : <span />}
          <button className="ex-open" onClick={onOpen} aria-label={`Open “${example.title}” as a new workspace`}>
            {current ? 'Open a fresh copy' : 'Open as new workspace'}
          </button>
        </footer>
      </article>
    </li>
  )
}
