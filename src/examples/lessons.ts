import type { QuestionChoice, SimRequest } from '../model'
import type { Lesson } from './types'

/*
 * Learn mode: six lessons, in order. Each question names an example and asks about one request
 * (or one status condition). No question says which choice is right: the engine answers it at
 * run time (engine/learn/answer-question.ts), and a test checks that its answer is exactly one
 * of the choices.
 */

const choices = (...values: (string | [string, string])[]): QuestionChoice[] => values.map((v) => (typeof v === 'string' ? { value: v } : { value: v[0], label: v[1] }))
const http = (host: string, path: string, extra: Partial<SimRequest> = {}): SimRequest => ({ protocol: 'HTTP', host, path, ...extra })

/** Built by a function marked pure, so a bundle that never reads the lessons drops them. */
export const lessons: readonly Lesson[] = /* @__PURE__ */ lessonList()

function lessonList(): Lesson[] {
  const ROUTE_REASONS = choices('Accepted', 'NotAllowedByListeners', 'NoMatchingParent', 'NoMatchingListenerHostname')
  return [
    {
      id: 'attachment',
      title: 'Attachment: which listener, which route',
      text: [
        'A Gateway is a set of listeners: each one a port, a protocol and optionally a hostname. Routes do not receive traffic by themselves; they attach to listeners through their parentRefs.',
        'A parentRef names a Gateway (or a ListenerSet), and optionally one listener by sectionName or port. A listener then decides whether to take the route: its allowedRoutes must admit the route’s namespace and kind, and its hostname must meet one of the route’s hostnames.',
        'The protocol decides the route kind: HTTP and HTTPS listeners carry HTTPRoutes and GRPCRoutes, TLS listeners TLSRoutes, TCP and UDP listeners TCPRoutes and UDPRoutes.',
        'A request first picks one listener, the most specific one for its port and Host, and only the routes attached to that listener can answer it.',
      ],
      examples: ['canary-and-header', 'hostname-matching', 'listenerset', 'tls-passthrough', 'tcp-and-udp'],
      questions: [
        {
          id: 'attachment-section-name',
          example: 'canary-and-header',
          prompt: 'The catalog route attaches with sectionName: https. What does a plain HTTP request for catalog.shop.example.com/shoes get?',
          ask: 'status',
          request: http('catalog.shop.example.com', '/shoes'),
          choices: choices(['200', '200 from the catalog'], ['404', '404 Not Found'], ['301', 'A redirect to HTTPS']),
        },
        {
          id: 'attachment-listener-isolation',
          example: 'hostname-matching',
          prompt: 'The catch-all route serves every host under *.example.com. Which route answers blog.example.com?',
          ask: 'route',
          request: http('blog.example.com', '/'),
          choices: choices('web/blog', 'web/catch-all', 'web/www', ['none', 'No route: 404']),
        },
        {
          id: 'attachment-bare-domain',
          example: 'hostname-matching',
          prompt: 'Which listener takes a request for example.com?',
          ask: 'listener',
          request: http('example.com', '/'),
          choices: choices(['wildcard', 'wildcard (*.example.com)'], ['blog', 'blog (blog.example.com)'], ['none', 'No listener: 404']),
        },
        {
          id: 'attachment-listenerset',
          example: 'listenerset',
          prompt: 'blue.example.com is served by a listener the blue team added with a ListenerSet. Which route answers it?',
          ask: 'route',
          request: http('blue.example.com', '/'),
          choices: choices('team-blue/blue-app', 'infra/www', ['none', 'No route: 404']),
        },
        {
          id: 'attachment-tcp-oldest',
          example: 'tcp-and-udp',
          prompt: 'Two TCPRoutes are attached to the postgres listener. Which backend receives a new connection on port 5432?',
          ask: 'backend',
          request: { protocol: 'TCP', port: 5432 },
          choices: choices('postgres-primary', 'postgres-next', ['none', 'None: the connection is refused']),
        },
      ],
    },
    {
      id: 'matching',
      title: 'Matching: paths, headers, methods, query parameters, gRPC',
      text: [
        'Each rule of a route has matches. A match holds when all of its conditions hold (AND): the path, every header, every query parameter and the method. A rule matches when any of its matches holds (OR). A rule without matches matches every path.',
        'Exact paths match one path; PathPrefix matches whole path segments, so /guides does not match /guidesx; RegularExpression must match the whole path (RE2 on Envoy-based gateways).',
        'Header names compare case-insensitively and values exactly. Query parameter names and values are case-sensitive. Methods compare exactly.',
        'GRPCRoutes match a gRPC service and method instead of a path.',
      ],
      examples: ['path-matching', 'header-matching', 'method-and-query-matching', 'grpc-routing'],
      questions: [
        {
          id: 'matching-prefix-segments',
          example: 'path-matching',
          prompt: 'A rule matches PathPrefix /guides. What does a request for /guidesx get?',
          ask: 'status',
          request: http('docs.example.com', '/guidesx'),
          choices: choices(['200', '200 from the guides backend'], ['404', '404 Not Found']),
        },
        {
          id: 'matching-header-value-case',
          example: 'header-matching',
          prompt: 'Which backend receives a request with the header x-env: Staging (capital S)?',
          ask: 'backend',
          request: http('api.example.com', '/charges', { headers: { 'x-env': 'Staging' } }),
          choices: choices('payments-staging', 'staging', 'production'),
        },
        {
          id: 'matching-query-name-case',
          example: 'method-and-query-matching',
          prompt: 'Which backend receives GET /orders?View=summary?',
          ask: 'backend',
          request: http('shop.example.com', '/orders?View=summary'),
          choices: choices('orders-summary', 'orders-reader', 'orders-writer'),
        },
        {
          id: 'matching-grpc-service',
          example: 'grpc-routing',
          prompt: 'Which backend receives the gRPC call shop.v1.Cart/AddItem?',
          ask: 'backend',
          request: { protocol: 'GRPC', host: 'grpc.example.com', grpc: { service: 'shop.v1.Cart', method: 'AddItem' } },
          choices: choices('checkout', 'cart', ['none', 'None: UNIMPLEMENTED']),
        },
      ],
    },
    {
      id: 'precedence',
      title: 'Precedence: when several rules match',
      text: [
        'Often more than one rule matches a request. Exactly one wins, and which route each rule belongs to does not matter until the very end.',
        'First the hostname: an exact hostname beats a wildcard, a longer wildcard a shorter one. Then an Exact path beats any prefix, the longer prefix wins, a match with a method beats one without, more headers win, then more query parameters.',
        'Only when all of that ties does the oldest route win (creationTimestamp), then the first by namespace/name, then the first rule in order.',
        'On Envoy-based gateways a request that picked a hostname never falls back to a less specific one: if no rule for that hostname matches, the answer is 404.',
      ],
      examples: ['route-precedence', 'hostname-precedence'],
      questions: [
        {
          id: 'precedence-method-beats-headers',
          example: 'route-precedence',
          prompt: 'POST /products/shoes with x-role: admin matches four routes. Which one wins?',
          ask: 'route',
          request: http('shop.example.com', '/products/shoes', { method: 'POST', headers: { 'x-role': 'admin' } }),
          choices: choices('shop/storefront', 'shop/catalog', 'shop/catalog-admin', 'shop/catalog-writes'),
        },
        {
          id: 'precedence-exact-beats-prefix',
          example: 'route-precedence',
          prompt: 'GET /products/featured with x-role: admin. Which route wins?',
          ask: 'route',
          request: http('shop.example.com', '/products/featured', { headers: { 'x-role': 'admin' } }),
          choices: choices('shop/featured', 'shop/catalog-admin', 'shop/catalog'),
        },
        {
          id: 'precedence-oldest-route',
          example: 'route-precedence',
          prompt: 'shop/sale and shop/sale-v2 have identical matches. Which one answers /sale/summer?',
          ask: 'route',
          request: http('shop.example.com', '/sale/summer'),
          choices: choices('shop/sale', 'shop/sale-v2', 'shop/storefront'),
        },
        {
          id: 'precedence-no-fall-through',
          example: 'hostname-precedence',
          prompt: 'The api route serves only Exact /v1/status on api.example.com; the wildcard route serves every path on *.example.com. What does api.example.com/docs get?',
          ask: 'status',
          request: http('api.example.com', '/docs'),
          choices: choices(['200', '200 from the wildcard route'], ['404', '404 Not Found']),
        },
      ],
    },
    {
      id: 'filters',
      title: 'Filters: rewrite, redirect, headers, mirror',
      text: [
        'Filters change a request on its way through the gateway. A URLRewrite changes the path or Host the backend receives, and the client never notices.',
        'A RequestRedirect makes the gateway answer the client itself, with a status code and a Location header, and nothing is forwarded.',
        'Request and response header modifiers set, add and remove headers. A RequestMirror sends a copy of the request to another backend and throws its answer away.',
        'Filters on a rule apply to every request it matches; filters on one backendRef only to requests sent to that backend.',
      ],
      examples: ['url-rewrite', 'redirects', 'header-modification', 'request-mirroring'],
      questions: [
        {
          id: 'filters-strip-prefix',
          example: 'url-rewrite',
          prompt: 'The /payments prefix is replaced with /. Which path does the backend receive for a request to /payments?',
          ask: 'forwarded-path',
          request: http('www.example.com', '/payments'),
          choices: choices('/', '/payments', '//'),
        },
        {
          id: 'filters-https-redirect',
          example: 'redirects',
          prompt: 'Where does plain HTTP www.example.com/cart?step=2 send the client?',
          ask: 'location',
          request: http('www.example.com', '/cart?step=2'),
          choices: choices('https://www.example.com/cart?step=2', 'https://www.example.com:80/cart?step=2', 'https://www.example.com/cart', ['none', 'Nowhere: it is not redirected']),
        },
        {
          id: 'filters-default-status',
          example: 'redirects',
          prompt: 'The /old-blog redirect sets no statusCode. Which status does the client get?',
          ask: 'status',
          request: { protocol: 'HTTPS', host: 'www.example.com', path: '/old-blog/2024/hello' },
          choices: choices('301', '302', '308'),
        },
        {
          id: 'filters-add-appends',
          example: 'header-modification',
          prompt: 'The client sends x-request-tags: mobile, and the filter adds via-gateway. What does the backend see in x-request-tags?',
          ask: 'forwarded-header',
          header: 'x-request-tags',
          request: http('api.example.com', '/orders', { headers: { 'x-request-tags': 'mobile' } }),
          choices: choices('mobile', 'via-gateway', 'mobile,via-gateway'),
        },
        {
          id: 'filters-mirror-share',
          example: 'request-mirroring',
          prompt: 'Which backends receive a copy of a search request, and for what share of requests?',
          ask: 'mirrors',
          request: http('shop.example.com', '/search?q=boots'),
          choices: choices('search-next 10%', 'search-next 100%', 'checkout-shadow 100%', 'none'),
        },
      ],
    },
    {
      id: 'backends',
      title: 'Backends: weights, headers and namespaces',
      text: [
        'A rule sends the requests it matches to its backendRefs. With several backends, weights split the traffic: each gets its weight divided by the sum. Weights are not percentages, and weight 0 sends nothing.',
        'Header matches in front of a weighted rule let chosen callers skip the split, which is how testers reach a canary first.',
        'A backend in another namespace needs a ReferenceGrant in that namespace, written by the Service’s owner; route attachment to a Gateway in another namespace is governed by the listener’s allowedRoutes instead.',
      ],
      examples: ['canary-weights', 'header-based-routing', 'cross-namespace-routing'],
      questions: [
        {
          id: 'backends-relative-weights',
          example: 'canary-weights',
          prompt: 'search-blue has no weight and search-green has weight 3. Which backend receives most search requests?',
          ask: 'backend',
          request: http('shop.example.com', '/search?q=boots'),
          choices: choices('search-blue', 'search-green', ['none', 'Neither: they split evenly']),
        },
        {
          id: 'backends-header-tie',
          example: 'header-based-routing',
          prompt: 'A request carries both x-canary: always and x-tenant: acme. Which backend receives it?',
          ask: 'backend',
          request: http('app.example.com', '/', { headers: { 'x-canary': 'always', 'x-tenant': 'acme' } }),
          choices: choices('app-canary', 'app-acme', 'app-stable'),
        },
        {
          id: 'backends-cross-namespace',
          example: 'cross-namespace-routing',
          prompt: 'The route in store sends /pay to a Service in payments. Which backend receives /pay/charge?',
          ask: 'backend',
          request: http('store.example.com', '/pay/charge'),
          choices: choices('payments-api', 'storefront', ['none', 'None: 500, the reference is refused']),
        },
      ],
    },
    {
      id: 'status',
      title: 'Status: reading what the controller says',
      text: [
        'A controller writes what it made of each route into status.parents: one entry per parentRef, each with an Accepted and a ResolvedRefs condition.',
        'Accepted=False means the route is not attached to that parent and carries no traffic there. The reason says why: NoMatchingParent (no such listener), NotAllowedByListeners (namespace or kind not admitted), NoMatchingListenerHostname (hostnames never meet), or UnsupportedValue and IncompatibleFilters (nothing in it can be implemented).',
        'ResolvedRefs=False means the route is attached, but some reference is broken: BackendNotFound, InvalidKind, RefNotPermitted, UnsupportedProtocol. The requests for a broken backend are answered with 500.',
        'Gateways, listeners and ListenerSets have conditions too: a conflicted listener or one without a usable certificate carries no traffic. Each example in this lesson is broken on purpose; predict the reason, then fix it.',
      ],
      examples: [
        'broken-no-matching-parent',
        'broken-not-allowed-by-listeners',
        'broken-no-matching-listener-hostname',
        'broken-route-kind-conflict',
        'broken-unsupported-value',
        'broken-partially-invalid',
        'broken-incompatible-filters',
        'broken-backend-not-found',
        'broken-invalid-kind',
        'broken-ref-not-permitted',
        'broken-unsupported-protocol',
        'broken-protocol-conflict',
        'broken-invalid-certificate-ref',
        'broken-listenerset-not-allowed',
        'broken-listenerset-hostname-conflict',
      ],
      questions: [
        {
          id: 'status-wrong-section-name',
          example: 'broken-no-matching-parent',
          prompt: 'The route says sectionName: http, but the listener is called web. What reason does its Accepted condition give?',
          ask: 'condition-reason',
          condition: { kind: 'HTTPRoute', namespace: 'web', name: 'site', at: { parent: 0 }, type: 'Accepted' },
          choices: ROUTE_REASONS,
        },
        {
          id: 'status-other-namespace',
          example: 'broken-not-allowed-by-listeners',
          prompt: 'The route lives in team-a; the Gateway in infra has a listener with default allowedRoutes. What reason does its Accepted condition give?',
          ask: 'condition-reason',
          condition: { kind: 'HTTPRoute', namespace: 'team-a', name: 'store', at: { parent: 0 }, type: 'Accepted' },
          choices: ROUTE_REASONS,
        },
        {
          id: 'status-dropped-rule-still-accepted',
          example: 'broken-partially-invalid',
          prompt: 'One of the route’s two rules is invalid. What reason does its Accepted condition give?',
          ask: 'condition-reason',
          condition: { kind: 'HTTPRoute', namespace: 'api', name: 'orders', at: { parent: 0 }, type: 'Accepted' },
          choices: choices('Accepted', 'UnsupportedValue', 'IncompatibleFilters'),
        },
        {
          id: 'status-missing-backend',
          example: 'broken-backend-not-found',
          prompt: 'The /cart rule names a Service that does not exist. What does a request for /cart get?',
          ask: 'status',
          request: http('shop.example.com', '/cart'),
          choices: choices(['404', '404: the rule is skipped'], ['500', '500 from the gateway'], ['200', '200 from another rule']),
        },
        {
          id: 'status-grant-namespace',
          example: 'broken-ref-not-permitted',
          prompt: 'A ReferenceGrant exists, but in the route’s own namespace. What reason does the route’s ResolvedRefs condition give?',
          ask: 'condition-reason',
          condition: { kind: 'HTTPRoute', namespace: 'store', name: 'storefront', at: { parent: 0 }, type: 'ResolvedRefs' },
          choices: choices('ResolvedRefs', 'RefNotPermitted', 'BackendNotFound'),
        },
        {
          id: 'status-conflict-neighbour',
          example: 'broken-protocol-conflict',
          prompt: 'The two listeners on port 443 conflict. What does plain HTTP on port 80, served by a third listener, get?',
          ask: 'status',
          request: http('www.example.com', '/'),
          choices: choices(['200', '200: the port 80 listener is unaffected'], ['404', '404: the whole Gateway stops']),
        },
        {
          id: 'status-listenerset-loses',
          example: 'broken-listenerset-hostname-conflict',
          prompt: 'The Gateway and a ListenerSet both claim www.example.com on port 80. Which route answers www.example.com?',
          ask: 'route',
          request: http('www.example.com', '/'),
          choices: choices(['infra/www', 'infra/www (the Gateway’s listener)'], ['none', 'None: both listeners are conflicted']),
        },
      ],
    },
  ]
}
