import { canonicalOf } from '../canonical-objects'
import { refKey, type Analysis, type ObjectRef, type EffectiveListener, type ManifestObject, type RouteBinding, type RouteObject } from '../../model'
import { compileGrpcRoute, compileHttpRoute, routeInfo, type GrpcEntry, type HttpEntry, type RouteInfo } from './compile-route'
import { ANY_HOST } from './hostnames'
import { emptyHostIndex, hostIndexGet, hostIndexSet, type HostIndex } from './host-index'
import { buildHttpTable, type HttpTable } from './http-table'
import { referenceLookup, type ReferenceLookup } from './choose-backends'
import { compareGrpc } from './precedence'

/** Oldest first, then namespace/name; allocation-free because every build sorts every route. */
function byAge(a: RouteInfo, b: RouteInfo): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1
  return a.nsName < b.nsName ? -1 : a.nsName > b.nsName ? 1 : 0
}

const NO_RULES: ReadonlySet<number> = new Set()

/** A route compiled once per route object and reused by every index that contains it. */
export interface CompiledRoute {
  info: RouteInfo
  http?: HttpEntry[]
  grpc?: GrpcEntry[]
}

export interface GrpcTable {
  hostname: string
  entries: GrpcEntry[]
}

/** A route bound to one listener under one hostname (TLS uses hostnames, TCP/UDP do not). */
export interface BoundRoute {
  hostname: string
  route: RouteInfo
}

interface Table<T> {
  value: T
  /** The compiled routes it was built from, for reuse after an edit. */
  inputs: CompiledRoute[]
}

export interface ListenerIndex {
  key: string
  listener: EffectiveListener
  http: HostIndex<Table<HttpTable>>
  grpc: HostIndex<Table<GrpcTable>>
  /** TLSRoutes per hostname, oldest first. */
  tls: HostIndex<Table<BoundRoute[]>>
  /** TCPRoutes and UDPRoutes, oldest first: only the first carries traffic. */
  l4: RouteInfo[]
  /** Every route bound to this listener, with its hostnames here, for explanations. */
  bound: ReadonlyMap<CompiledRoute, Bound>
}

/** The routes bound to a listener, for explanations (not on the lookup path). */
export function routesOf(li: ListenerIndex): { route: RouteInfo; hostnames: string[] }[] {
  return [...li.bound].map(([c, b]) => ({ route: c.info, hostnames: b.hostnames }))
}

/** Everything the simulator needs about one analysis, built once and cached on it. */
export interface SimIndex {
  /** The resolve stage's verdict on every backendRef, mirror and extension reference. */
  lookup: ReferenceLookup
  listeners: EffectiveListener[]
  byListener: Map<string, ListenerIndex>
  objects: readonly ManifestObject[]
}

/** What the simulator reads from an analysis; `references` may be absent in hand-built ones. */
export type SimInput = Pick<Analysis, 'objects' | 'listeners' | 'bindings'> & Partial<Pick<Analysis, 'references'>>

export const listenerKey = (owner: { kind: string; namespace: string; name: string }, name: string): string => `${refKey(owner)}#${name}`

const compiledRoutes = new WeakMap<RouteObject, CompiledRoute>()

function compileRoute(obj: RouteObject): CompiledRoute {
  let c = compiledRoutes.get(obj)
  if (c) return c
  const info = routeInfo(obj)
  c = { info }
  if (obj.kind === 'HTTPRoute') c.http = compileHttpRoute(obj, info)
  else if (obj.kind === 'GRPCRoute') c.grpc = compileGrpcRoute(obj, info)
  compiledRoutes.set(obj, c)
  return c
}

