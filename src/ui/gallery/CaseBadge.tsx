import type { CaseResults } from './use-case-results'

/** "5/5 cases pass", or which fail and why: the engine's verdict on the workspace's test cases. */
export function CaseBadge({ results }: { results: CaseResults }) {
  if (results.state === 'none') return null
  if (results.state === 'running')
    return (
      <span className="case-badge running" data-testid="case-results">
        Running the test cases…
      </span>
    )
  if (results.state === 'failed')
    return (
      <span className="case-badge fail" data-testid="case-results">
        {results.message}
      </span>
    )
  const all = results.outcomes
  const failed = all.filter((r) => r.diffs.length > 0)
  const total = all.length
  if (failed.length === 0)
    return (
      <span className="case-badge pass" data-testid="case-results" title={all.map((r) => `✓ ${r.name}`).join('\n')}>
        ✓ {total}/{total} cases pass
      </span>
    )
  return (
    <details className="case-badge fail" data-testid="case-results">
      <summary>
        ✗ {failed.length} of {total} cases fail
      </summary>
      <ul>
        {failed.map((r, i) => (
          <li key={i}>
            {r.name}: {r.diffs.map((d) => `${d.field} expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  )
}
