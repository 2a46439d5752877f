import { describe, expect, it } from 'vitest'
import { analyze, readRouteTests, simulate } from '../../src/engine'
import { examples } from '../../src/examples'
import type { Analysis, SimRequest, TraceStep } from '../../src/model'
import { whyContext } from '../../src/ui/tester/why-facts'
import { whyLines, whySubject, whyWords, WORDED_CRITERIA } from '../../src/ui/tester/why-words'

const byId = (id: string) => examples.find((e) => e.id === id)!
const analyses = new Map<string, Analysis>()
function analysisOf(idOrYaml: string): Analysis {
  let a = analyses.get(idOrYaml)
  if (!a) {
    a = analyze({ files: idOrYaml.includes('\n') ? [{ name: 'why.yaml', text: idOrYaml }] : byId(idOrYaml).files })
    analyses.set(idOrYaml, a)
  }
  return a
}

/** The words for the first step with `criterion` (and a subject containing `about`). */
function words(source: string, request: SimRequest, criterion: string, about = ''): string {
  const a = analysisOf(source)
  const result = simulate(a, request)
  const step = result.trace.find((s) => s.criterion === criterion && whySubject(s).includes(about))
  if (!step) throw new Error(`no ${criterion} step about "${about}" in ${JSON.stringify(result.trace.map((s) => [s.criterion, s.subject]))}`)
  return whyWords(step, whyContext(a, request, result))
}

