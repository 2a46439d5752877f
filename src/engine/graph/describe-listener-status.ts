import type { Condition, GatewayLikeStatus, GraphBadge, ListenerStatus } from '../../model'

/** Condition types for which `True` is the bad news. */
const NEGATIVE = new Set(['Conflicted', 'InsecureFrontendValidationMode', 'PartiallyInvalid'])
/** A condition that is not healthy: a negative type that is `True`, any other type not `True`. */
const unhealthy = (c: Condition) => (NEGATIVE.has(c.type) ? c.status === 'True' : c.status !== 'True')
const line = (c: Condition) => `${c.type}=${c.status} (${c.reason}): ${c.message}`

/**
 * A listener's status as badges: how many routes attached (`attachedRoutes`), and the first
 * condition that is not healthy (Conflicted, then Accepted, ResolvedRefs, Programmed). Titles
 * carry the conditions in full.
 *
 * @example
 * listenerBadges({ name: 'http', attachedRoutes: 2, supportedKinds: [], conditions: [] })
 * // [{ label: '2', tone: 'ok', title: 'attachedRoutes: 2 ...' }]
 */
export function listenerBadges(s: ListenerStatus): GraphBadge[] {
  const bad = s.conditions.filter(unhealthy)
  const routes = s.attachedRoutes
  const count: GraphBadge = {
    label: String(routes),
    tone: routes > 0 && bad.length === 0 ? 'ok' : 'neutral',
    title: `attachedRoutes: ${routes} (${routes === 1 ? 'one route is' : `${routes} routes are`} attached to listener ${s.name})`,
  }
  if (bad.length === 0) return [count]
  const first = bad.find((c) => c.type === 'Conflicted') ?? bad.find((c) => c.type === 'Accepted') ?? bad.find((c) => c.type === 'ResolvedRefs') ?? bad[0]!
  const label = first.type === 'Conflicted' ? 'Conflicted' : first.type === 'Programmed' ? 'Not programmed' : first.reason
  return [count, { label, tone: 'error', title: bad.map(line).join('\n') }]
}

/**
 * A Gateway's or ListenerSet's own status as one badge: `Programmed` when healthy; the reason of
 * an Accepted condition that is `True` with a caveat (`ListenersNotValid`: some listeners are
 * still served) as a warning; otherwise the reason of the first condition that is not healthy.
 * An object without a status entry (a ListenerSet no Gateway picks up) says why, from `orphan`.
 *
 * @example
 * parentBadges(status.gateways[0].status) // [{ label: 'Programmed', tone: 'ok', ... }]
 */
export function parentBadges(s: GatewayLikeStatus | undefined, orphan?: string): GraphBadge[] {
  if (!s) return [{ label: 'Not attached', tone: 'warn', title: orphan ?? 'No controller writes status for it.' }]
  const bad = s.conditions.filter(unhealthy)
  const title = s.conditions.map(line).join('\n')
  const accepted = s.conditions.find((c) => c.type === 'Accepted')
  const hard = bad.find((c) => c.type === 'Accepted') ?? bad.find((c) => c.type === 'Programmed')
  if (hard) return [{ label: hard.reason, tone: 'error', title }]
  if (accepted && accepted.reason !== 'Accepted') return [{ label: accepted.reason, tone: 'warn', title }]
  if (bad[0]) return [{ label: bad[0].type, tone: 'warn', title }]
  return [{ label: 'Programmed', tone: 'ok', title }]
}
