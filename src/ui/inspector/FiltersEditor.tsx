import type { FieldPath } from '../../model'
import { AddButton, ItemCard } from '../components/fields'
import { edit, useLabStore } from '../state'
import { useForm, useListEdit, valueAt } from './form-context'
import { Sublist } from './Sublist'
import { CheckInput, NumberInput, SelectInput, TextInput } from './inputs'

/** Every filter type, with the fields a new one starts with (valid as written). */
export const FILTER_DEFAULTS: Record<string, Record<string, unknown>> = {
  RequestHeaderModifier: { requestHeaderModifier: { set: [{ name: 'x-example', value: 'yes' }] } },
  ResponseHeaderModifier: { responseHeaderModifier: { add: [{ name: 'x-served-by', value: 'routelab' }] } },
  RequestMirror: { requestMirror: { backendRef: { name: 'mirror', port: 8080 } } },
  RequestRedirect: { requestRedirect: { scheme: 'https', statusCode: 301 } },
  URLRewrite: { urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' } } },
  CORS: { cors: { allowOrigins: ['https://example.com'], allowMethods: ['GET'] } },
  ExtensionRef: { extensionRef: { group: 'example.com', kind: 'Filter', name: 'my-filter' } },
  ExternalAuth: { externalAuth: { protocol: 'HTTP', backendRef: { name: 'auth', port: 8080 } } },
}
const GRPC_FILTERS = ['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'ExtensionRef']

function StringList({ label, path }: { label: string; path: FieldPath }) {
  return <Sublist title={label} path={path} newItem="" noun={label.toLowerCase()} row={(item, i) => <TextInput label={`${label} ${i + 1}`} path={item} optional={false} />} />
}

function HeaderPairs({ label, path }: { label: string; path: FieldPath }) {
  return (
    <Sublist
      title={label}
      path={path}
      newItem={{ name: 'x-header', value: 'value' }}
      noun={`${label.toLowerCase()} header`}
      row={(item) => (
        <>
          <TextInput label="Header" path={[...item, 'name']} optional={false} mono />
          <TextInput label="Value" path={[...item, 'value']} optional={false} mono />
        </>
      )}
    />
  )
}

function BackendRefFields({ path }: { path: FieldPath }) {
  return (
    <>
      <TextInput label="Service" path={[...path, 'name']} optional={false} />
      <TextInput label="Namespace" path={[...path, 'namespace']} placeholder="the route's" />
      <NumberInput label="Port" path={[...path, 'port']} min={1} max={65535} />
    </>
  )
}

/** The fields of one filter, by type. */
function FilterFields({ path, type }: { path: FieldPath; type: string }) {
  switch (type) {
    case 'RequestHeaderModifier':
    case 'ResponseHeaderModifier': {
      const key = type === 'RequestHeaderModifier' ? 'requestHeaderModifier' : 'responseHeaderModifier'
      return (
        <>
          <HeaderPairs label="Set" path={[...path, key, 'set']} />
          <HeaderPairs label="Add" path={[...path, key, 'add']} />
          <StringList label="Remove" path={[...path, key, 'remove']} />
        </>
      )
    }
    case 'RequestMirror':
      return (
        <>
          <BackendRefFields path={[...path, 'requestMirror', 'backendRef']} />
          <NumberInput label="Percent" path={[...path, 'requestMirror', 'percent']} min={0} max={100} placeholder="100" />
        </>
      )
    case 'RequestRedirect':
      return (
        <>
          <SelectInput label="Scheme" path={[...path, 'requestRedirect', 'scheme']} options={['http', 'https']} empty="keep" />
          <TextInput label="Hostname" path={[...path, 'requestRedirect', 'hostname']} placeholder="keep" />
          <NumberInput label="Port" path={[...path, 'requestRedirect', 'port']} min={1} max={65535} placeholder="keep" />
          <SelectInput label="Status" path={[...path, 'requestRedirect', 'statusCode']} options={['301', '302', '303', '307', '308']} numeric />
          <SelectInput label="Path" path={[...path, 'requestRedirect', 'path', 'type']} options={['ReplaceFullPath', 'ReplacePrefixMatch']} empty="keep" />
          <TextInput label="New path" path={[...path, 'requestRedirect', 'path', 'replaceFullPath']} placeholder="(ReplaceFullPath)" mono />
          <TextInput label="New prefix" path={[...path, 'requestRedirect', 'path', 'replacePrefixMatch']} placeholder="(ReplacePrefixMatch)" mono />
        </>
      )
    case 'URLRewrite':
      return (
        <>
          <TextInput label="Hostname" path={[...path, 'urlRewrite', 'hostname']} placeholder="keep" />
          <SelectInput label="Path" path={[...path, 'urlRewrite', 'path', 'type']} options={['ReplaceFullPath', 'ReplacePrefixMatch']} empty="keep" />
          <TextInput label="New path" path={[...path, 'urlRewrite', 'path', 'replaceFullPath']} placeholder="(ReplaceFullPath)" mono />
          <TextInput label="New prefix" path={[...path, 'urlRewrite', 'path', 'replacePrefixMatch']} placeholder="(ReplacePrefixMatch)" mono />
        </>
      )
    case 'CORS':
      return (
        <>
          <StringList label="Allowed origins" path={[...path, 'cors', 'allowOrigins']} />
          <StringList label="Allowed methods" path={[...path, 'cors', 'allowMethods']} />
          <StringList label="Allowed headers" path={[...path, 'cors', 'allowHeaders']} />
          <StringList label="Exposed headers" path={[...path, 'cors', 'exposeHeaders']} />
          <CheckInput label="Allow credentials" path={[...path, 'cors', 'allowCredentials']} />
          <NumberInput label="Max age (s)" path={[...path, 'cors', 'maxAge']} min={0} placeholder="5" />
        </>
      )
    case 'ExtensionRef':
      return (
        <>
          <TextInput label="Group" path={[...path, 'extensionRef', 'group']} optional={false} />
          <TextInput label="Kind" path={[...path, 'extensionRef', 'kind']} optional={false} />
          <TextInput label="Name" path={[...path, 'extensionRef', 'name']} optional={false} />
        </>
      )
    case 'ExternalAuth':
      return (
        <>
          <SelectInput label="Protocol" path={[...path, 'externalAuth', 'protocol']} options={['HTTP', 'GRPC']} />
          <BackendRefFields path={[...path, 'externalAuth', 'backendRef']} />
        </>
      )
    default:
      return <p className="muted small">RouteLab has no form for {type}; edit it in the YAML.</p>
  }
}

/** A rule's filters: each with its type and fields; a new type replaces the filter's fields. */
export function FiltersEditor({ rule }: { rule: number }) {
  const store = useLabStore()
  const form = useForm()
  const path: FieldPath = ['spec', 'rules', rule, 'filters']
  const list = useListEdit(path)
  const types = form.object.kind === 'GRPCRoute' ? GRPC_FILTERS : Object.keys(FILTER_DEFAULTS)
  return (
    <div className="filters">
      {list.items.length === 0 && <p className="muted small">No filters: requests pass through unchanged.</p>}
      {list.items.map((_, i) => {
        const type = String(valueAt(form.object, [...path, i, 'type']) ?? '')
        return (
          <ItemCard key={i} title={<strong>{type}</strong>} removeLabel={`Remove filter ${type}`} onRemove={() => list.remove(i)} disabled={list.paused}>
            <div className="form-grid">
              <div className="field">
                <label htmlFor={`ft-${rule}-${i}`}>Type</label>
                <select
                  id={`ft-${rule}-${i}`}
                  value={type}
                  disabled={list.paused}
                  onChange={(e) => void edit(store, [{ op: 'set', target: form.target, path: [...path, i], value: { type: e.target.value, ...FILTER_DEFAULTS[e.target.value] } }], { origin: 'inspector' })}
                >
                  {(types.includes(type) ? types : [type, ...types]).map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </div>
              <FilterFields path={[...path, i]} type={type} />
            </div>
          </ItemCard>
        )
      })}
      <AddButton label="filter" onClick={() => list.add({ type: 'RequestHeaderModifier', ...FILTER_DEFAULTS.RequestHeaderModifier })} disabled={list.paused} />
    </div>
  )
}
