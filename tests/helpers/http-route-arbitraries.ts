/**
 * fast-check generators of HTTPRoute workspaces and HTTP requests, shared by the simulator's
 * properties and the routing table's agreement property. Small vocabularies make collisions
 * (the interesting cases for precedence) frequent.
 */
import fc from 'fast-check'
import { gatewayDoc } from './sim-analysis'

const HOSTS = ['a.example.com', 'b.example.com', 'x.a.example.com', 'example.org']
const ROUTE_HOSTS = ['a.example.com', '"*.example.com"', '"*.a.example.com"', 'example.org']
const PATHS = ['/', '/a', '/a/', '/a/b', '/ab', '/a/b/c', '/b']
const REGEXES = ['"/a/[a-z]+"', '"/a.*"', '"/(a|b)/c"', '"/[0-9]+"']
const HEADERS = ['x-v', 'X-Env']
const VALUES = ['1', '2', 'canary']

const pathMatch = fc.oneof(
  fc.record({ type: fc.constant('Exact'), value: fc.constantFrom(...PATHS.filter((p) => p !== '/a/')) }),
  fc.record({ type: fc.constant('PathPrefix'), value: fc.constantFrom(...PATHS) }),
  fc.record({ type: fc.constant('RegularExpression'), value: fc.constantFrom(...REGEXES) }),
)
const header = fc.record({ name: fc.constantFrom(...HEADERS), value: fc.constantFrom(...VALUES), regex: fc.boolean() })
export const matchArb = fc.record(
  {
    path: pathMatch,
    method: fc.constantFrom('GET', 'POST'),
    headers: fc.array(header, { maxLength: 2 }),
    query: fc.array(fc.record({ name: fc.constantFrom('q', 'Q'), value: fc.constantFrom(...VALUES) }), { maxLength: 1 }),
  },
  { requiredKeys: [] },
)
export const routeArb = fc.record({
  hostnames: fc.subarray(ROUTE_HOSTS, { maxLength: 2 }),
  created: fc.option(fc.constantFrom('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'), { nil: undefined }),
  rules: fc.array(fc.array(matchArb, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
})

export type GenRoute = typeof routeArb extends fc.Arbitrary<infer T> ? T : never

export function manifest(routes: GenRoute[], listenerHost: string | null): string[] {
  const docs = [
    gatewayDoc(`{name: http, protocol: HTTP, port: 80${listenerHost ? `, hostname: "${listenerHost}"` : ''}}`),
  ]
  routes.forEach((r, i) => {
    const rules = r.rules
      .map((matches, ri) => {
        const ms = matches.map((m) => {
          const parts: string[] = []
          if (m.path) parts.push(`path: {type: ${m.path.type}, value: ${m.path.value}}`)
          if (m.method) parts.push(`method: ${m.method}`)
          if (m.headers?.length) parts.push(`headers: [${m.headers.map((h) => `{name: ${h.name}, value: "${h.regex ? `${h.value}.*` : h.value}"${h.regex ? ', type: RegularExpression' : ''}}`).join(', ')}]`)
          if (m.query?.length) parts.push(`queryParams: [${m.query.map((q) => `{name: ${q.name}, value: "${q.value}"}`).join(', ')}]`)
          return `{${parts.join(', ')}}`
        })
        return `    - matches: [${ms.join(', ')}]\n      backendRefs: [{name: r${i}-${ri}, port: 80}]`
      })
      .join('\n')
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r${i}
  namespace: ns
${r.created ? `  creationTimestamp: "${r.created}"\n` : ''}spec:
  parentRefs: [{name: gw}]
${r.hostnames.length ? `  hostnames: [${r.hostnames.join(', ')}]\n` : ''}  rules:
${rules}`)
  })
  return docs
}

export const requestArb = fc.record({
  host: fc.constantFrom(...HOSTS),
  path: fc.constantFrom(...PATHS, '/a/b/c/d', '/a/zz', '/b/c', '/123', '/abc'),
  method: fc.constantFrom('GET', 'POST'),
  headers: fc.dictionary(fc.constantFrom('x-v', 'X-V', 'x-env'), fc.constantFrom(...VALUES, 'canary-7'), { maxKeys: 2 }),
  query: fc.constantFrom('', '?q=1', '?Q=2', '?q=canary&q=2'),
})
export const listenerHostArb = fc.constantFrom(null, '*.example.com', 'a.example.com')
