import type { HTTPCORS } from '../../model'
import type { NormalRequest } from './normalize-request'
import { WELL_KNOWN_PORT } from './rewrite-path'

/** What the CORS filter does to one request (SPEC-NOTES §9.6). */
export interface CorsOutcome {
  /** The origin is allowed: these headers go on the response. */
  headers: Map<string, string>
  /** A preflight the gateway answers itself, without reaching a backend. */
  preflight: boolean
  allowed: boolean
  reason: string
}

interface Origin {
  scheme: string
  host: string
  port: number
}

function parseOrigin(s: string): Origin | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/:]+|\[[^\]]+\])(?::(\d+))?\/?$/i.exec(s.trim())
  if (!m) return undefined
  const scheme = m[1]!.toLowerCase()
  const port = m[3] !== undefined ? Number(m[3]) : WELL_KNOWN_PORT[scheme]
  if (port === undefined) return undefined
  return { scheme, host: m[2]!.toLowerCase(), port }
}

/** An allowOrigins entry against the request origin; `*` in a host covers any number of labels. */
function originAllowed(pattern: string, origin: Origin): boolean {
  if (pattern === '*') return true
  const p = parseOrigin(pattern.replace('*', 'wildcard-label'))
  if (!p || p.scheme !== origin.scheme || p.port !== origin.port) return false
  if (!pattern.includes('*')) return p.host === origin.host
  if (p.host === 'wildcard-label') return true
  const suffix = p.host.slice('wildcard-label'.length) // ".bar.com"
  return origin.host.length > suffix.length && origin.host.endsWith(suffix)
}

const joinList = (v: readonly string[] | undefined): string => (v ?? []).join(', ')

/**
 * Applies a CORS filter. Follows Envoy's CORS filter where the spec allows a choice: the
 * allowed origin is echoed (never `*`); wildcard methods and headers echo what the preflight
 * asked for. A preflight is always answered by the gateway, without CORS headers when its
 * origin is not allowed (what conformance observes); an actual request from such an origin
 * continues to the backend without CORS headers.
 *
 * @example
 * applyCors({ allowOrigins: ['*'], maxAge: 5 }, request).headers.get('access-control-allow-origin')
 */
export function applyCors(cors: HTTPCORS, req: NormalRequest): CorsOutcome {
  const headers = new Map<string, string>()
  const originHeader = req.headers.get('origin')
  const preflight = req.method === 'OPTIONS' && originHeader !== undefined && req.headers.has('access-control-request-method')
  if (originHeader === undefined) return { headers, preflight: false, allowed: false, reason: 'the request has no Origin header: not a CORS request' }
  const origin = parseOrigin(originHeader)
  const allowed = origin !== undefined && (cors.allowOrigins ?? []).some((p) => originAllowed(p, origin))
  if (!allowed) {
    const what = preflight ? 'the preflight is answered without CORS headers, so the browser blocks the request' : 'the request continues without CORS headers'
    return { headers, preflight, allowed, reason: `origin ${originHeader} is not in allowOrigins; ${what}` }
  }
  headers.set('access-control-allow-origin', originHeader)
  if (cors.allowCredentials === true) headers.set('access-control-allow-credentials', 'true')
  if (cors.exposeHeaders?.length) headers.set('access-control-expose-headers', joinList(cors.exposeHeaders))
  if (!preflight) return { headers, preflight, allowed, reason: `origin ${originHeader} is allowed` }

  const methods = cors.allowMethods ?? []
  const requestedMethod = req.headers.get('access-control-request-method') ?? ''
  if (methods.includes('*')) headers.set('access-control-allow-methods', requestedMethod)
  else if (methods.length) headers.set('access-control-allow-methods', joinList(methods))
  const allowHeaders = cors.allowHeaders ?? []
  const requestedHeaders = req.headers.get('access-control-request-headers')
  if (allowHeaders.includes('*')) {
    if (requestedHeaders) headers.set('access-control-allow-headers', requestedHeaders)
  } else if (allowHeaders.length) headers.set('access-control-allow-headers', joinList(allowHeaders))
  headers.set('access-control-max-age', String(typeof cors.maxAge === 'number' ? cors.maxAge : 5))
  return { headers, preflight, allowed, reason: `preflight from ${originHeader} answered by the gateway` }
}
