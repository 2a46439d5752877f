import type { SimProtocol, SimRequest } from '../../model'

export const PROTOCOLS: readonly SimProtocol[] = ['HTTP', 'HTTPS', 'GRPC', 'TLS', 'TCP', 'UDP']
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/** The request form as typed: strings everywhere, so a half-typed port is kept as it is. */
export interface Draft {
  protocol: SimProtocol
  gateway: string
  port: string
  host: string
  method: string
  path: string
  headers: { name: string; value: string }[]
  grpcService: string
  grpcMethod: string
}

export const EMPTY_DRAFT: Draft = { protocol: 'HTTP', gateway: '', port: '', host: '', method: 'GET', path: '/', headers: [], grpcService: '', grpcMethod: '' }

/** Which fields a protocol uses: TLS sends only an SNI, TCP and UDP only reach a port. */
export const usesHttp = (p: SimProtocol) => p === 'HTTP' || p === 'HTTPS'
export const usesHost = (p: SimProtocol) => p !== 'TCP' && p !== 'UDP'

/** The simulator's request for a draft; fields the protocol does not use are left out. */
export function toRequest(d: Draft): SimRequest {
  const r: SimRequest = { protocol: d.protocol }
  if (d.gateway) r.gateway = d.gateway
  const port = Number(d.port)
  if (d.port.trim() && Number.isInteger(port)) r.port = port
  if (usesHost(d.protocol) && d.host.trim()) r.host = d.host.trim()
  if (usesHttp(d.protocol)) {
    r.method = d.method.trim().toUpperCase() || 'GET'
    r.path = d.path.trim() || '/'
  }
  if (d.protocol === 'GRPC') r.grpc = { service: d.grpcService.trim(), method: d.grpcMethod.trim() }
  if (usesHttp(d.protocol) || d.protocol === 'GRPC') {
    const headers: Record<string, string> = {}
    for (const h of d.headers) if (h.name.trim()) headers[h.name.trim()] = h.value
    if (Object.keys(headers).length) r.headers = headers
  }
  return r
}

/** A draft showing a request (a saved case, a pasted curl command). */
export function toDraft(r: SimRequest): Draft {
  const protocol = (PROTOCOLS as readonly string[]).includes(String(r.protocol).toUpperCase()) ? (String(r.protocol).toUpperCase() as SimProtocol) : 'HTTP'
  const headers = Object.entries(r.headers ?? {}).map(([name, v]) => ({ name, value: Array.isArray(v) ? v.join(',') : String(v) }))
  return {
    protocol,
    gateway: r.gateway ?? '',
    port: r.port !== undefined ? String(r.port) : '',
    host: r.host ?? '',
    method: r.method ?? (protocol === 'GRPC' ? 'POST' : 'GET'),
    path: r.path ?? '/',
    headers,
    grpcService: r.grpc?.service ?? '',
    grpcMethod: r.grpc?.method ?? '',
  }
}

/** One line for a request, as a list shows it: `GET http://host/path`, `TCP :5432`. */
export function describeRequest(r: SimRequest): string {
  const p = String(r.protocol).toUpperCase()
  const port = r.port !== undefined ? `:${r.port}` : ''
  if (p === 'GRPC') return `gRPC ${r.host ?? ''}${port} ${r.grpc?.service ?? ''}/${r.grpc?.method ?? ''}`
  if (p === 'TLS') return `TLS ${r.host ?? '(no SNI)'}${port}`
  if (p === 'TCP' || p === 'UDP') return `${p} ${r.gateway ? `${r.gateway} ` : ''}${port || '(default port)'}`
  return `${r.method ?? 'GET'} ${p.toLowerCase()}://${r.host ?? ''}${port}${r.path ?? '/'}`
}