function sameInputs(a: readonly CompiledRoute[], b: readonly CompiledRoute[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Groups compiled routes by hostname, then builds (or reuses) one table per hostname. */
function buildTables<T>(
  groups: Map<string, CompiledRoute[]>,
  previous: HostIndex<Table<T>> | undefined,
  build: (hostname: string, inputs: CompiledRoute[]) => T,
): HostIndex<Table<T>> {
  const index = emptyHostIndex<Table<T>>()
  for (const [hostname, inputs] of groups) {
    const old = previous && hostIndexGet(previous, hostname)
    hostIndexSet(index, hostname, old && sameInputs(old.inputs, inputs) ? old : { value: build(hostname, inputs), inputs })
  }
  return index
}

/** Each route is added once per listener and its hostnames are distinct, so no duplicate check. */
function addTo(groups: Map<string, CompiledRoute[]>, hostnames: readonly string[], c: CompiledRoute): void {
  for (const h of hostnames.length === 0 ? [ANY_HOST] : hostnames) {
    const list = groups.get(h)
    if (!list) groups.set(h, [c])
    else list.push(c)
  }
}

export interface Bound {
  hostnames: string[]
  /** Rules the controller drops (unsupported values): never matched. */
  dropped: ReadonlySet<number>
}

const keptHttp = (c: CompiledRoute, bound: Map<CompiledRoute, Bound>) => {
  const dropped = bound.get(c)?.dropped
  return dropped?.size ? (c.http ?? []).filter((e) => !dropped.has(e.rule)) : (c.http ?? [])
}
const keptGrpc = (c: CompiledRoute, bound: Map<CompiledRoute, Bound>) => {
  const dropped = bound.get(c)?.dropped
  return dropped?.size ? (c.grpc ?? []).filter((e) => !dropped.has(e.rule)) : (c.grpc ?? [])
}

function buildListener(listener: EffectiveListener, bound: Map<CompiledRoute, Bound>, previous: ListenerIndex | undefined): ListenerIndex {
  const http = new Map<string, CompiledRoute[]>()
  const grpc = new Map<string, CompiledRoute[]>()
  const tls = new Map<string, CompiledRoute[]>()
  const l4: RouteInfo[] = []
  // Binding order does not leak into results: tables sort by full precedence, TLS and TCP/UDP
  // lists by age below, and explanations sort by name. Not sorting here keeps a rebuild cheap.
  for (const [c, { hostnames }] of bound) {
    const kind = c.info.ref.kind
    if (kind === 'HTTPRoute') addTo(http, hostnames, c)
    else if (kind === 'GRPCRoute') addTo(grpc, hostnames, c)
    else if (kind === 'TLSRoute') addTo(tls, hostnames, c)
    else if (kind === 'TCPRoute' || kind === 'UDPRoute') l4.push(c.info)
  }
  return {
    key: listenerKey(listener.owner, listener.name),
    listener,
    http: buildTables(http, previous?.http, (h, inputs) => buildHttpTable(h, inputs.flatMap((c) => keptHttp(c, bound)))),
    grpc: buildTables(grpc, previous?.grpc, (h, inputs) => ({ hostname: h, entries: inputs.flatMap((c) => keptGrpc(c, bound)).sort(compareGrpc) })),
    tls: buildTables(tls, previous?.tls, (h, inputs) => inputs.map((c) => ({ hostname: h, route: c.info })).sort((a, b) => byAge(a.route, b.route))),
    l4: l4.sort(byAge),
    bound,
  }
}

/**
 * Builds the per-listener matchers for an analysis. Routes are compiled once per route object
 * (a WeakMap), and a hostname table whose routes are unchanged is taken from `previous` as is,
 * so a one-route edit rebuilds only the tables that route touches.
 *
 * @example
 * const index = buildIndex(analysis)
 * index.byListener.get('Gateway/shop/edge#http')?.http
 */
export function buildIndex(analysis: SimInput, previous?: SimIndex): SimIndex {
  // Routes by kind, namespace and name in nested maps: no key strings to build per object.
  const routesByRef = new Map<string, Map<string, Map<string, RouteObject>>>()
  for (const o of analysis.objects) {
    if (!isRouteKind(o.kind) || !('spec' in o)) continue
    let byNs = routesByRef.get(o.kind)
    if (!byNs) routesByRef.set(o.kind, (byNs = new Map()))
    let byName = byNs.get(o.metadata.namespace)
    if (!byName) byNs.set(o.metadata.namespace, (byName = new Map()))
    // The canonical object: its compiled form is kept across edits that only move it.
    if (!byName.has(o.metadata.name)) byName.set(o.metadata.name, canonicalOf(o as RouteObject))
  }
  const listeners = analysis.listeners ?? []
  const perListener = new Map<string, Map<CompiledRoute, Bound>>()
  // Bindings of one listener usually share its owner object: its key is made once.
  const keys = new Map<object, Map<string, string>>()
  const keyOf = (owner: ObjectRef, name: string): string => {
    let byName = keys.get(owner)
    if (!byName) keys.set(owner, (byName = new Map()))
    let key = byName.get(name)
    if (key === undefined) byName.set(name, (key = listenerKey(owner, name)))
    return key
  }
  for (const b of analysis.bindings ?? ([] as RouteBinding[])) {
    const obj = routesByRef.get(b.route.kind)?.get(b.route.namespace)?.get(b.route.name)
    if (!obj) continue
    const key = keyOf(b.listener.owner, b.listener.name)
    let bound = perListener.get(key)
    if (!bound) perListener.set(key, (bound = new Map()))
    const c = compileRoute(obj)
    const prev = bound.get(c)?.hostnames
    // Two parentRefs reaching the same listener: the route serves the union of their hostnames.
    const hostnames = b.hostnames.length === 0 || prev?.includes(ANY_HOST) ? [ANY_HOST] : prev ? [...new Set([...prev, ...b.hostnames])] : b.hostnames
    bound.set(c, {
      hostnames,
      dropped: b.droppedRules?.length ? new Set(b.droppedRules) : NO_RULES,
    })
  }
  const byListener = new Map<string, ListenerIndex>()
  for (const l of listeners) {
    const key = listenerKey(l.owner, l.name)
    if (byListener.has(key)) continue
    byListener.set(key, buildListener(l, perListener.get(key) ?? new Map(), previous?.byListener.get(key)))
  }
  // The reference table is read only by requests that match, so its map is built on first use.
  let lookup: ReferenceLookup | undefined
  const lazyLookup: ReferenceLookup = (route, path) => (lookup ??= referenceLookup(analysis.references))(route, path)
  return { lookup: lazyLookup, listeners, byListener, objects: analysis.objects }
}

const isRouteKind = (k: string) => k === 'HTTPRoute' || k === 'GRPCRoute' || k === 'TLSRoute' || k === 'TCPRoute' || k === 'UDPRoute'

const cache = new WeakMap<object, SimIndex>()
let last: SimIndex | undefined

/** The index for an analysis, built on first use and cached on the analysis object. */
export function indexFor(analysis: SimInput): SimIndex {
  let index = cache.get(analysis)
  if (!index) {
    index = buildIndex(analysis, last)
    cache.set(analysis, index)
    last = index
  }
  return index
}
