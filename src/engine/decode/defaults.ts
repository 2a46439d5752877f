import { GATEWAY_GROUP } from '../../model'

/**
 * The API server's defaults for the fields the graph needs at this stage (SPEC-NOTES §2).
 * Applied to a copy; the user's text is never touched.
 */
type Json = Record<string, unknown>

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : [])

function defaultParentRefs(spec: Json): void {
  for (const p of list(spec.parentRefs)) {
    p.group ??= GATEWAY_GROUP
    p.kind ??= 'Gateway'
  }
}

function defaultBackendRef(b: Json, weight: boolean): void {
  b.group ??= ''
  b.kind ??= 'Service'
  if (weight) b.weight ??= 1
}

function defaultRules(kind: string, spec: Json): void {
  if (kind === 'HTTPRoute' && spec.rules === undefined) spec.rules = [{}]
  for (const rule of list(spec.rules)) {
    if (kind === 'HTTPRoute') {
      rule.matches ??= [{}]
      for (const m of list(rule.matches)) {
        m.path ??= {}
        if (isObj(m.path)) {
          m.path.type ??= 'PathPrefix'
          m.path.value ??= '/'
        }
      }
    }
    for (const b of list(rule.backendRefs)) defaultBackendRef(b, true)
  }
}

function defaultListeners(spec: Json): void {
  for (const l of list(spec.listeners)) {
    l.allowedRoutes ??= {}
    if (isObj(l.allowedRoutes)) l.allowedRoutes.namespaces ??= { from: 'Same' }
  }
}

export function applyDefaults(kind: string, spec: Json): void {
  switch (kind) {
    case 'Gateway':
    case 'ListenerSet':
      defaultListeners(spec)
      break
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      defaultParentRefs(spec)
      defaultRules(kind, spec)
      break
  }
}
