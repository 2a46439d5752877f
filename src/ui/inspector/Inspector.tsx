import { useMemo } from 'react'
import { isRoute, refKey, refOf } from '../../model'
import { deleteSelection } from '../canvas/canvas-actions'
import { describeSelection, resolveSelection, type Selected } from '../designer/lookup'
import { FieldProblems } from '../components/fields'
import { editingPaused, historyOf, select, useLab, useLabStore } from '../state'
import { BackendRefsEditor } from './BackendRefsEditor'
import { FormContext, type FormContextValue } from './form-context'
import { GatewayForm, ListenerFields } from './GatewayForm'
import { MissingForm, ReferenceGrantForm, ServiceForm } from './OtherForms'
import { Overview } from './Overview'
import { ParentRefFields, RouteForm } from './RouteForm'
import { RuleForm } from './RuleForm'
import { StatusSection } from './StatusSection'
import { ExportObjectActions } from '../workspace'
import './inspector.css'

function Body({ s }: { s: Selected }) {
  switch (s.type) {
    case 'missing':
      return <MissingForm node={s.node} />
    case 'rule':
      return <RuleForm index={s.index} />
    case 'listener':
      return <ListenerFields index={s.index} />
    case 'parentRef':
      return <ParentRefFields index={s.index} />
    case 'backendRef':
      return <BackendRefsEditor rule={s.rule} only={s.index} />
    case 'object': {
      const o = s.object
      if (o.kind === 'Gateway' || o.kind === 'ListenerSet') return <GatewayForm />
      if (isRoute(o)) return <RouteForm />
      if (o.kind === 'Service') return <ServiceForm />
      if (o.kind === 'ReferenceGrant') return <ReferenceGrantForm />
      return <p className="muted small">RouteLab keeps {o.kind} as written; edit it in the YAML.</p>
    }
  }
}

/** A form for whatever is selected, writing every change into the YAML through the engine. */
export function Inspector() {
  const store = useLabStore()
  const analysis = useLab((s) => s.lastGood)
  const problems = useLab((s) => s.analysis?.problems)
  const selection = useLab((s) => s.selection)
  const paused = useLab(() => editingPaused(store))
  const s = useMemo(() => resolveSelection(analysis, selection), [analysis, selection])

  const form = useMemo<FormContextValue | undefined>(() => {
    if (!s || s.type === 'missing') return undefined
    const ref = refOf(s.object)
    const own = (problems ?? []).filter((p) => p.object && p.object.kind === ref.kind && p.object.namespace === ref.namespace && p.object.name === ref.name)
    return { target: ref, object: s.object, problems: own, paused }
  }, [s, problems, paused])

  if (!s) return <Overview />
  const title = describeSelection(s)
  // Problems with no field of their own here (or about metadata) are listed at the top of the form.
  const objectProblems = form?.problems.filter((p) => !p.path || p.path.startsWith('metadata') || p.path === 'spec') ?? []
  const reveal = () => {
    if (s.type === 'missing') return
    const span = s.object.source.span
    const text = store.getState().text
    const line = text.slice(0, span[0]).split('\n').length
    historyOf(store)?.reveal(line, line + text.slice(span[0], span[1]).split('\n').length - 1)
  }
  return (
    <div className="inspector" aria-label={`Inspector: ${title}`}>
      <header className="inspector-head">
        <div className="inspector-title">
          <span className="inspector-kind">{s.type === 'object' ? s.object.kind : s.type === 'missing' ? s.node.objectKind : s.type}</span>
          <h2>{title}</h2>
        </div>
        <div className="inspector-actions">
          {s.type !== 'missing' && (
            <button type="button" className="tool-button" onClick={reveal} title="Show this object in the YAML">
              Show YAML
            </button>
          )}
          {s.type !== 'missing' && <ExportObjectActions objectKey={refKey(refOf(s.object))} />}
          {s.type !== 'missing' && (
            <button type="button" className="tool-button danger" onClick={() => void deleteSelection(store)} disabled={paused} title="Delete (Delete key)">
              Delete
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Close the inspector selection" onClick={() => select(store, undefined)}>
            ×
          </button>
        </div>
      </header>
      {paused && <p className="paused-note">Visual editing is paused until the YAML parses again.</p>}
      <FieldProblems problems={objectProblems} />
      {analysis && <StatusSection analysis={analysis} s={s} />}
      {form ? (
        <FormContext.Provider value={form}>
          <fieldset className="inspector-form" disabled={paused}>
            <legend className="visually-hidden">{title}</legend>
            <Body s={s} />
          </fieldset>
        </FormContext.Provider>
      ) : (
        <Body s={s} />
      )}
    </div>
  )
}
