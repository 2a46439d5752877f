import { useState } from 'react'
import { refKey, refOf } from '../../model'
import { select, useLab, useLabStore } from '../state'

const ORDER = ['GatewayClass', 'Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute', 'ReferenceGrant', 'Service', 'Namespace']

/** With nothing selected: every object, by kind, one click (or Enter) away; and the shortcuts. */
/** Objects listed per kind before a "show all" button; large workspaces stay quick to open. */
const FIRST = 24

export function Overview() {
  const store = useLabStore()
  const [all, setAll] = useState<Set<string>>(new Set())
  const objects = useLab((s) => s.lastGood?.objects)
  const nodes = useLab((s) => s.lastGood?.graph.nodes)
  if (!objects) return <p className="muted">Analysing…</p>
  const kinds = [...new Set(objects.map((o) => o.kind))].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99))
  const onGraph = new Set(nodes?.map((n) => n.id))
  const idOf = (key: string, kind: string) => {
    const prefix = kind === 'Gateway' || kind === 'ListenerSet' ? 'gw' : kind === 'Service' ? 'be' : kind.endsWith('Route') ? 'rt' : ''
    return prefix && onGraph.has(`${prefix}:${key}`) ? `${prefix}:${key}` : `obj:${key}`
  }
  return (
    <div className="overview">
      <p className="muted small">Select a node, an edge or an object to edit it. Every change is written into the YAML as a small edit, comments and all.</p>
      {kinds.map((kind) => (
        <section key={kind} className="overview-kind">
          <h3>{kind}</h3>
          <ul>
            {objects
              .filter((o) => o.kind === kind)
              .filter((_, i) => i < FIRST || all.has(kind))
              .map((o) => {
                const key = refKey(refOf(o))
                return (
                  <li key={key}>
                    <button type="button" className="link-button" onClick={() => select(store, idOf(key, kind))}>
                      {o.metadata.namespace ? <span className="muted">{o.metadata.namespace}/</span> : null}
                      {o.metadata.name}
                    </button>
                  </li>
                )
              })}
            {!all.has(kind) && objects.filter((o) => o.kind === kind).length > FIRST && (
              <li>
                <button type="button" className="link-button" onClick={() => setAll(new Set([...all, kind]))}>
                  all {objects.filter((o) => o.kind === kind).length}…
                </button>
              </li>
            )}
          </ul>
        </section>
      ))}
      <section className="overview-kind">
        <h3>Keyboard</h3>
        <dl className="shortcuts">
          <dt>Tab / Enter</dt>
          <dd>move between nodes and ports / select</dd>
          <dt>Delete</dt>
          <dd>delete the selection</dd>
          <dt>Ctrl+Z, Ctrl+Shift+Z</dt>
          <dd>undo, redo (one history for text and visual edits)</dd>
          <dt>/</dt>
          <dd>search the graph; Enter jumps to the next match</dd>
          <dt>Escape</dt>
          <dd>clear the selection</dd>
        </dl>
      </section>
    </div>
  )
}
