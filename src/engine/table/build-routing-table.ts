import type { RoutingTable, RoutingTableHost, RoutingTableListener, RoutingTableMatch, RoutingTableRow, RoutingTableValueMatch } from '../../model'
import { grpcShadows, httpShadows } from '../hints/find-shadows'
import { isObj, list, str, type Json } from '../resolve/read'
import { indexFor, listenerKey, type ListenerIndex, type SimIndex, type SimInput } from '../simulate/build-index'
import { chooseBackend } from '../simulate/choose-backends'
import type { GrpcEntry, HttpEntry, RouteInfo, ValueMatcher } from '../simulate/compile-route'
import { hostIndexValues } from '../simulate/host-index'
import { ANY_HOST, hostnameSpecificity } from '../simulate/hostnames'
import { summarizeFilter, summarizeRedirect } from './summarize-filters'

type Outcome = Pick<RoutingTableRow, 'filters' | 'redirect' | 'backends' | 'errorShare'>

function ruleOf(route: RouteInfo, index: number): Json {
  return list(route.obj.spec.rules)[index] ?? {}
}

/** Filters, redirect and weighted backends of one rule, read the way `simulate` reads them. */
function outcomeOf(index: SimIndex, route: RouteInfo, r: number): Outcome {
  const rule = ruleOf(route, r)
  const at = `spec.rules[${r}]`
  const filters = list(rule.filters)
  const lines = filters.map(summarizeFilter)
  // A filter extension nobody can resolve fails every request of the rule (SPEC-NOTES §9.1).
  const failing = filters.some((f, i) => f.type === 'ExtensionRef' && index.lookup(route.obj, `${at}.filters[${i}].extensionRef`)?.resolved === false)
  const refs = Array.isArray(rule.backendRefs) ? rule.backendRefs : []
  list(refs).forEach((b) => list(b.filters).forEach((f) => lines.push(`${str(b.name) ?? '(backend)'}: ${summarizeFilter(f)}`)))
  const redirect = filters.find((f) => f.type === 'RequestRedirect')
  if (redirect && !failing) return { filters: lines, redirect: summarizeRedirect(isObj(redirect.requestRedirect) ? redirect.requestRedirect : {}), backends: [], errorShare: 0 }
  const choice = chooseBackend(index.lookup, route.obj, `${at}.backendRefs`, refs)
  const backends = choice.backends.map((b) => {
    const out: RoutingTableRow['backends'][number] = { kind: b.kind, namespace: b.namespace, name: b.name, port: b.port, weight: b.weight, share: b.probability }
    if (b.invalid) out.invalid = b.invalid
    return out
  })
  return { filters: lines, backends, errorShare: failing ? 1 : choice.errorShare }
}

const valueMatch = (m: ValueMatcher): RoutingTableValueMatch => ({ name: m.name, type: m.type === 'RegularExpression' ? 'RegularExpression' : 'Exact', value: m.value })

const placed = (e: { route: RouteInfo; rule: number; match: number | null }) => `${e.route.ref.kind} ${e.route.nsName} rule ${e.rule}${e.match !== null ? ` match ${e.match}` : ''}`
const shadowed = (by: { route: RouteInfo; rule: number; match: number | null }) => `${placed(by)} ranks above this row and matches every request it matches`

function httpRow(index: SimIndex, e: HttpEntry, by: HttpEntry | undefined): RoutingTableRow {
  const matches: RoutingTableMatch = { path: { type: e.pathKind === 'Unsupported' ? 'PathPrefix' : e.pathKind, value: e.pathValue } }
  if (e.method !== undefined) matches.method = e.method
  if (e.headers.length) matches.headers = e.headers.map(valueMatch)
  if (e.query.length) matches.queryParams = e.query.map(valueMatch)
  const row: RoutingTableRow = { route: e.route.ref, rule: e.rule, match: e.match, matches, ...outcomeOf(index, e.route, e.rule) }
  if (by) row.unreachable = shadowed(by)
  return row
}

