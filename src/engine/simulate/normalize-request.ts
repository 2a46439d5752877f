import type { SimRequest } from '../../model'

/** A request in the form the matchers read: names lower-cased, path and query split once. */
export interface NormalRequest {
  protocol: string
  gateway?: string
  port?: number
  /** As sent (may carry `:port`); forwarded unchanged unless a filter rewrites it. */
  hostRaw: string
  /** Lower-case, without `:port`: what hostnames are matched against. */
  host: string
  method: string
  /** Path only, without the query string. */
  path: string
  /** `?a=b` or ''. Kept for forwarding and redirects. */
  query: string
  /** Lower-case names, repeated values joined with `,` (RFC 9110 §5.3). */
  headers: Map<string, string>
  /** First occurrence of each query parameter name (case-sensitive), as SPEC-NOTES §8.3 recommends. */
  queryParams: Map<string, string>
  grpc?: { service: string; method: string }
  backend?: string
  /** What the backend answers with, lower-case names. */
  responseHeaders: Map<string, string>
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * Any value as text, without ever throwing: user data may hold objects whose `toString` is not
 * a function (`{toString: 0}` is valid YAML and JSON), which `String()` would throw on.
 */
export function text(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (v === null || v === undefined) return ''
  try {
    return JSON.stringify(v) ?? ''
  } catch {
    return ''
  }
}

/** Strips a `:port` (keeping IPv6 brackets intact) and lower-cases the host. */
export function hostForMatching(raw: string): string {
  let h = raw.trim()
  if (h.startsWith('[')) {
    const close = h.indexOf(']')
    return (close < 0 ? h : h.slice(0, close + 1)).toLowerCase()
  }
  const colon = h.lastIndexOf(':')
  if (colon >= 0 && h.indexOf(':') === colon) h = h.slice(0, colon)
  return h.toLowerCase()
}

function decodeQueryPart(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

export function parseQuery(query: string): Map<string, string> {
  const out = new Map<string, string>()
  if (query.length <= 1) return out
  for (const part of query.slice(1).split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    const name = decodeQueryPart(eq < 0 ? part : part.slice(0, eq))
    const value = eq < 0 ? '' : decodeQueryPart(part.slice(eq + 1))
    if (!out.has(name)) out.set(name, value)
  }
  return out
}

/** Header names lower-cased, repeated values (a list, or names differing in case) joined by `,`. */
function headerMap(raw: unknown): Map<string, string> {
  const headers = new Map<string, string>()
  if (typeof raw !== 'object' || raw === null) return headers
  for (const [name, value] of Object.entries(raw)) {
    const values = Array.isArray(value) ? value.map(text) : [text(value)]
    const key = name.toLowerCase()
    const prev = headers.get(key)
    headers.set(key, prev === undefined ? values.join(',') : [prev, ...values].join(','))
  }
  return headers
}

/**
 * Reads a request defensively: the CLI and the UI pass whatever the user typed, and the
 * simulator never throws on it.
 */
export function normalizeRequest(req: SimRequest): NormalRequest {
  const r = (typeof req === 'object' && req !== null ? req : {}) as Partial<SimRequest>
  const protocol = (str(r.protocol) ?? 'HTTP').toUpperCase()
  const grpc =
    typeof r.grpc === 'object' && r.grpc !== null ? { service: str(r.grpc.service) ?? '', method: str(r.grpc.method) ?? '' } : undefined
  let rawPath = str(r.path) ?? (grpc ? `/${grpc.service}/${grpc.method}` : '/')
  if (!rawPath.startsWith('/')) rawPath = `/${rawPath}`
  const q = rawPath.indexOf('?')
  const path = q < 0 ? rawPath : rawPath.slice(0, q)
  const query = q < 0 ? '' : rawPath.slice(q)
  const headers = headerMap(r.headers)
  const hostRaw = str(r.host) ?? headers.get('host') ?? headers.get(':authority') ?? ''
  // The host travels in its own field of the result; keeping it in the headers too would
  // let a header filter and the host disagree.
  headers.delete('host')
  headers.delete(':authority')
  const out: NormalRequest = {
    protocol,
    hostRaw,
    host: hostForMatching(hostRaw),
    method: (str(r.method) ?? (protocol === 'GRPC' ? 'POST' : 'GET')).toUpperCase(),
    path,
    query,
    headers,
    queryParams: parseQuery(query),
    responseHeaders: headerMap(r.responseHeaders),
  }
  const gw = str(r.gateway)
  if (gw) out.gateway = gw
  if (typeof r.port === 'number' && Number.isInteger(r.port)) out.port = r.port
  if (grpc) out.grpc = grpc
  const backend = str(r.backend)
  if (backend) out.backend = backend
  return out
}
