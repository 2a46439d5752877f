import { useLab } from '../state'

/** Names the first YAML syntax error, and says the graph shows the last good version and waits. */
export function SyntaxBanner() {
  const first = useLab((s) => s.analysis?.problems.find((p) => p.code.startsWith('yaml-') && p.severity === 'error'))
  if (!first) return null
  return (
    <div className="banner error" role="alert" data-testid="syntax-banner">
      <strong>
        {first.file}:{first.line}:{first.column}
      </strong>{' '}
      {first.message}. The graph shows the last version that parsed, and visual editing is paused until the YAML parses
      again; your text is kept exactly as typed.
    </div>
  )
}
