import { refOf, type GatewayObject, type Listener, type ListenerSetObject, type ObjectRef, type RouteGroupKind } from '../../model'
import type { ResolveContext } from './context'
import { kindLabel, supportedKindsOf, SUPPORTED_PROTOCOLS } from './listener-kinds'
import { isObj, list, num, str, tlsModeOf, type Json } from './read'
import type { ReferenceOutcome } from './resolve-references'

/** One listener as resolve sees it, with the facts its conditions are made of. */
export interface ListenerView {
  owner: GatewayObject | ListenerSetObject
  ownerRef: ObjectRef
  gateway: GatewayObject
  index: number
  path: string
  listener: Listener
  name: string
  port: number
  protocol: string
  hostname?: string
  tlsMode?: string
  supportedKinds: RouteGroupKind[]
  invalidKinds: RouteGroupKind[]
  /** Why the listener cannot be accepted at all (protocol, TLS mode, CA certificates). */
  rejected?: { reason: string; message: string }
  /** Certificate and CA references that failed, in order. */
  badRefs: ReferenceOutcome[]
  goodRefs: ReferenceOutcome[]
  /** True when a TLS-terminating listener has no usable certificate. */
  noCertificate?: string
  conflict?: { reason: 'HostnameConflict' | 'ProtocolConflict'; message: string }
  /** Keys (`Kind/ns/name`) of routes attached here with an Accepted parent. */
  attached: Set<string>
}

export const ownerLabel = (o: ObjectRef) => `${o.kind} ${o.namespace}/${o.name}`
export const listenerLabel = (v: ListenerView) => `listener ${v.name} in ${v.ownerRef.namespace}/${v.ownerRef.name}`

const terminatesTls = (v: ListenerView) => v.protocol === 'HTTPS' || (v.protocol === 'TLS' && v.tlsMode === 'Terminate')

/**
 * Builds the views of one Gateway's or ListenerSet's listeners: supported kinds, protocol and TLS
 * mode support, certificate and CA references. Conflicts are found later, across the merged list.
 *
 * @example
 * const views = viewListeners(gateway, gateway, ctx, outcomesByPath)
 */
export function viewListeners(owner: GatewayObject | ListenerSetObject, gateway: GatewayObject, ctx: ResolveContext, refs: Map<string, ReferenceOutcome>): ListenerView[] {
  const ownerRef = refOf(owner)
  return list<Listener>(owner.spec.listeners).map((listener, index) => {
    const path = `spec.listeners[${index}]`
    const { supported, invalid } = supportedKindsOf(listener, ctx)
    const v: ListenerView = {
      owner,
      ownerRef,
      gateway,
      index,
      path,
      listener,
      name: str(listener.name) ?? `#${index}`,
      port: num(listener.port) ?? 0,
      protocol: str(listener.protocol) ?? '',
      supportedKinds: supported,
      invalidKinds: invalid,
      badRefs: [],
      goodRefs: [],
      attached: new Set(),
    }
    const hostname = str(listener.hostname)
    if (hostname !== undefined && v.protocol !== 'TCP' && v.protocol !== 'UDP') v.hostname = hostname
    const mode = v.protocol === 'HTTPS' || v.protocol === 'TLS' ? tlsModeOf(listener) : undefined
    if (mode) v.tlsMode = mode
    checkProtocol(v, ctx)
    if (!v.rejected && terminatesTls(v)) {
      checkCertificates(v, refs)
      checkClientValidation(v, refs)
    }
    return v
  })
}

function checkProtocol(v: ListenerView, ctx: ResolveContext): void {
  if (!SUPPORTED_PROTOCOLS.has(v.protocol)) {
    v.rejected = { reason: 'UnsupportedProtocol', message: `protocol ${v.protocol || '(none)'} is not supported; use HTTP, HTTPS, TLS, TCP or UDP` }
  } else if (v.protocol === 'HTTPS' && v.tlsMode !== 'Terminate') {
    v.rejected = { reason: 'UnsupportedValue', message: `HTTPS listeners terminate TLS, so tls.mode must be Terminate, not ${v.tlsMode}; use protocol TLS for passthrough` }
  } else if (v.protocol === 'TLS' && v.tlsMode !== 'Terminate' && v.tlsMode !== 'Passthrough') {
    v.rejected = { reason: 'UnsupportedValue', message: `tls.mode ${v.tlsMode} is not supported; use Passthrough or Terminate` }
  } else if (v.protocol === 'TLS' && v.tlsMode === 'Terminate' && !ctx.features.TLSRouteModeTerminate) {
    v.rejected = { reason: 'UnsupportedValue', message: 'this controller does not terminate TLS for TLSRoutes (feature TLSRouteModeTerminate); use tls.mode Passthrough or protocol HTTPS' }
  }
}

function checkCertificates(v: ListenerView, refs: Map<string, ReferenceOutcome>): void {
  const tls: Json = isObj(v.listener.tls) ? v.listener.tls : {}
  const certs = list(tls.certificateRefs).map((_, j) => refs.get(`${v.ownerRef.kind}/${v.ownerRef.namespace}/${v.ownerRef.name}#${v.path}.tls.certificateRefs[${j}]`)).filter((r): r is ReferenceOutcome => !!r)
  for (const r of certs) (r.resolved ? v.goodRefs : v.badRefs).push(r)
  if (certs.length === 0 && !isObj(tls.options)) {
    v.noCertificate = `${v.protocol === 'HTTPS' ? 'an HTTPS' : 'a TLS Terminate'} listener needs tls.certificateRefs naming a kubernetes.io/tls Secret`
  } else if (certs.length > 0 && certs.every((r) => !r.resolved)) {
    v.noCertificate = 'none of its certificateRefs can be used'
  }
}

/** Frontend client-certificate validation (`spec.tls.frontend` of the Gateway), per listener port. */
function checkClientValidation(v: ListenerView, refs: Map<string, ReferenceOutcome>): void {
  const frontend = isObj(v.gateway.spec.tls) && isObj(v.gateway.spec.tls.frontend) ? v.gateway.spec.tls.frontend : undefined
  if (!frontend) return
  const perPort = list(frontend.perPort).findIndex((p) => num(p.port) === v.port)
  const base = perPort >= 0 ? `spec.tls.frontend.perPort[${perPort}].tls.validation` : 'spec.tls.frontend.default.validation'
  const gw = refOf(v.gateway)
  const prefix = `Gateway/${gw.namespace}/${gw.name}#${base}.caCertificateRefs[`
  const cas = [...refs.entries()].filter(([k]) => k.startsWith(prefix)).map(([, r]) => r)
  if (cas.length === 0) return
  for (const r of cas) (r.resolved ? v.goodRefs : v.badRefs).push(r)
  if (cas.every((r) => !r.resolved)) {
    v.rejected = { reason: 'NoValidCACertificate', message: `none of the CA certificates for client validation on port ${v.port} (${base}) can be used` }
  }
}

/**
 * The listener's conditions' inputs summarised: is it served at all?
 *
 * @example
 * views.filter(isProgrammed).length // listeners that carry traffic
 */
export function isProgrammed(v: ListenerView): boolean {
  return !v.rejected && !v.conflict && !v.noCertificate && v.supportedKinds.length > 0
}

/** @example kindsText([]) // 'no route kinds' */
export function kindsText(kinds: readonly RouteGroupKind[]): string {
  return kinds.length ? kinds.map(kindLabel).join(', ') : 'no route kinds'
}