function grpcRow(index: SimIndex, e: GrpcEntry, by: GrpcEntry | undefined): RoutingTableRow {
  const matches: RoutingTableMatch = {}
  if (e.methodType === 'Exact' || e.methodType === 'RegularExpression') {
    matches.grpc = { type: e.methodType }
    if (e.service !== undefined) matches.grpc.service = e.service
    if (e.method !== undefined) matches.grpc.method = e.method
  }
  if (e.headers.length) matches.headers = e.headers.map(valueMatch)
  const row: RoutingTableRow = { route: e.route.ref, rule: e.rule, match: e.match, matches, ...outcomeOf(index, e.route, e.rule) }
  if (by) row.unreachable = shadowed(by)
  return row
}

/** TLS, TCP and UDP: one row per route, oldest first; only the first carries traffic. */
function l4Rows(index: SimIndex, routes: readonly RouteInfo[]): RoutingTableRow[] {
  return routes.map((r, i) => {
    const row: RoutingTableRow = { route: r.ref, rule: 0, match: null, matches: {}, ...outcomeOf(index, r, 0) }
    if (i > 0) row.unreachable = `${routes[0]!.ref.kind} ${routes[0]!.nsName} is older (or first by namespace/name) and takes every connection here`
    return row
  })
}

const hostname = (h: string) => (h === ANY_HOST ? null : h)
const KIND_ORDER = ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']

function hostsOf(index: SimIndex, li: ListenerIndex): RoutingTableHost[] {
  const hosts: (RoutingTableHost & { key: string })[] = []
  for (const { value: t } of hostIndexValues(li.http)) {
    const shadows = httpShadows(t)
    hosts.push({ key: t.hostname, hostname: hostname(t.hostname), kind: 'HTTPRoute', rows: t.entries.map((e, i) => httpRow(index, e, t.entries[shadows.get(i) ?? -1])) })
  }
  for (const { value: t } of hostIndexValues(li.grpc)) {
    const shadows = grpcShadows(t.entries)
    hosts.push({ key: t.hostname, hostname: hostname(t.hostname), kind: 'GRPCRoute', rows: t.entries.map((e, i) => grpcRow(index, e, t.entries[shadows.get(i) ?? -1])) })
  }
  for (const { value: bound } of hostIndexValues(li.tls)) {
    const h = bound[0]?.hostname ?? ANY_HOST
    hosts.push({ key: h, hostname: hostname(h), kind: 'TLSRoute', rows: l4Rows(index, bound.map((b) => b.route)) })
  }
  for (const kind of ['TCPRoute', 'UDPRoute'] as const) {
    const routes = li.l4.filter((r) => r.ref.kind === kind)
    if (routes.length) hosts.push({ key: ANY_HOST, hostname: null, kind, rows: l4Rows(index, routes) })
  }
  // The order the simulator picks a virtual host in: exact, then longer wildcards, then any host.
  hosts.sort((a, b) => hostnameSpecificity(b.key) - hostnameSpecificity(a.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
  return hosts.map(({ key: _key, ...h }) => h)
}

/**
 * The effective routing table: for every served listener, its virtual hosts (most specific
 * first) and, in each, the match elements in the exact order the simulator tries them (it reads
 * the simulator's own compiled tables), with filters summarised and backends with their traffic
 * shares, including the share an invalid backend answers with 500. Rows no request can reach are
 * marked `unreachable`. Pure: the same analysis always gives the same table.
 *
 * @example
 * const table = routingTable(analysis)
 * table.listeners[0]?.hosts[0]?.rows[0]?.backends.map((b) => `${b.name} ${b.share}`) // ['checkout-v1 0.9', 'checkout-v2 0.1']
 */
export function routingTable(analysis: SimInput): RoutingTable {
  const index = indexFor(analysis)
  const listeners: RoutingTableListener[] = []
  const seen = new Set<string>()
  for (const l of index.listeners) {
    const key = listenerKey(l.owner, l.name)
    const li = index.byListener.get(key)
    if (!li || seen.has(key)) continue
    seen.add(key)
    listeners.push({
      gateway: `${l.gateway.namespace}/${l.gateway.name}`,
      owner: `${l.owner.kind} ${l.owner.namespace}/${l.owner.name}`,
      listener: l.name,
      protocol: l.protocol,
      port: l.port,
      hostname: l.hostname ?? null,
      ready: l.ready,
      hosts: hostsOf(index, li),
    })
  }
  return { listeners }
}
