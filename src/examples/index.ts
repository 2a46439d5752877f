import { brokenBackendNotFound } from './broken-backend-not-found'
import { brokenIncompatibleFilters } from './broken-incompatible-filters'
import { brokenInvalidCertificateRef } from './broken-invalid-certificate-ref'
import { brokenInvalidKind } from './broken-invalid-kind'
import { brokenListenerSetHostnameConflict } from './broken-listenerset-hostname-conflict'
import { brokenListenerSetNotAllowed } from './broken-listenerset-not-allowed'
import { brokenNoMatchingListenerHostname } from './broken-no-matching-listener-hostname'
import { brokenNoMatchingParent } from './broken-no-matching-parent'
import { brokenNotAllowedByListeners } from './broken-not-allowed-by-listeners'
import { brokenPartiallyInvalid } from './broken-partially-invalid'
import { brokenProtocolConflict } from './broken-protocol-conflict'
import { brokenRefNotPermitted } from './broken-ref-not-permitted'
import { brokenRouteKindConflict } from './broken-route-kind-conflict'
import { brokenUnsupportedProtocol } from './broken-unsupported-protocol'
import { brokenUnsupportedValue } from './broken-unsupported-value'
import { canaryAndHeader } from './canary-and-header'
import { canaryWeights } from './canary-weights'
import { crossNamespaceRouting } from './cross-namespace-routing'
import { grpcRouting } from './grpc-routing'
import { headerBasedRouting } from './header-based-routing'
import { headerMatching } from './header-matching'
import { headerModification } from './header-modification'
import { hostnameMatching } from './hostname-matching'
import { hostnamePrecedence } from './hostname-precedence'
import { listenerSet } from './listenerset'
import { methodAndQueryMatching } from './method-and-query-matching'
import { pathMatching } from './path-matching'
import { redirects } from './redirects'
import { requestMirroring } from './request-mirroring'
import { routePrecedence } from './route-precedence'
import { tcpAndUdp } from './tcp-and-udp'
import { tlsPassthrough } from './tls-passthrough'
import { urlRewrite } from './url-rewrite'
import type { Example } from './types'

export type { Concept, Example, Lesson, LessonId } from './types'
export { CONCEPTS, LESSON_IDS } from './types'
export { lessons } from './lessons'

export { starterExample } from './starter'

/**
 * Every example, in teaching order: the lessons' order (attachment, matching, precedence,
 * filters, backends, status), and inside each lesson from the first idea to the ones built on it.
 */
export const examples: readonly Example[] = [
  canaryAndHeader,
  hostnameMatching,
  listenerSet,
  tlsPassthrough,
  tcpAndUdp,
  pathMatching,
  headerMatching,
  methodAndQueryMatching,
  grpcRouting,
  routePrecedence,
  hostnamePrecedence,
  urlRewrite,
  redirects,
  headerModification,
  requestMirroring,
  canaryWeights,
  headerBasedRouting,
  crossNamespaceRouting,
  brokenNoMatchingParent,
  brokenNotAllowedByListeners,
  brokenNoMatchingListenerHostname,
  brokenRouteKindConflict,
  brokenUnsupportedValue,
  brokenPartiallyInvalid,
  brokenIncompatibleFilters,
  brokenBackendNotFound,
  brokenInvalidKind,
  brokenRefNotPermitted,
  brokenUnsupportedProtocol,
  brokenProtocolConflict,
  brokenInvalidCertificateRef,
  brokenListenerSetNotAllowed,
  brokenListenerSetHostnameConflict,
]

/** An example by id, or undefined. */
export function exampleById(id: string): Example | undefined {
  return examples.find((e) => e.id === id)
}
