import type { FieldPath } from '../../model'
import { AddButton, ItemCard, Section } from '../components/fields'
import { BackendRefsEditor } from './BackendRefsEditor'
import { FiltersEditor } from './FiltersEditor'
import { useForm, useListEdit } from './form-context'
import { Sublist } from './Sublist'
import { SelectInput, TextInput } from './inputs'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']

function Pairs({ title, path, noun }: { title: string; path: FieldPath; noun: string }) {
  return (
    <Sublist
      title={title}
      path={path}
      newItem={{ name: noun === 'header' ? 'x-header' : 'q', value: 'value' }}
      noun={noun}
      variant="three"
      row={(item) => (
        <>
          <SelectInput label="Match" path={[...item, 'type']} options={['Exact', 'RegularExpression']} empty="Exact" />
          <TextInput label="Name" path={[...item, 'name']} optional={false} mono />
          <TextInput label="Value" path={[...item, 'value']} optional={false} mono />
        </>
      )}
    />
  )
}

function HttpMatch({ base }: { base: FieldPath }) {
  return (
    <div className="form-grid">
      <SelectInput label="Path match" path={[...base, 'path', 'type']} options={['PathPrefix', 'Exact', 'RegularExpression']} />
      <TextInput label="Path" path={[...base, 'path', 'value']} optional={false} mono />
      <SelectInput label="Method" path={[...base, 'method']} options={METHODS} empty="any" />
      <Pairs title="Headers" path={[...base, 'headers']} noun="header" />
      <Pairs title="Query parameters" path={[...base, 'queryParams']} noun="parameter" />
    </div>
  )
}

function GrpcMatch({ base }: { base: FieldPath }) {
  return (
    <div className="form-grid">
      <SelectInput label="Method match" path={[...base, 'method', 'type']} options={['Exact', 'RegularExpression']} empty="Exact" />
      <TextInput label="Service" path={[...base, 'method', 'service']} placeholder="any service" mono />
      <TextInput label="Method" path={[...base, 'method', 'method']} placeholder="any method" mono />
      <Pairs title="Headers" path={[...base, 'headers']} noun="header" />
    </div>
  )
}

/** One rule: what it matches, what it changes, where it sends traffic, and its timeouts. */
export function RuleForm({ index }: { index: number }) {
  const form = useForm()
  const kind = form.object.kind
  const base: FieldPath = ['spec', 'rules', index]
  const matches = useListEdit([...base, 'matches'])
  const hasMatches = kind === 'HTTPRoute' || kind === 'GRPCRoute'
  return (
    <>
      <Section title="Rule">
        <div className="form-grid">
          <TextInput label="Name" path={[...base, 'name']} placeholder={`rule ${index + 1}`} />
        </div>
      </Section>
      {hasMatches && (
        <Section title={`Matches (${matches.items.length})`} actions={<AddButton label="match" onClick={() => matches.add(kind === 'HTTPRoute' ? { path: { type: 'PathPrefix', value: '/' } } : { method: { service: 'example.v1.Service' } })} disabled={matches.paused} />}>
          {matches.items.length === 0 && <p className="muted small">No matches: the rule takes every request.</p>}
          {matches.items.map((_, i) => (
            <ItemCard key={i} title={`Match ${i + 1}`} removeLabel={`Remove match ${i + 1}`} onRemove={() => matches.remove(i)} disabled={matches.paused}>
              {kind === 'HTTPRoute' ? <HttpMatch base={[...base, 'matches', i]} /> : <GrpcMatch base={[...base, 'matches', i]} />}
            </ItemCard>
          ))}
          {matches.items.length > 1 && <p className="muted small">A request matches the rule when any one match fits; inside a match, every condition must.</p>}
        </Section>
      )}
      {kind !== 'TCPRoute' && kind !== 'UDPRoute' && kind !== 'TLSRoute' && (
        <Section title="Filters">
          <FiltersEditor rule={index} />
        </Section>
      )}
      <Section title="Backends">
        <BackendRefsEditor rule={index} />
      </Section>
      {kind === 'HTTPRoute' && (
        <Section title="Timeouts">
          <div className="form-grid">
            <TextInput label="Request" path={[...base, 'timeouts', 'request']} placeholder="none" hint="e.g. 10s" mono />
            <TextInput label="Backend request" path={[...base, 'timeouts', 'backendRequest']} placeholder="none" hint="e.g. 2s" mono />
          </div>
        </Section>
      )}
    </>
  )
}
