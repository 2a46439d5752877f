import { useId } from 'react'
import type { RouteTestCase, RouteTestExpect } from '../../model'

type Field = 'status' | 'route' | 'rule' | 'location' | 'grpcStatus'

/** `checkout-v1 90, checkout-v2 10` ⇄ the expectation's backends. */
export function backendsText(b: RouteTestExpect['backends']): string {
  return (b ?? []).map((x) => [x.namespace ? `${x.namespace}/${x.name}` : x.name, x.weight].filter((v) => v !== undefined).join(' ')).join(', ')
}

export function readBackends(text: string): RouteTestExpect['backends'] {
  const out: NonNullable<RouteTestExpect['backends']> = []
  for (const part of text.split(',')) {
    const [target, weight] = part.trim().split(/\s+/)
    if (!target) continue
    const slash = target.indexOf('/')
    const b: NonNullable<RouteTestExpect['backends']>[number] = slash > 0 ? { namespace: target.slice(0, slash), name: target.slice(slash + 1) } : { name: target }
    if (weight !== undefined && Number.isFinite(Number(weight))) b.weight = Number(weight)
    out.push(b)
  }
  return out
}

/** Sets one field of an expectation; an empty value removes it (the field is then not checked). */
export function withField(expect: RouteTestExpect, field: Field | 'backends' | 'forwarded.host' | 'forwarded.path', raw: string): RouteTestExpect {
  const next: RouteTestExpect = { ...expect }
  const text = raw.trim()
  if (field === 'forwarded.host' || field === 'forwarded.path') {
    const key = field === 'forwarded.host' ? 'host' : 'path'
    const fwd = { ...(next.forwarded ?? {}) }
    if (text) fwd[key] = text
    else delete fwd[key]
    if (Object.keys(fwd).length) next.forwarded = fwd
    else delete next.forwarded
    return next
  }
  if (!text) {
    delete next[field]
    return next
  }
  switch (field) {
    case 'status':
    case 'rule':
      if (Number.isInteger(Number(text))) next[field] = Number(text)
      return next
    case 'route':
      next.route = text === 'none' || text === 'null' ? null : text
      return next
    case 'grpcStatus':
      next.grpcStatus = text as RouteTestExpect['grpcStatus']
      return next
    case 'backends':
      next.backends = readBackends(text)
      return next
    default:
      next.location = text
      return next
  }
}

const ROWS: { field: Field | 'backends' | 'forwarded.host' | 'forwarded.path'; label: string; hint: string }[] = [
  { field: 'status', label: 'status', hint: '200, 404, 500, 301…' },
  { field: 'route', label: 'route', hint: 'namespace/name, or none' },
  { field: 'rule', label: 'rule index', hint: 'from 0, as in the file' },
  { field: 'backends', label: 'backends', hint: 'name weight, name weight' },
  { field: 'location', label: 'location', hint: 'a redirect’s Location' },
  { field: 'forwarded.host', label: 'forwarded host', hint: 'after filters' },
  { field: 'forwarded.path', label: 'forwarded path', hint: 'after filters, with query' },
  { field: 'grpcStatus', label: 'gRPC status', hint: 'OK, UNIMPLEMENTED, UNAVAILABLE' },
]

function valueOf(expect: RouteTestExpect, field: (typeof ROWS)[number]['field']): string {
  if (field === 'backends') return backendsText(expect.backends)
  if (field === 'forwarded.host') return expect.forwarded?.host ?? ''
  if (field === 'forwarded.path') return expect.forwarded?.path ?? ''
  const v = expect[field]
  return v === null ? 'none' : v === undefined ? '' : String(v)
}

/**
 * The expectation of one case, field by field; an empty field is not checked. Other fields the
 * file may hold (headers, absent headers) are kept as they are.
 */
export function ExpectEditor({ value, onChange }: { value: RouteTestCase; onChange: (c: RouteTestCase) => void }) {
  const id = useId()
  return (
    <div className="expect-editor">
      <label className="ee-row">
        <span>name</span>
        <input defaultValue={value.name ?? ''} onBlur={(e) => e.target.value !== (value.name ?? '') && onChange({ ...value, name: e.target.value || undefined } as RouteTestCase)} />
      </label>
      {ROWS.map((r) => (
        <label className="ee-row" key={r.field}>
          <span>{r.label}</span>
          <input
            key={`${id}-${valueOf(value.expect, r.field)}`}
            defaultValue={valueOf(value.expect, r.field)}
            placeholder={r.hint}
            spellCheck={false}
            onBlur={(e) => {
              if (e.target.value === valueOf(value.expect, r.field)) return
              onChange({ ...value, expect: withField(value.expect, r.field, e.target.value) })
            }}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
        </label>
      ))}
    </div>
  )
}
