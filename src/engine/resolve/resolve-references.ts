import { GATEWAY_GROUP, refOf, type ObjectRef, type ResolvedReference, type RouteObject } from '../../model'
import type { ResolveContext } from './context'
import { findGrant } from './reference-grants'
import type { ReferenceEdge } from './relations'
import { list, num, str } from './read'

/** One reference resolved, with the words that say what to change when it does not resolve. */
export interface ReferenceOutcome extends ResolvedReference {
  /** Plain words: what is wrong, or what it resolved to. */
  detail: string
}

const describeRef = (r: ObjectRef) => `${r.kind} ${r.namespace}/${r.name}`

/**
 * Resolves one reference of the relation table, checking in the order SPEC-NOTES §10.5 gives:
 * supported kind, then ReferenceGrant for cross-namespace references, then existence, then
 * the Service port and its protocol.
 *
 * @example
 * resolveReference(edge, ctx) // { resolved: false, reason: 'RefNotPermitted', detail: '...' }
 */
export function resolveReference(edge: ReferenceEdge, ctx: ResolveContext): ReferenceOutcome {
  const out: ReferenceOutcome = { from: refOf(edge.from), path: edge.path, use: edge.use, target: edge.target, resolved: true, detail: '' }
  if (edge.ruleIndex !== undefined) out.ruleIndex = edge.ruleIndex
  if (edge.backendIndex !== undefined) out.backendIndex = edge.backendIndex
  if (edge.port !== undefined) out.port = edge.port
  if (edge.weight !== undefined) out.weight = edge.weight
  const fail = (reason: string, detail: string): ReferenceOutcome => Object.assign(out, { resolved: false, reason, detail })
  const t = edge.target

  const cert = edge.use === 'certificateRef'
  const ca = edge.use === 'caCertificateRef'
  if (edge.use === 'extensionRef') {
    return fail('InvalidKind', `${edge.path} names filter extension ${t.kind} ${t.name} (group ${t.group || 'core'}); RouteLab simulates no filter extensions, so requests through this rule get HTTP 500`)
  }
  const kindOk = t.group === '' && (cert ? t.kind === 'Secret' : ca ? t.kind === 'ConfigMap' || t.kind === 'Secret' : t.kind === 'Service')
  if (!kindOk) {
    const want = cert ? 'a core Secret (group "", kind Secret)' : ca ? 'a core ConfigMap or Secret' : 'a core Service (group "", kind Service)'
    const reason = cert ? 'InvalidCertificateRef' : ca ? 'InvalidCACertificateKind' : 'InvalidKind'
    return fail(reason, `${edge.path} refers to ${t.kind} ${t.name}${t.group ? ` in group ${t.group}` : ''}; it must be ${want}`)
  }

  const fromNs = edge.from.metadata.namespace
  if (t.namespace !== fromNs) {
    const from = { group: GATEWAY_GROUP, kind: edge.from.kind, namespace: fromNs }
    const grant = findGrant(ctx.grantsIn(t.namespace), from, t)
    if (!grant) {
      return fail('RefNotPermitted', `${edge.from.kind} ${fromNs}/${edge.from.metadata.name} refers to ${describeRef(t)} in another namespace, and no ReferenceGrant in ${t.namespace} allows it: add one with from {kind: ${edge.from.kind}, namespace: ${fromNs}} and to {kind: ${t.kind}, name: ${t.name}}`)
    }
    out.grant = grant
  }

  const { found, assumed } = ctx.exists(t.kind, t.namespace, t.name)
  if (assumed) out.assumed = true
  if (!found) {
    const reason = cert ? 'InvalidCertificateRef' : ca ? 'InvalidCACertificateRef' : 'BackendNotFound'
    return fail(reason, `${describeRef(t)} is not declared (${t.kind} references resolve against declared objects; use --services assumed to assume they exist)`)
  }
  if (cert) {
    const problem = ctx.secret(t.namespace, t.name)?.problem
    if (problem) return fail('InvalidCertificateRef', `Secret ${t.namespace}/${t.name} ${problem}`)
  }
  if (t.kind === 'Service' && !cert && !ca) {
    const portProblem = checkServicePort(edge, ctx)
    if (portProblem) return fail(portProblem.reason, portProblem.detail)
  }
  out.detail = `${describeRef(t)}${edge.port !== undefined ? ` port ${edge.port}` : ''}${assumed ? ' (assumed to exist)' : ''}${out.grant ? `, permitted by ReferenceGrant ${out.grant.namespace}/${out.grant.name}` : ''}`
  return out
}

/** Route kinds and the Service port protocols and appProtocols they cannot speak (SPEC-NOTES §10.1). */
const L4_UDP = new Set(['UDPRoute'])
const GRPC_INCOMPATIBLE_APP_PROTOCOLS = new Set(['kubernetes.io/ws', 'kubernetes.io/wss'])

function checkServicePort(edge: ReferenceEdge, ctx: ResolveContext): { reason: string; detail: string } | undefined {
  const t = edge.target
  if (edge.port === undefined) return { reason: 'BackendNotFound', detail: `${edge.path} refers to Service ${t.namespace}/${t.name} without a port; set port to one of the Service's ports` }
  const svc = ctx.service(t.namespace, t.name)
  if (!svc) return undefined
  const ports = list(svc.spec.ports)
  const port = ports.find((p) => num(p.port) === edge.port)
  if (!port) {
    const have = ports.map((p) => num(p.port)).filter((p) => p !== undefined)
    return { reason: 'BackendNotFound', detail: `Service ${t.namespace}/${t.name} has no port ${edge.port} (its ports: ${have.join(', ') || 'none'}); set the backendRef port to one of them` }
  }
  const routeKind = (edge.from as RouteObject).kind
  const protocol = str(port.protocol) ?? 'TCP'
  const wantUdp = L4_UDP.has(routeKind)
  if (wantUdp !== (protocol === 'UDP')) {
    return { reason: 'UnsupportedProtocol', detail: `Service ${t.namespace}/${t.name} port ${edge.port} uses protocol ${protocol}; a ${routeKind} needs ${wantUdp ? 'UDP' : 'TCP'}` }
  }
  const app = str(port.appProtocol)
  if (routeKind === 'GRPCRoute' && app && GRPC_INCOMPATIBLE_APP_PROTOCOLS.has(app)) {
    return { reason: 'UnsupportedProtocol', detail: `Service ${t.namespace}/${t.name} port ${edge.port} has appProtocol ${app}; gRPC needs HTTP/2 (kubernetes.io/h2c or none)` }
  }
  return undefined
}
