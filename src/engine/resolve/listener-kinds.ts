import { GATEWAY_GROUP, type Listener, type RouteGroupKind } from '../../model'
import type { ResolveContext } from './context'
import { allowedKindsOf, tlsModeOf } from './read'

export const SUPPORTED_PROTOCOLS = new Set(['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'])

const kinds = (...names: string[]): RouteGroupKind[] => names.map((kind) => ({ group: GATEWAY_GROUP, kind }))

/**
 * The route kinds a listener can carry, by protocol and TLS mode (SPEC-NOTES §5.3). RouteLab
 * speaks h2c with prior knowledge and HTTP/2 over ALPN, as Envoy does, so GRPCRoute attaches to
 * HTTP and HTTPS listeners.
 *
 * @example
 * kindsForProtocol({ name: 'web', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }, ctx)
 * // [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }, { group: ..., kind: 'GRPCRoute' }]
 */
export function kindsForProtocol(l: Listener, ctx: ResolveContext): RouteGroupKind[] {
  switch (l.protocol) {
    case 'HTTP':
      return kinds('HTTPRoute', 'GRPCRoute')
    case 'HTTPS':
      return tlsModeOf(l) === 'Terminate' ? kinds('HTTPRoute', 'GRPCRoute') : []
    case 'TLS': {
      const mode = tlsModeOf(l)
      if (mode === 'Passthrough') return kinds('TLSRoute')
      return mode === 'Terminate' && ctx.features.TLSRouteModeTerminate ? kinds('TLSRoute') : []
    }
    case 'TCP':
      return kinds('TCPRoute')
    case 'UDP':
      return kinds('UDPRoute')
    default:
      return []
  }
}

/**
 * `supportedKinds` for status, and the listed kinds the protocol cannot carry.
 *
 * @example
 * supportedKindsOf(httpListenerListingTCPRoute, ctx) // { supported: [], invalid: [{ group, kind: 'TCPRoute' }] }
 */
export function supportedKindsOf(l: Listener, ctx: ResolveContext): { supported: RouteGroupKind[]; invalid: RouteGroupKind[] } {
  const possible = kindsForProtocol(l, ctx)
  const listed = allowedKindsOf(l)
  if (!listed) return { supported: possible, invalid: [] }
  const ok = (k: RouteGroupKind) => possible.some((p) => p.group === k.group && p.kind === k.kind)
  const supported: RouteGroupKind[] = []
  for (const k of listed.filter(ok)) if (!supported.some((s) => s.kind === k.kind && s.group === k.group)) supported.push(k)
  return { supported, invalid: listed.filter((k) => !ok(k)) }
}

/** @example kindLabel({ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }) // 'HTTPRoute' */
export const kindLabel = (k: RouteGroupKind) => (k.group === GATEWAY_GROUP ? k.kind : `${k.kind} (group ${k.group || 'core'})`)
