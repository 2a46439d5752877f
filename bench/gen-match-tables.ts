/**
 * Seeded generators for the matching benchmarks (notes/performance.md §7): route tables built
 * directly as engine objects (no YAML, so only matching is measured) and request sets derived
 * from them.
 */
import type { EffectiveListener, HTTPRouteObject, HTTPRouteRule, ObjectRef, RouteBinding } from '../src/model'
import type { SimInput } from '../src/engine/simulate/build-index'
import { seededRandom } from '../src/engine/util/seeded-random'

/** The engine's seeded generator (mulberry32): the same sequence on every machine. */
export const rng = seededRandom

const WORDS = ['alpha', 'beta', 'cart', 'items', 'users', 'v1', 'v2', 'search', 'orders', 'api', 'static', 'img']
const GW: ObjectRef = { group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'bench', name: 'gw' }
export const LISTENER: EffectiveListener = { gateway: GW, owner: GW, name: 'http', port: 80, protocol: 'HTTP', ready: true }

function routeObject(i: number, hostnames: string[], rules: HTTPRouteRule[]): HTTPRouteObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: `r${i}`, namespace: 'bench', labels: {}, annotations: {} },
    spec: { parentRefs: [{ group: GW.group, kind: 'Gateway', name: 'gw' }], hostnames, rules },
    source: { file: 'bench.yaml', doc: i, span: [0, 0], fields: {} },
  }
}

function binding(r: HTTPRouteObject): RouteBinding {
  return {
    route: { group: GW.group, kind: 'HTTPRoute', namespace: 'bench', name: r.metadata.name },
    parentRefIndex: 0,
    listener: { owner: GW, name: 'http' },
    gateway: GW,
    hostnames: r.spec.hostnames ?? [],
  }
}

export function tableOf(routes: HTTPRouteObject[]): SimInput {
  return { objects: routes, listeners: [LISTENER], bindings: routes.map(binding) }
}

const backendRefs = [{ group: '', kind: 'Service', name: 'svc', port: 80, weight: 1 }]

export interface PathTable {
  input: SimInput
  /** [path, type] per rule, in rule order; rule k of route r is entry r*RULES + k. */
  paths: { path: string; type: 'Exact' | 'PathPrefix' }[]
  requests: string[]
}

/** Path-only: N rules, half Exact and half PathPrefix, unique paths under `/svcK`, plus `/`. */
export function pathTable(n: number, seed = 1): PathTable {
  const r = rng(seed)
  const seen = new Set<string>(['/'])
  const paths: PathTable['paths'] = [{ path: '/', type: 'PathPrefix' }]
  while (paths.length < n) {
    const depth = 1 + Math.floor(r() * 3)
    let p = `/svc${Math.floor(r() * Math.max(1, n / 8))}`
    for (let d = 0; d < depth; d++) p += `/${WORDS[Math.floor(r() * WORDS.length)]}`
    if (seen.has(p)) continue
    seen.add(p)
    paths.push({ path: p, type: r() < 0.5 ? 'Exact' : 'PathPrefix' })
  }
  const RULES = 10
  const routes: HTTPRouteObject[] = []
  for (let i = 0; i * RULES < paths.length; i++) {
    const rules = paths.slice(i * RULES, (i + 1) * RULES).map((p) => ({ matches: [{ path: { type: p.type, value: p.path } }], backendRefs }))
    routes.push(routeObject(i, [], rules))
  }
  const requests: string[] = []
  for (let i = 0; i < 2048; i++) {
    const p = paths[Math.floor(r() * paths.length)]!
    const roll = r()
    if (roll < 0.4) requests.push(p.path)
    else if (roll < 0.8) requests.push(`${p.path}/${WORDS[Math.floor(r() * WORDS.length)]}`)
    else requests.push(`/miss${Math.floor(r() * 1000)}/x`)
  }
  return { input: tableOf(routes), paths, requests }
}

export interface FullTable {
  input: SimInput
  requests: { host: string; path: string; method: string; headers: Record<string, string> }[]
}

/**
 * Full Gateway API tables: N match entries over N/20 hostnames (22% wildcards, 10% of routes
 * without hostnames), paths 35% Exact / 55% PathPrefix / 10% RegularExpression, 30% with a
 * method, 35% with 1–2 headers (10% of those a regex), 10% with a query parameter.
 */
export function fullTable(n: number, seed = 2): FullTable {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const domains = Math.max(1, Math.ceil(n / 20))
  const hostFor = (): string => {
    const k = Math.floor(r() * domains)
    return r() < 0.22 ? `*.example${k}.com` : `app${Math.floor(r() * 5)}.example${k}.com`
  }
  const routes: HTTPRouteObject[] = []
  const made: { hostnames: string[]; match: Record<string, unknown> }[] = []
  let entries = 0
  for (let i = 0; entries < n; i++) {
    const hostnames = r() < 0.1 ? [] : r() < 0.2 ? [hostFor(), hostFor()] : [hostFor()]
    const rules: HTTPRouteRule[] = []
    const ruleCount = 1 + Math.floor(r() * 4)
    for (let k = 0; k < ruleCount && entries < n; k++, entries++) {
      const svc = `/svc${Math.floor(r() * Math.max(1, n / 10))}`
      const roll = r()
      const path =
        roll < 0.35
          ? { type: 'Exact', value: `${svc}/${pick(WORDS)}` }
          : roll < 0.9
            ? { type: 'PathPrefix', value: r() < 0.5 ? svc : `${svc}/${pick(WORDS)}` }
            : { type: 'RegularExpression', value: `${svc}/${pick(WORDS)}/[0-9]+(/[a-z]+)?` }
      const match: Record<string, unknown> = { path }
      if (r() < 0.3) match.method = pick(['GET', 'POST'])
      if (r() < 0.35) {
        match.headers = [{ type: 'Exact', name: 'x-h0', value: pick(['a', 'b', 'c']) }]
        if (r() < 0.3) (match.headers as unknown[]).push({ type: 'Exact', name: 'x-h1', value: pick(['a', 'b']) })
        if (r() < 0.1) match.headers = [{ type: 'RegularExpression', name: 'x-h0', value: '^(canary|beta)-[0-9]+$' }]
      }
      if (r() < 0.1) match.queryParams = [{ type: 'Exact', name: 'q', value: pick(['1', '2']) }]
      rules.push({ matches: [match as never], backendRefs })
      made.push({ hostnames, match })
    }
    routes.push(routeObject(i, hostnames, rules))
  }
  const requests: FullTable['requests'] = []
  for (let i = 0; i < 2048; i++) {
    const src = pick(made)
    const h = src.hostnames.length ? pick(src.hostnames) : hostFor()
    const host = r() < 0.15 ? `foreign${i}.org` : h.startsWith('*.') ? `${r() < 0.5 ? 'x' : 'x.y'}${h.slice(1)}` : h
    const path = src.match.path as { type: string; value: string }
    let p = path.type === 'RegularExpression' ? `${path.value.split('/[')[0]}/${Math.floor(r() * 100)}` : path.value
    if (path.type === 'PathPrefix' && r() < 0.5) p += `/${pick(WORDS)}`
    if (r() < 0.1) p += '?q=1'
    const headers: Record<string, string> = {}
    if (src.match.headers && r() < 0.8) headers['x-h0'] = pick(['a', 'b', 'canary-7'])
    if (r() < 0.3) headers['x-h1'] = pick(['a', 'b'])
    requests.push({ host, path: p, method: (src.match.method as string | undefined) ?? pick(['GET', 'POST']), headers })
  }
  return { input: tableOf(routes), requests }
}
