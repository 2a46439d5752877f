import type { EffectiveListener, ObjectRef, TraceStep } from '../../model'
import { hostMatches, listenerHostnameRank } from './hostnames'
import type { NormalRequest } from './normalize-request'

/** Which listener protocols can take a request of each simulated protocol. */
const SERVES: Record<string, readonly string[]> = {
  HTTP: ['HTTP'],
  // An HTTPS client may reach a TLS listener: its TLSRoutes then route the stream by SNI.
  HTTPS: ['HTTPS', 'TLS'],
  GRPC: ['HTTP', 'HTTPS'],
  TLS: ['TLS'],
  TCP: ['TCP'],
  UDP: ['UDP'],
}
const DEFAULT_PORTS: Record<string, readonly number[]> = { HTTP: [80], HTTPS: [443], GRPC: [80, 443], TLS: [443] }

export interface ListenerChoice {
  gateway: ObjectRef | null
  listener: EffectiveListener | null
  trace: TraceStep[]
}

const gwName = (g: ObjectRef) => `${g.namespace}/${g.name}`
const describe = (l: EffectiveListener) =>
  `listener ${l.name} of ${l.owner.kind === 'Gateway' ? `Gateway ${gwName(l.gateway)}` : `${l.owner.kind} ${gwName(l.owner)}`} (${l.protocol}:${l.port}${l.hostname ? `, ${l.hostname}` : ''})`

function pickGateway(listeners: readonly EffectiveListener[], req: NormalRequest, trace: TraceStep[]): ObjectRef | null {
  const gateways = new Map<string, ObjectRef>()
  for (const l of listeners) gateways.set(gwName(l.gateway), l.gateway)
  const all = [...gateways.values()].sort((a, b) => gwName(a).localeCompare(gwName(b)))
  if (req.gateway) {
    const want = req.gateway
    const found = all.filter((g) => gwName(g) === want || g.name === want)
    if (found.length === 0) {
      trace.push({ step: 'listener', subject: `Gateway ${want}`, outcome: 'rejected', reason: `no Gateway ${want} with listeners in the workspace`, criterion: 'gateway-unknown' })
      return null
    }
    return found[0]!
  }
  const protocols = SERVES[req.protocol] ?? []
  const serving = all.filter((g) => listeners.some((l) => gwName(l.gateway) === gwName(g) && protocols.includes(l.protocol)))
  const candidates = serving.length > 0 ? serving : all
  if (candidates.length > 1) {
    trace.push({
      step: 'listener',
      subject: `Gateway ${gwName(candidates[0]!)}`,
      outcome: 'selected',
      reason: `the request names no gateway and ${candidates.length} Gateways could take it; the first by namespace/name is used (set "gateway" to choose)`,
      criterion: 'gateway-ambiguous',
    })
  }
  return candidates[0] ?? null
}

/**
 * Chooses the listener (SPEC-NOTES §5.6): the Gateway, then the port and protocol, then the most
 * specific hostname — exact, then wildcards with more labels, then none. Only ready listeners
 * (Accepted, not Conflicted) carry traffic.
 */
export function selectListener(listeners: readonly EffectiveListener[], req: NormalRequest): ListenerChoice {
  const trace: TraceStep[] = []
  const gateway = pickGateway(listeners, req, trace)
  if (!gateway) {
    if (listeners.length === 0) trace.push({ step: 'listener', subject: 'workspace', outcome: 'rejected', reason: 'no Gateway listeners in the workspace', criterion: 'no-listeners' })
    return { gateway: null, listener: null, trace }
  }
  const protocols = SERVES[req.protocol] ?? []
  const own = listeners.filter((l) => gwName(l.gateway) === gwName(gateway))
  const compatible = own.filter((l) => protocols.includes(l.protocol))
  let port = req.port
  if (port === undefined) {
    const ports = [...new Set(compatible.map((l) => l.port))].sort((a, b) => a - b)
    port = (DEFAULT_PORTS[req.protocol] ?? []).find((p) => ports.includes(p)) ?? ports[0]
    if (port !== undefined && ports.length > 1) {
      trace.push({ step: 'listener', subject: `port ${port}`, outcome: 'selected', reason: `the request names no port; ${req.protocol} listeners use ports ${ports.join(', ')}, so ${port} is assumed`, criterion: 'port-assumed' })
    }
  }
  const eligible: EffectiveListener[] = []
  for (const l of own) {
    const reject = (reason: string, criterion: string) => trace.push({ step: 'listener', subject: describe(l), outcome: 'rejected', reason, criterion, listener: l.name })
    if (l.port !== port) reject(`port ${l.port}, the request goes to port ${port ?? '(none)'}`, 'listener-port')
    else if (!protocols.includes(l.protocol)) reject(`protocol ${l.protocol} does not serve ${req.protocol} requests`, 'listener-protocol')
    else if (!l.ready) reject('the listener is not ready (not Accepted, or Conflicted), so it carries no traffic', 'listener-not-ready')
    else if (req.protocol !== 'TCP' && req.protocol !== 'UDP' && l.hostname && !hostMatches(l.hostname, req.host)) {
      reject(`hostname ${l.hostname} does not match ${req.host || '(no host)'}`, 'listener-hostname')
    } else eligible.push(l)
  }
  eligible.sort((a, b) => listenerHostnameRank(b.hostname) - listenerHostnameRank(a.hostname) || a.name.localeCompare(b.name))
  const best = eligible[0] ?? null
  for (const l of eligible.slice(1)) {
    trace.push({
      step: 'listener',
      subject: describe(l),
      outcome: 'rejected',
      reason: `listener ${best!.name} has a more specific hostname; with listener isolation only the most specific listener's routes are consulted`,
      criterion: 'listener-isolation',
      listener: l.name,
    })
  }
  if (best) {
    trace.push({ step: 'listener', subject: describe(best), outcome: 'selected', reason: `port ${best.port}, protocol ${best.protocol}, hostname ${best.hostname ?? '(any)'}`, criterion: 'listener', listener: best.name })
  } else if (own.length === 0 || compatible.length === 0) {
    trace.push({ step: 'listener', subject: `Gateway ${gwName(gateway)}`, outcome: 'rejected', reason: `no listener serves ${req.protocol}`, criterion: 'listener-protocol' })
  }
  return { gateway, listener: best, trace }
}
