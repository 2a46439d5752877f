import { AddButton, RemoveButton, ItemCard, Section } from '../components/fields'
import { select, useLabStore } from '../state'
import { useForm, useListEdit } from './form-context'
import { NumberInput, SelectInput, TextInput } from './inputs'

/** A route: hostnames, the parents it attaches to, and its rules (each opens its own form). */
export function RouteForm() {
  const store = useLabStore()
  const form = useForm()
  const hostnames = useListEdit(['spec', 'hostnames'])
  const parents = useListEdit(['spec', 'parentRefs'])
  const rules = useListEdit(['spec', 'rules'])
  const { kind, metadata } = form.object
  const hasHostnames = kind === 'HTTPRoute' || kind === 'GRPCRoute' || kind === 'TLSRoute'
  const key = `${kind}/${metadata.namespace}/${metadata.name}`
  return (
    <>
      {hasHostnames && (
        <Section title="Hostnames" actions={<AddButton label="hostname" onClick={() => hostnames.add(`app${hostnames.items.length + 1}.example.com`)} disabled={hostnames.paused} />}>
          {hostnames.items.length === 0 && <p className="muted small">None: the route takes every hostname its listeners accept.</p>}
          {hostnames.items.map((_, i) => (
            <div key={i} className="inline-item">
              <TextInput label={`Hostname ${i + 1}`} path={['spec', 'hostnames', i]} optional={false} />
              <RemoveButton label={`Remove hostname ${i + 1}`} onClick={() => hostnames.remove(i)} disabled={hostnames.paused} />
            </div>
          ))}
        </Section>
      )}
      <Section title="Parents (parentRefs)" actions={<AddButton label="parent" onClick={() => parents.add({ name: 'gateway' })} disabled={parents.paused} />}>
        {parents.items.length === 0 && <p className="muted small">Not attached. Drag from a listener's port onto this route, or add a parent here.</p>}
        {parents.items.map((_, i) => (
          <ItemCard key={i} title={`parentRef ${i + 1}`} removeLabel={`Remove parentRef ${i + 1}`} onRemove={() => parents.remove(i)} disabled={parents.paused}>
            <ParentRefFields index={i} />
          </ItemCard>
        ))}
      </Section>
      <Section title={`Rules (${rules.items.length})`} actions={<AddButton label="rule" onClick={() => rules.add(kind === 'HTTPRoute' ? { matches: [{ path: { type: 'PathPrefix', value: `/path-${rules.items.length + 1}` } }] } : { backendRefs: [] })} disabled={rules.paused} />}>
        <ol className="rule-list">
          {rules.items.map((r, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => select(store, `ru:${key}#${i}`)}>
                {(r as { name?: string }).name ?? `Rule ${i + 1}`}
              </button>
              <span className="muted small">{((r as { backendRefs?: unknown[] }).backendRefs ?? []).length} backends</span>
              <RemoveButton label={`Remove rule ${i + 1}`} onClick={() => rules.remove(i)} disabled={rules.paused} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  )
}

/** One parentRef: which Gateway (or ListenerSet), and optionally which listener or port. */
export function ParentRefFields({ index }: { index: number }) {
  const base = ['spec', 'parentRefs', index]
  return (
    <div className="form-grid">
      <TextInput label="Name" path={[...base, 'name']} optional={false} />
      <TextInput label="Namespace" path={[...base, 'namespace']} placeholder="the route's" />
      <TextInput label="Section (listener)" path={[...base, 'sectionName']} placeholder="every listener" />
      <NumberInput label="Port" path={[...base, 'port']} min={1} max={65535} placeholder="any" />
      <SelectInput label="Kind" path={[...base, 'kind']} options={['Gateway', 'ListenerSet']} />
    </div>
  )
}
