import { useMemo, useState } from 'react'
import { conditionHealthy, refKey, type GatewayLikeStatus, type ObjectStatus, type ParentReference, type Problem, type RouteParentStatus } from '../../model'
import { useLab } from '../state'
import { ConditionTable } from './ConditionTable'
import { ProblemRow } from './ProblemRow'
import './status.css'

type Entry =
  | { type: 'gateway'; o: ObjectStatus<GatewayLikeStatus> }
  | { type: 'route'; o: ObjectStatus<{ parents: RouteParentStatus[] }> }

const PAGE = 100

const parentWords = (p: ParentReference) =>
  `${p.kind ?? 'Gateway'} ${p.namespace ? `${p.namespace}/` : ''}${p.name}${p.sectionName ? `, listener ${p.sectionName}` : ''}${p.port !== undefined ? `, port ${p.port}` : ''}`

function healthy(e: Entry): boolean {
  if (e.type === 'route') return e.o.status.parents.length > 0 && e.o.status.parents.every((p) => p.conditions.every(conditionHealthy))
  return e.o.status.conditions.every(conditionHealthy) && e.o.status.listeners.every((l) => l.conditions.every(conditionHealthy))
}

function ObjectBlock({ e, problems }: { e: Entry; problems: readonly Problem[] }) {
  const o = e.o
  const label = `${o.kind} ${o.namespace}/${o.name}`
  const explain = (key: string) => o.explanations?.[key]
  const fixable = problems.filter((p) => p.fixes?.length)
  return (
    <section className={`status-object ${healthy(e) ? 'healthy' : 'unhealthy'}`} aria-label={label} data-testid="status-object">
      <h3>
        <span className="so-kind">{o.kind}</span> {o.namespace}/{o.name}
      </h3>
      {e.type === 'gateway' && (
        <>
          <ConditionTable conditions={e.o.status.conditions} explain={explain} />
          {e.o.status.listeners.map((l) => (
            <div className="so-part" key={l.name}>
              <h4>
                listener {l.name} <span className="muted">· {l.attachedRoutes} attached route{l.attachedRoutes === 1 ? '' : 's'} · kinds {l.supportedKinds.map((k) => k.kind).join(', ') || 'none'}</span>
              </h4>
              <ConditionTable conditions={l.conditions} explain={(t) => explain(`listener/${l.name}/${t}`)} />
            </div>
          ))}
        </>
      )}
      {e.type === 'route' &&
        (e.o.status.parents.length === 0 ? (
          <p className="muted">No parent reports on this route: its parentRefs name nothing declared.</p>
        ) : (
          e.o.status.parents.map((p, i) => (
            <div className="so-part" key={i}>
              <h4>parent {parentWords(p.parentRef)}</h4>
              <ConditionTable conditions={p.conditions} explain={(t) => explain(`parent/${i}/${t}`)} />
            </div>
          ))
        ))}
      {fixable.length > 0 && (
        <ul className="problems so-fixes">
          {fixable.map((p, i) => (
            <ProblemRow key={i} p={p} showObject={false} />
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * Status as a controller would write it, live: conditions for every Gateway, ListenerSet,
 * listener and route parent, each with the engine's explanation. Objects that need attention
 * come first; a filter narrows the list by name.
 */
export default function StatusPanel() {
  const status = useLab((s) => s.lastGood?.status)
  const problems = useLab((s) => s.lastGood?.problems)
  const [filter, setFilter] = useState('')
  const [attention, setAttention] = useState(false)
  const [shown, setShown] = useState(PAGE)
  const entries = useMemo(() => {
    if (!status) return []
    const all: Entry[] = [...status.gateways.map((o) => ({ type: 'gateway' as const, o })), ...status.listenerSets.map((o) => ({ type: 'gateway' as const, o })), ...status.routes.map((o) => ({ type: 'route' as const, o }))]
    const bad = all.filter((e) => !healthy(e))
    return [...bad, ...all.filter((e) => healthy(e))]
  }, [status])
  const byObject = useMemo(() => {
    const m = new Map<string, Problem[]>()
    for (const p of problems ?? []) if (p.object) m.set(refKey(p.object), [...(m.get(refKey(p.object)) ?? []), p])
    return m
  }, [problems])
  if (!status) return <p className="muted">Analysing…</p>
  const q = filter.trim().toLowerCase()
  const list = entries.filter((e) => (!attention || !healthy(e)) && (!q || `${e.o.kind} ${e.o.namespace}/${e.o.name}`.toLowerCase().includes(q)))
  const unhealthy = entries.filter((e) => !healthy(e)).length
  return (
    <div className="status-panel">
      <div className="status-bar">
        <span data-testid="status-summary">
          {entries.length} object{entries.length === 1 ? '' : 's'} with status · {unhealthy} need{unhealthy === 1 ? 's' : ''} attention
        </span>
        <input type="search" placeholder="Filter by name" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter status by name" />
        <label>
          <input type="checkbox" checked={attention} onChange={(e) => setAttention(e.target.checked)} /> only what needs attention
        </label>
      </div>
      {list.slice(0, shown).map((e) => (
        <ObjectBlock key={`${e.o.kind}/${e.o.namespace}/${e.o.name}`} e={e} problems={byObject.get(`${e.o.kind}/${e.o.namespace}/${e.o.name}`) ?? []} />
      ))}
      {list.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, list.length - shown)} more of {list.length - shown}
        </button>
      )}
    </div>
  )
}
