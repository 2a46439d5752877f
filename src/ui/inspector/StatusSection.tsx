import { refKey, refOf, type Analysis, type Condition, type Explanation, type GatewayLikeStatus, type ObjectStatus, type RouteParentStatus } from '../../model'
import type { ReactNode } from 'react'
import { Section } from '../components/fields'
import type { Selected } from '../designer/lookup'

/** Condition types for which `True` is the bad news. */
const NEGATIVE = new Set(['Conflicted', 'InsecureFrontendValidationMode', 'PartiallyInvalid'])
const healthy = (c: Condition) => (NEGATIVE.has(c.type) ? c.status !== 'True' : c.status === 'True')

/** One condition: a mark, type=status and reason, the message, and what was checked. */
function ConditionRow({ c, why }: { c: Condition; why?: Explanation }) {
  const ok = healthy(c)
  return (
    <li className={`condition ${ok ? 'is-ok' : 'is-bad'}`}>
      <div className="condition-head">
        <span className={`badge tone-${ok ? 'ok' : 'error'}`}>{c.type}</span>
        <span className="condition-status">
          {c.status} · {c.reason}
        </span>
      </div>
      <p className="condition-message">{c.message}</p>
      {why?.listeners && why.listeners.length > 0 && (
        <ul className="condition-detail" aria-label="Listeners considered">
          {why.listeners.map((l, i) => (
            <li key={i} className={l.outcome === 'accepted' ? 'is-ok' : 'is-bad'}>
              {l.parent} · {l.listener}: {l.outcome === 'accepted' ? 'attached' : `rejected (${l.reason})`}
              {l.hostnames && ` · hosts ${l.hostnames.join(', ')}`}
            </li>
          ))}
        </ul>
      )}
      {why?.references && why.references.length > 0 && (
        <ul className="condition-detail" aria-label="References checked">
          {why.references.map((r, i) => (
            <li key={i} className={r.outcome === 'resolved' ? 'is-ok' : 'is-bad'}>
              <code>{r.path}</code> → {r.target}: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

function Conditions({ conditions, explanations, prefix }: { conditions: readonly Condition[]; explanations?: Record<string, Explanation>; prefix: string }) {
  return (
    <ul className="conditions">
      {conditions.map((c) => (
        <ConditionRow key={c.type} c={c} why={explanations?.[`${prefix}${c.type}`]} />
      ))}
    </ul>
  )
}

const parentTitle = (p: RouteParentStatus) => `${p.parentRef.kind} ${p.parentRef.namespace}/${p.parentRef.name}${p.parentRef.sectionName ? `, listener ${p.parentRef.sectionName}` : ''}${p.parentRef.port ? `, port ${p.parentRef.port}` : ''}`

function RouteParents({ s, only }: { s: ObjectStatus<{ parents: RouteParentStatus[] }>; only?: number }) {
  const shown = s.status.parents.map((p, i) => [p, i] as const).filter(([, i]) => only === undefined || i === only)
  return (
    <>
      {shown.map(([p, i]) => (
        <div key={i} className="status-parent">
          <h4>{parentTitle(p)}</h4>
          <Conditions conditions={p.conditions} explanations={s.explanations} prefix={`parent/${i}/`} />
        </div>
      ))}
    </>
  )
}

function ListenerStatusView({ owner, name }: { owner: ObjectStatus<GatewayLikeStatus>; name: string }) {
  const l = owner.status.listeners.find((x) => x.name === name)
  if (!l) return <p className="muted small">No status: its {owner.kind} is not accepted, so its listeners are not served.</p>
  return (
    <>
      <p className="status-facts">
        <span>
          attachedRoutes <strong>{l.attachedRoutes}</strong>
        </span>
        <span>supports {l.supportedKinds.map((k) => k.kind).join(', ') || 'no route kind'}</span>
      </p>
      <Conditions conditions={l.conditions} explanations={owner.explanations} prefix={`listener/${name}/`} />
    </>
  )
}

/**
 * What a controller would write for the selection, explained: a route's conditions per parent
 * (with the listeners considered and the references checked), one parentRef's entry, a listener's
 * conditions and attachedRoutes, a Gateway's own conditions, a backendRef's resolution.
 */
export function StatusSection({ analysis, s }: { analysis: Analysis; s: Selected }) {
  if (s.type === 'missing' || s.type === 'rule') return null
  const ref = refOf(s.object)
  const key = refKey(ref)
  const same = (o: { kind: string; namespace: string; name: string }) => refKey(o) === key
  const route = analysis.status.routes.find(same)
  const owner = [...analysis.status.gateways, ...analysis.status.listenerSets].find(same)
  let body: ReactNode = null
  if (s.type === 'parentRef') {
    const at = s.edge.parentStatus
    body = route && at !== undefined ? <RouteParents s={route} only={at} /> : <p className="condition-message is-bad">{s.edge.detail ?? 'No controller writes status for this parentRef.'}</p>
  } else if (s.type === 'backendRef') {
    const path = `spec.rules[${s.rule}].backendRefs[${s.index}]`
    const r = analysis.references.find((x) => x.path === path && refKey(x.from) === key)
    if (!r) return null
    body = (
      <ul className="conditions">
        <li className={`condition ${r.resolved ? 'is-ok' : 'is-bad'}`}>
          <div className="condition-head">
            <span className={`badge tone-${r.resolved ? 'ok' : 'error'}`}>{r.resolved ? 'Resolved' : (r.reason ?? 'Not resolved')}</span>
            {r.target.namespace !== ref.namespace && <span className="condition-status">{r.grant ? `ReferenceGrant ${r.grant.namespace}/${r.grant.name}` : 'no ReferenceGrant'}</span>}
          </div>
          <p className="condition-message">{r.detail}</p>
        </li>
      </ul>
    )
  } else if (s.type === 'listener') {
    const name = (s.object.spec as { listeners?: { name?: string }[] }).listeners?.[s.index]?.name
    body = owner && name ? <ListenerStatusView owner={owner} name={name} /> : null
  } else if (route) {
    body = route.status.parents.length ? <RouteParents s={route} /> : <p className="muted small">No status: no parentRef names a declared Gateway or ListenerSet, so no controller writes any.</p>
  } else if (owner) {
    body = (
      <>
        {owner.status.attachedListenerSets !== undefined && (
          <p className="status-facts">
            <span>
              attachedListenerSets <strong>{owner.status.attachedListenerSets}</strong>
            </span>
          </p>
        )}
        <Conditions conditions={owner.status.conditions} explanations={owner.explanations} prefix="" />
      </>
    )
  }
  if (!body) return null
  return (
    <Section title="Status">
      <div className="status-section">{body}</div>
    </Section>
  )
}
