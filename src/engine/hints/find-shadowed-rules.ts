import { refOf, type RouteObject, type SuggestedFix } from '../../model'
import type { Finding } from '../resolve/findings'
import { list } from '../resolve/read'
import type { RouteInfo } from '../simulate/compile-route'
import { hostIndexValues } from '../simulate/host-index'
import { describeHostname } from '../simulate/hostnames'
import type { ListenerIndex } from '../simulate/build-index'
import { decideGrpc, decideHttp, decideRouteAge, type Decision } from '../simulate/precedence'
import { grpcShadows, httpShadows } from './find-shadows'
import { hint, listenerWords, type HintContext } from './hint-context'

/** A match element (or a whole L4 route) as the tables see it. */
interface Placed {
  route: RouteInfo
  rule: number
  match: number | null
}

/** In how many tables an element sits, in how many it is shadowed, and by what (first seen). */
interface Tally<E> {
  seen: number
  shadowed: number
  by?: { entry: E; where: string; reason: string }
}

function count<E>(tallies: Map<E, Tally<E>>, e: E, by: E | undefined, where: string, reason: () => string): void {
  let t = tallies.get(e)
  if (!t) tallies.set(e, (t = { seen: 0, shadowed: 0 }))
  t.seen++
  if (by === undefined) return
  t.shadowed++
  t.by ??= { entry: by, where, reason: reason() }
}

const unreachable = <E>(t: Tally<E> | undefined): t is Tally<E> & { by: NonNullable<Tally<E>['by']> } => !!t && t.seen > 0 && t.shadowed === t.seen

function shadowerWords(by: Placed, e: Placed): string {
  if (by.route === e.route && by.rule === e.rule) return `match ${by.match} of the same rule`
  if (by.route === e.route) return `rule ${by.rule} of the same route`
  return `rule ${by.rule} of ${by.route.ref.kind} ${by.route.nsName}`
}

function because<E extends Placed>(t: Tally<E> & { by: NonNullable<Tally<E>['by']> }, e: E): string {
  const more = t.seen > 1 ? ` (and likewise on ${t.seen - 1} other listener/host table${t.seen > 2 ? 's' : ''})` : ''
  return `${shadowerWords(t.by.entry, e)} matches every request it matches and ranks above it (${t.by.reason}), on ${t.by.where}${more}`
}

/** Route-rule findings for one route from the tallies of its match elements. */
function ruleFindings<E extends Placed>(route: RouteObject, entries: readonly E[], tallies: Map<E, Tally<E>>): Finding[] {
  // Most routes have nothing shadowed anywhere: say so before building anything.
  if (!entries.some((e) => (tallies.get(e)?.shadowed ?? 0) > 0)) return []
  const out: Finding[] = []
  const rules = list(route.spec.rules)
  const byRule = new Map<number, E[]>()
  for (const e of entries) if (tallies.has(e)) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e])
  for (const [r, unsorted] of [...byRule].sort((a, b) => a[0] - b[0])) {
    const es = unsorted.sort((a, b) => (a.match ?? 0) - (b.match ?? 0))
    const ts = es.map((e) => tallies.get(e))
    const proven = ts.filter(unreachable)
    if (proven.length === es.length) {
      const why = es.length === 1 ? because(proven[0]!, es[0]!) : es.map((e, i) => `matches[${e.match}]: ${because(proven[i]!, e)}`).join('; ')
      const fixes: SuggestedFix[] = rules.length > 1 ? [{ title: `Remove rule ${r} (no request reaches it)`, edits: [{ op: 'remove', target: refOf(route), path: ['spec', 'rules', r] }] }] : []
      out.push(hint('hint-rule-shadowed', route, `spec.rules[${r}]`, `rule ${r} can never match: ${why}`, fixes))
      continue
    }
    const written = list(rules[r]?.matches).length
    es.forEach((e, i) => {
      const t = ts[i]
      if (!unreachable(t) || e.match === null) return
      const fixes: SuggestedFix[] = written > 1 ? [{ title: `Remove matches[${e.match}] of rule ${r} (no request reaches it)`, edits: [{ op: 'remove', target: refOf(route), path: ['spec', 'rules', r, 'matches', e.match] }] }] : []
      out.push(hint('hint-match-shadowed', route, `spec.rules[${r}].matches[${e.match}]`, `matches[${e.match}] of rule ${r} can never match: ${because(t, e)}`, fixes))
    })
  }
  return out
}

/**
 * Rules, match elements and L4 routes that no request can reach. Conservative: an element is
 * reported only when, in every table (listener × hostname) it sits in, a higher-ranked element
 * provably matches every request it matches (see cover-matches.ts).
 *
 * @example
 * findShadowedRules(hintContext(analysis)).map((f) => f.code) // ['hint-rule-shadowed']
 */
export function findShadowedRules(hc: HintContext): Finding[] {
  const http = new Map<Placed, Tally<Placed>>()
  const entriesOf = new Map<RouteObject, Placed[]>()
  const place = (e: Placed) => {
    const known = entriesOf.get(e.route.obj)
    if (!known) entriesOf.set(e.route.obj, [e])
    else if (!known.includes(e)) known.push(e)
  }
  const tally = <E extends Placed>(li: ListenerIndex, hostname: string, entries: readonly E[], shadows: ReadonlyMap<number, number>, decide: (a: E, b: E) => Decision) => {
    const where = `${listenerWords(li)}, host ${describeHostname(hostname)}`
    entries.forEach((e, i) => {
      place(e)
      const j = shadows.get(i)
      const by = j === undefined ? undefined : entries[j]!
      count(http, e, by, where, () => decide(by!, e).reason)
    })
  }
  for (const { li, table } of hc.http) tally(li, table.hostname, table.entries, httpShadows(table), decideHttp)
  for (const { li, table } of hc.grpc) tally(li, table.hostname, table.entries, grpcShadows(table.entries), decideGrpc)
  const routes = new Map<RouteObject, Tally<RouteInfo>>()
  for (const li of hc.index.byListener.values()) {
    const groups: { where: string; routes: RouteInfo[] }[] = []
    for (const kind of ['TCPRoute', 'UDPRoute']) groups.push({ where: listenerWords(li), routes: li.l4.filter((r) => r.ref.kind === kind) })
    for (const t of hostIndexValues(li.tls)) groups.push({ where: `${listenerWords(li)}, SNI ${describeHostname(t.value[0]?.hostname ?? '')}`, routes: t.value.map((b) => b.route) })
    for (const g of groups) {
      const first = g.routes[0]
      g.routes.forEach((r, i) => {
        let t = routes.get(r.obj)
        if (!t) routes.set(r.obj, (t = { seen: 0, shadowed: 0 }))
        t.seen++
        if (i === 0 || !first) return
        t.shadowed++
        t.by ??= { entry: first, where: g.where, reason: decideRouteAge(first, r)?.reason ?? 'the first by namespace/name wins' }
      })
    }
  }

  const out: Finding[] = []
  for (const route of hc.resolve.routes) {
    const entries = entriesOf.get(route)
    if (entries) out.push(...ruleFindings(route, entries, http))
    const t = routes.get(route)
    if (unreachable(t)) {
      const msg = `${route.kind} ${route.metadata.namespace}/${route.metadata.name} never carries traffic: ${route.kind} ${t.by.entry.nsName} is attached to the same ${route.kind === 'TLSRoute' ? 'listener and SNI' : 'listener'} and only one route carries it (${t.by.reason}), on ${t.by.where}`
      out.push(hint('hint-route-shadowed', route, 'spec.parentRefs', msg))
    }
  }
  return out
}
