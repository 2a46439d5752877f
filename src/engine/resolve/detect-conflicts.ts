import type { ResolveContext } from './context'
import type { ListenerView } from './resolve-listeners'

type Conflict = NonNullable<ListenerView['conflict']>

const transport = (p: string) => (p === 'UDP' ? 'udp' : 'tcp')
const hostKey = (v: ListenerView) => v.hostname?.toLowerCase() ?? ''

/**
 * Are two listeners on one data plane indistinct (SPEC-NOTES §6.1)? TCP and UDP on one port
 * coexist. On a TCP port, TCP excludes everything else and plain HTTP excludes TLS; HTTPS and TLS
 * may share a port, told apart by SNI, as on Envoy-based gateways, provided hostnames differ.
 * TLS Passthrough next to TLS termination needs the TLSRouteModeMixed feature.
 */
function clash(a: ListenerView, b: ListenerView, ctx: ResolveContext): Conflict['reason'] | undefined {
  if (a.port !== b.port || transport(a.protocol) !== transport(b.protocol)) return undefined
  if (a.protocol === 'TCP' || b.protocol === 'TCP' || a.protocol === 'UDP') return 'ProtocolConflict'
  if ((a.protocol === 'HTTP') !== (b.protocol === 'HTTP')) return 'ProtocolConflict'
  const passthrough = (v: ListenerView) => v.protocol === 'TLS' && v.tlsMode === 'Passthrough'
  if (passthrough(a) !== passthrough(b) && !ctx.features.TLSRouteModeMixed) return 'ProtocolConflict'
  return hostKey(a) === hostKey(b) ? 'HostnameConflict' : undefined
}

function message(reason: Conflict['reason'], v: ListenerView, other: ListenerView, winner: boolean): string {
  const where = `${other.ownerRef.kind} ${other.ownerRef.namespace}/${other.ownerRef.name}`
  const what =
    reason === 'HostnameConflict'
      ? `listener ${other.name} of ${where} already serves port ${v.port} for hostname ${v.hostname ?? '(any)'} with protocol ${other.protocol}; give this listener another hostname or port`
      : `listener ${other.name} of ${where} uses port ${v.port} with protocol ${other.protocol}${other.tlsMode ? ` (${other.tlsMode})` : ''}, which cannot share a port with ${v.protocol}${v.tlsMode ? ` (${v.tlsMode})` : ''}; move one of them to another port`
  return winner ? `${what} (it comes first: Gateway listeners, then ListenerSets oldest first, then by namespace/name)` : what
}

/**
 * Marks conflicted listeners across one Gateway's merged listener list. Inside the Gateway every
 * indistinct listener is conflicted (no winner); a ListenerSet listener loses to any earlier
 * listener that is still standing, and the earlier one stays accepted (SPEC-NOTES §4, §6.1).
 *
 * @example
 * detectConflicts(gatewayViews, listenerSetViewsInOrder, ctx) // sets view.conflict on losers
 */
export function detectConflicts(own: readonly ListenerView[], fromSets: readonly ListenerView[], ctx: ResolveContext): void {
  const eligible = (v: ListenerView) => v.rejected?.reason !== 'UnsupportedProtocol'
  const ownEligible = own.filter(eligible)
  for (let i = 0; i < ownEligible.length; i++) {
    for (let j = i + 1; j < ownEligible.length; j++) {
      const a = ownEligible[i]!
      const b = ownEligible[j]!
      const reason = clash(a, b, ctx)
      if (!reason) continue
      a.conflict ??= { reason, message: message(reason, a, b, false) }
      b.conflict ??= { reason, message: message(reason, b, a, false) }
    }
  }
  const standing = ownEligible.filter((v) => !v.conflict)
  for (const v of fromSets.filter(eligible)) {
    const winner = standing.find((w) => clash(v, w, ctx))
    if (winner) v.conflict = { reason: clash(v, winner, ctx)!, message: message(clash(v, winner, ctx)!, v, winner, true) }
    else standing.push(v)
  }
}
