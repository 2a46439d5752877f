import { useEffect, useState } from 'react'
import type { RoutingTableAnswer } from '../../worker/protocol'
import { askEngine } from '../guide/ask-engine'
import { useLab, useLabStore } from '../state'
import { useSession, useWorkspaceSession } from '../workspace/context'
import { downloadText, fileNameFor } from '../workspace/download'
import { copyWithNotice } from './copy-with-notice'

type Format = 'markdown' | 'json'
const FILE = {
  markdown: { suffix: '.routes.md', type: 'text/markdown' },
  json: { suffix: '.routes.json', type: 'application/json' },
} as const

/**
 * The effective routing table per listener, from the engine (the same as `routelab table`):
 * Markdown for docs and reviews, JSON for scripts. Recomputed when the text changes.
 */
export function TableSection() {
  const store = useLabStore()
  const session = useWorkspaceSession()
  const name = useSession((s) => s.current?.name ?? 'workspace')
  const version = useLab((s) => s.analysis?.version)
  const [format, setFormat] = useState<Format>('markdown')
  const [answer, setAnswer] = useState<{
    format: Format
    table: RoutingTableAnswer
  }>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let live = true
    askEngine(store, (port, v) => port.routingTable({ version: v, format })).then(
      (table) => live && setAnswer({ format, table }),
      (e: unknown) => live && setError(String((e as Error).message ?? e)),
    )
    return () => {
      live = false
    }
  }, [store, format, version])

  const current = answer?.format === format ? answer.table : undefined
  const listeners = current?.table.listeners.length ?? 0
  const rows = current?.table.listeners.reduce((n, l) => n + l.hosts.reduce((m, h) => m + h.rows.length, 0), 0) ?? 0
  return (
    <section className="export-section" aria-labelledby="export-table-title">
      <h3 id="export-table-title">Routing table</h3>
      <p className="muted">
        For every listener, its hostnames and the matches in the exact order requests are tried, with filters and backend shares: the first row that matches
        answers. The same as <code>routelab table</code>.
      </p>
      <div className="export-options" role="group" aria-label="Routing table format">
        <label>
          <input type="radio" name="table-format" checked={format === 'markdown'} onChange={() => setFormat('markdown')} /> Markdown
        </label>
        <label>
          <input type="radio" name="table-format" checked={format === 'json'} onChange={() => setFormat('json')} /> JSON
        </label>
        <span className="muted" data-testid="table-summary">
          {current
            ? `${listeners} listener${listeners === 1 ? '' : 's'}, ${rows} row${rows === 1 ? '' : 's'}`
            : error
              ? `The engine failed: ${error}`
              : 'Asking the engine…'}
        </span>
      </div>
      <pre className="export-table" data-testid="table-preview" tabIndex={0} aria-label="Routing table preview">
        {current?.text ?? ''}
      </pre>
      <div className="export-buttons">
        <button disabled={!current} onClick={() => current && downloadText(fileNameFor(name, FILE[format].suffix), current.text, FILE[format].type)}>
          Download {format === 'markdown' ? '.md' : '.json'}
        </button>
        <button disabled={!current} onClick={() => current && void copyWithNotice(session, current.text, 'The routing table')}>
          Copy {format === 'markdown' ? 'Markdown' : 'JSON'}
        </button>
      </div>
    </section>
  )
}
