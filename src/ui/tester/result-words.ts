import type { SimRequest, SimResult } from '../../model'

const HTTP_TEXT: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  404: 'Not Found',
  500: 'Internal Server Error',
}

/** The status line in words; connections (TLS, TCP, UDP) are accepted or refused rather than answered. */
export function statusWords(request: SimRequest, result: SimResult): string {
  const p = String(request.protocol).toUpperCase()
  if (p === 'TLS' || p === 'TCP' || p === 'UDP') {
    const unit = p === 'UDP' ? 'flow' : 'connection'
    if (result.status === 200) return `${unit} reaches a backend`
    if (result.status === 404) return `no route takes this ${unit}: it is ${p === 'UDP' ? 'dropped' : 'refused'}`
    return `the route's backend cannot take it: the ${unit} is ${p === 'UDP' ? 'dropped' : 'refused'}`
  }
  return HTTP_TEXT[result.status] ?? ''
}

export type StatusTone = 'ok' | 'redirect' | 'miss' | 'error'
export const statusTone = (status: number): StatusTone => (status === 200 ? 'ok' : status >= 300 && status < 400 ? 'redirect' : status === 404 ? 'miss' : 'error')

export interface DiffRow {
  field: string
  before: string | undefined
  after: string | undefined
  change: 'same' | 'changed' | 'added' | 'removed'
}

/**
 * The request before and after the gateway's filters, row by row: host, path (with query), method,
 * then every header (names lower-case, repeated values joined by `,`, as the engine forwards them).
 */
export function forwardedDiff(request: SimRequest, result: SimResult): DiffRow[] {
  const f = result.forwarded
  if (!f) return []
  const before = new Map<string, string>()
  for (const [k, v] of Object.entries(request.headers ?? {})) {
    const key = k.toLowerCase()
    if (key === 'host' || key === ':authority') continue
    const value = Array.isArray(v) ? v.join(',') : String(v)
    before.set(key, before.has(key) ? `${before.get(key)},${value}` : value)
  }
  const host = request.host ?? (typeof request.headers?.host === 'string' ? request.headers.host : '')
  const path = request.path ?? (request.grpc ? `/${request.grpc.service}/${request.grpc.method}` : '/')
  const method = (request.method ?? (String(request.protocol).toUpperCase() === 'GRPC' ? 'POST' : 'GET')).toUpperCase()
  const row = (field: string, b: string | undefined, a: string | undefined): DiffRow => ({
    field,
    before: b,
    after: a,
    change: b === a ? 'same' : b === undefined ? 'added' : a === undefined ? 'removed' : 'changed',
  })
  const rows = [row('host', host, f.host), row('path', path.startsWith('/') ? path : `/${path}`, f.path), row('method', method, f.method)]
  const names = [...new Set([...before.keys(), ...Object.keys(f.headers)])].sort()
  for (const n of names) rows.push(row(n, before.get(n), f.headers[n]))
  return rows
}

export const percent = (p: number) => `${Math.round(p * 1000) / 10}%`