// A workspace for the criteria no example provokes.
const WHY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: ns}
spec:
  gatewayClassName: c
  listeners: [{name: web, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: other, namespace: ns}
spec:
  gatewayClassName: c
  listeners: [{name: web, protocol: HTTP, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: a, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: [x.example.com]
  rules:
    - matches: [{path: {type: PathPrefix, value: /q}, queryParams: [{name: v, value: one}]}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /r}, queryParams: [{type: RegularExpression, name: r, value: "[0-9]+"}]}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{path: {type: Exact, value: /twice}}, {path: {type: Exact, value: /twice}}]
      backendRefs: [{name: s, port: 80}]
      timeouts: {request: 10s}
    - matches: [{path: {type: Exact, value: /twice}}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /cors}}]
      filters: [{type: CORS, cors: {allowOrigins: ["https://app.example.com"], allowMethods: [GET]}}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /mirror}}]
      filters:
        - {type: RequestMirror, requestMirror: {backendRef: {name: elsewhere, namespace: other, port: 80}}}
        - {type: ExtensionRef, extensionRef: {group: example.com, kind: Filter, name: f}}
      backendRefs: [{name: s, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: n1, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: [x.example.com]
  rules: [{matches: [{path: {type: Exact, value: /name}}], backendRefs: [{name: s, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: n2, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: [x.example.com]
  rules: [{matches: [{path: {type: Exact, value: /name}}], backendRefs: [{name: s, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata: {name: g, namespace: ns}
spec:
  parentRefs: [{name: gw}]
  hostnames: [g.example.com]
  rules:
    - matches: [{method: {type: RegularExpression, service: "shop\\\\.v[0-9]+\\\\.Cart", method: "Add.*"}}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{method: {service: shop.v1.Cart}}]
      backendRefs: [{name: s, port: 80}]
    - matches: [{method: {method: Checkout}}]
      backendRefs: [{name: s, port: 80}]
`
const http = (path: string, extra: Partial<SimRequest> = {}): SimRequest => ({ protocol: 'HTTP', gateway: 'ns/gw', host: 'x.example.com', path, ...extra })

describe('whyWords, for every criterion the simulator emits', () => {
  const starter = 'canary-and-header'
  it.each<[string, string, SimRequest, string, string]>([
    // listener
    ['listener', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, '', 'chosen: port 80, protocol HTTP, hostname *.shop.example.com'],
    ['listener-port', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, 'https', 'rejected: it listens on port 443, the request goes to port 80'],
    ['listener-protocol', 'tls-passthrough', { protocol: 'TLS', host: 'vault.internal.example.com', port: 443 }, 'https', 'rejected: it speaks HTTPS, which does not carry TLS requests'],
    ['listener-not-ready', 'broken-protocol-conflict', { protocol: 'HTTPS', host: 'www.example.com', path: '/' }, '', 'rejected: the listener is not ready (not Accepted, or Conflicted), so it carries no traffic; the Status tab says why'],
    ['listener-hostname', 'hostname-matching', { protocol: 'HTTP', host: 'www.example.com', path: '/' }, 'blog', 'rejected: it serves hostname blog.example.com, request host www.example.com does not match'],
    ['listener-isolation', 'hostname-matching', { protocol: 'HTTP', host: 'blog.example.com', path: '/' }, 'wildcard', 'rejected: listener blog has a more specific hostname (blog.example.com beats *.example.com); with listener isolation only that listener\'s routes are consulted'],
    ['port-assumed', 'broken-protocol-conflict', { protocol: 'HTTP', host: 'www.example.com', path: '/' }, '', 'the request names no port, so port 80 is assumed (choose a port to send elsewhere)'],
    ['gateway-unknown', WHY, http('/', { gateway: 'ns/nope' }), '', 'rejected: there is no Gateway ns/nope with listeners in the workspace'],
    ['gateway-ambiguous', WHY, { protocol: 'HTTP', host: 'x.example.com', path: '/' }, '', 'the request names no Gateway and several could take it, so ns/gw (first by namespace/name) is used; pick one to choose'],
    ['protocol-unknown', WHY, { protocol: 'FTP' }, '', 'rejected: the protocol must be HTTP, HTTPS, GRPC, TLS, TCP or UDP, not FTP'],
    // hostnames
    ['hostname', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, '', 'chosen: checkout.shop.example.com is the most specific hostname that serves checkout.shop.example.com'],
    ['hostname-mismatch', starter, { protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/' }, 'hostname', 'rejected: checkout.shop.example.com does not match catalog.shop.example.com'],
    ['implementation-choice', 'hostname-matching', { protocol: 'HTTP', host: 'www.example.com', path: '/' }, 'hostname', 'rejected: *.example.com matches www.example.com too, but a more specific hostname was chosen; Envoy-based gateways pick one virtual host per request and never fall through (an implementation choice)'],
    ['not-attached', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, 'catalog', 'not a candidate: attached to listener https, not to http'],
    ['no-match', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cartoon' }, '', 'nothing matched: no rule matches: 404'],
    // match predicates
    ['path-exact', 'path-matching', { protocol: 'HTTP', host: 'docs.example.com', path: '/index.html' }, 'rule 4, match 2', 'rejected: path must be exactly /find, request has /index.html'],
    ['path-prefix', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cartoon' }, '', 'rejected: path must start with /cart, request has /cartoon (a prefix matches whole path elements: /cartoon is not under /cart)'],
    ['path-regex', 'path-matching', { protocol: 'HTTP', host: 'docs.example.com', path: '/index.html' }, '', 'rejected: path must fully match the RE2 pattern /v[0-9]+/reference(/.*)?, request has /index.html'],
    ['header-absent', starter, { protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/shoes' }, '', 'rejected: header x-beta must equal true; the request has no x-beta'],
    ['header-value', 'header-matching', { protocol: 'HTTP', host: 'api.example.com', path: '/charges', headers: { 'x-env': 'Staging' } }, '', 'rejected: header x-env must equal staging, request has Staging'],
    ['header-regex', 'header-matching', { protocol: 'HTTP', host: 'api.example.com', path: '/charges', headers: { 'x-debug': 'yes-please' } }, '', 'rejected: header x-debug must fully match the RE2 pattern (1|true|yes), request has yes-please'],
    ['query-absent', 'method-and-query-matching', { protocol: 'HTTP', method: 'POST', host: 'shop.example.com', path: '/orders' }, '', 'rejected: query parameter view must equal summary; the request has no view'],
    ['query-value', WHY, http('/q?v=two&v=one'), '', 'rejected: query parameter v must equal one, request has two'],
    ['query-regex', WHY, http('/r?r=abc'), '', 'rejected: query parameter r must fully match the RE2 pattern [0-9]+, request has abc'],
    ['method', 'method-and-query-matching', { protocol: 'HTTP', method: 'GET', host: 'shop.example.com', path: '/orders?view=summary' }, '', 'rejected: method must be POST, request uses GET'],
    ['grpc-service', 'grpc-routing', { protocol: 'GRPC', host: 'grpc.example.com', grpc: { service: 'shop.v1.Cart', method: 'Checkout' } }, '', 'rejected: gRPC service must be shop.v1.Catalog, request calls shop.v1.Cart'],
    ['grpc-method', 'grpc-routing', { protocol: 'GRPC', host: 'grpc.example.com', grpc: { service: 'shop.v1.Cart', method: 'AddItem' } }, '', 'rejected: gRPC method must be Checkout, request calls AddItem'],
    ['grpc-service-regex', WHY, { protocol: 'GRPC', gateway: 'ns/gw', host: 'g.example.com', grpc: { service: 'shop.v1.Carts', method: 'Checkout' } }, '', 'rejected: gRPC service must fully match the RE2 pattern shop\\.v[0-9]+\\.Cart, request calls shop.v1.Carts'],
    ['grpc-method-regex', WHY, { protocol: 'GRPC', gateway: 'ns/gw', host: 'g.example.com', grpc: { service: 'shop.v2.Cart', method: 'Checkout' } }, '', 'rejected: gRPC method must fully match the RE2 pattern Add.*, request calls Checkout'],
    ['selected', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, '', 'chosen: the first candidate in precedence order whose conditions all hold'],
    // precedence
    ['precedence-path-type', 'route-precedence', { protocol: 'HTTP', host: 'shop.example.com', path: '/products/featured' }, 'catalog', 'lost to shop/featured: both match, shop/featured has an exact path (/products/featured), which ranks above a path prefix (/products): Exact, then RegularExpression (Envoy Gateway\'s order), then PathPrefix'],
    ['precedence-path-length', 'route-precedence', { protocol: 'HTTP', host: 'shop.example.com', path: '/products/shoes' }, '', 'lost to shop/catalog: both match, shop/catalog has a longer path prefix (/products > /)'],
    ['precedence-method', 'method-and-query-matching', { protocol: 'HTTP', method: 'POST', host: 'shop.example.com', path: '/orders' }, '', 'lost to rule 1 of the same route: both match, that one also requires method POST, this one any method'],
    ['precedence-headers', starter, { protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/shoes', headers: { 'X-Beta': 'true' } }, '', 'lost to rule 1 of the same route: both match, that one has more header matchers (1 > 0)'],
    ['precedence-query', 'method-and-query-matching', { protocol: 'HTTP', host: 'shop.example.com', path: '/orders?view=summary' }, '', 'lost to rule 2 of the same route: both match, that one has more query parameter matchers (1 > 0)'],
    ['precedence-age', 'route-precedence', { protocol: 'HTTP', host: 'shop.example.com', path: '/sale/summer' }, '', 'lost to shop/sale: both match, equally specific, and shop/sale is older (created 2024-03-01T08:00:00Z, this one 2025-03-01T08:00:00Z)'],
    ['precedence-name', WHY, http('/name'), '', 'lost to ns/n1: both match, equally specific and equally old, and ns/n1 comes first by namespace/name (ns/n1 < ns/n2)'],
    ['precedence-rule-order', WHY, http('/twice'), 'rule 4', 'lost to rule 3 of the same route: both match, equally specific, and the earlier rule of a route wins'],
    ['precedence-match-order', WHY, http('/twice'), 'rule 3, match 2', 'lost to match 1 of the same rule: both match, equally specific, and the earlier match of a rule wins'],
    ['precedence-grpc-service', WHY, { protocol: 'GRPC', gateway: 'ns/gw', host: 'g.example.com', grpc: { service: 'shop.v1.Cart', method: 'Checkout' } }, 'rule 3', 'lost to rule 2 of the same route: both match, that one names a longer service (shop.v1.Cart > (any))'],
    ['precedence-grpc-method', 'grpc-routing', { protocol: 'GRPC', host: 'grpc.example.com', grpc: { service: 'shop.v1.Cart', method: 'Checkout' } }, '', 'lost to rule 1 of the same route: both match, that one names a longer method (Checkout > (any))'],
    // after the match
    ['policies', WHY, http('/twice'), '', 'configured: timeouts/retry configured: {"timeouts":{"request":"10s"}} (reported, not simulated)'],
    ['weight', starter, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, 'checkout-v2', 'weight 10 of the rule\'s 100: 10% of requests'],
    ['backend-invalid', 'broken-backend-not-found', { protocol: 'HTTP', host: 'shop.example.com', path: '/cart' }, '', 'weight 1 of the rule\'s 1: 100% of requests, answered 500: the backend cannot take traffic (BackendNotFound: Service shop/cart-svc is not declared (Service references resolve against declared objects; use --services assumed to assume they exist))'],
    ['no-backend', 'broken-backend-not-found', { protocol: 'HTTP', host: 'shop.example.com', path: '/cart' }, '', 'failed: no backend with a share of the traffic is valid: 500'],
    ['redirect', 'redirects', { protocol: 'HTTP', host: 'www.example.com', path: '/cart?step=2' }, '', 'applied: RequestRedirect: 301 to https://www.example.com/cart?step=2 (port 443: the well-known port of https; query kept, as Envoy does)'],
    ['rewrite', 'url-rewrite', { protocol: 'HTTP', host: 'www.example.com', path: '/payments/charge' }, '', 'applied: URLRewrite: path → /charge'],
    ['request-headers', 'header-modification', { protocol: 'HTTP', host: 'api.example.com', path: '/orders' }, '', 'applied: RequestHeaderModifier: set x-gateway: edge; add x-request-tags: via-gateway; remove x-debug'],
    ['response-headers', 'header-modification', { protocol: 'HTTP', host: 'api.example.com', path: '/orders' }, '', 'applied: ResponseHeaderModifier: set x-frame-options: DENY; remove server; remove x-powered-by, on the response (add appends to what the backend sends)'],
    ['mirror', 'request-mirroring', { protocol: 'HTTP', host: 'shop.example.com', path: '/search?q=boots' }, '', 'applied: RequestMirror: 10% of requests are copied to shop/search-next; its answers are discarded'],
    ['mirror-invalid', WHY, http('/mirror'), '', 'skipped: RequestMirror to other/elsewhere: RefNotPermitted: HTTPRoute ns/a refers to Service other/elsewhere in another namespace, and no ReferenceGrant in other allows it: add one with from {kind: HTTPRoute, namespace: ns} and to {kind: Service, name: elsewhere}; the mirror is not configured and primary traffic is unaffected'],
    ['not-simulated', WHY, http('/mirror'), '', 'skipped: ExtensionRef Filter f: not simulated; RouteLab knows no filter extensions, and a filter a controller cannot resolve must not be skipped, so requests through this rule get 500'],
    ['cors', WHY, http('/cors', { headers: { origin: 'https://app.example.com' } }), '', 'applied: CORS: origin https://app.example.com is allowed'],
    ['cors-preflight', WHY, http('/cors', { method: 'OPTIONS', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' } }), '', 'applied: CORS: preflight from https://app.example.com answered by the gateway'],
  ])('%s', (criterion, source, request, about, expected) => {
    expect(words(source, request, criterion, about)).toBe(expected)
  })

  it('words the codes only a broken workspace or a bug can produce, from the step itself', () => {
    const a = analysisOf(WHY)
    const request = http('/q?v=one')
    const result = simulate(a, request)
    const ctx = whyContext(a, request, result)
    const route = { kind: 'HTTPRoute', namespace: 'ns', name: 'a' }
    const step = (criterion: string, rest: Partial<TraceStep> = {}): TraceStep => ({ step: 'match', subject: 'x', outcome: 'rejected', reason: 'the engine says so', criterion, route, rule: 1, match: 0, ...rest })
    expect(whyWords(step('path-regex-invalid'), ctx)).toBe('rejected: the path pattern /r is not valid RE2, so this match never matches')
    expect(whyWords(step('path-type-unsupported'), ctx)).toBe('rejected: path match type PathPrefix is not supported')
    expect(whyWords(step('query-regex-invalid'), { ...ctx, request: http('/r?r=1') })).toBe('rejected: the query parameter pattern [0-9]+ for r is not valid RE2, so this match never matches')
    expect(whyWords(step('header-regex-invalid', { route: { kind: 'HTTPRoute', namespace: 'api', name: 'api' } }), ctx)).toBe('rejected: the engine says so')
    expect(whyWords(step('header-type-unsupported'), ctx)).toBe('rejected: the engine says so')
    expect(whyWords(step('query-type-unsupported'), ctx)).toBe('rejected: the engine says so')
    expect(whyWords(step('grpc-method-type-unsupported', { route: { kind: 'GRPCRoute', namespace: 'ns', name: 'g' }, rule: 0 }), ctx)).toBe('rejected: gRPC match type RegularExpression is not supported')
    expect(whyWords(step('filter-unknown', { step: 'filter', outcome: 'skipped', reason: 'filter type Magic is not known' }), ctx)).toBe('skipped: filter type Magic is not known')
    expect(whyWords(step('filter-invalid', { step: 'filter', outcome: 'skipped', reason: 'ReplacePrefixMatch needs a PathPrefix match' }), ctx)).toBe('skipped: ReplacePrefixMatch needs a PathPrefix match')
    expect(whyWords(step('internal-error', { step: 'listener', reason: 'internal error while simulating: x' }), ctx)).toBe('RouteLab failed on this request (a bug: please report it): internal error while simulating: x')
    expect(whyWords(step('no-listeners', { step: 'listener' }), ctx)).toBe('rejected: the workspace has no Gateway with listeners')
    expect(whyWords(step('something-new'), ctx)).toBe('rejected: the engine says so')
  })

  it('counts rules and matches from 1 in subjects, as the graph does', () => {
    expect(whySubject({ step: 'match', subject: 'HTTPRoute a/b rule 0 match 1', outcome: 'rejected', reason: '', route: { kind: 'HTTPRoute', namespace: 'a', name: 'b' }, rule: 0, match: 1 })).toBe('HTTPRoute a/b rule 1, match 2')
  })

  it('has words for every criterion any example request produces', () => {
    const seen = new Set<string>()
    for (const e of examples) {
      const read = readRouteTests(e.cases)
      if (!read.ok) continue
      const a = analyze({ files: e.files })
      for (const c of read.cases) {
        const r = simulate(a, c.request)
        const ctx = whyContext(a, c.request, r)
        for (const line of whyLines(r.trace, ctx)) expect(line.words).not.toBe('')
        for (const s of r.trace) if (s.criterion) seen.add(s.criterion)
      }
    }
    expect([...seen].filter((c) => !(WORDED_CRITERIA as readonly string[]).includes(c))).toEqual([])
  })
})
