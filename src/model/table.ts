/**
 * The effective routing table: per served listener, the virtual hosts and, in each, the match
 * elements in the exact order the simulator tries them. Plain data; `routelab table --format json`
 * prints it unchanged, and the README documents this shape.
 *
 * How to read it for one request: take the listener the request reaches; among its hosts of the
 * request's kind (HTTPRoute for HTTP/HTTPS, GRPCRoute for gRPC...), the FIRST whose hostname
 * matches the request's host is the only one consulted; in it, the first row whose match holds
 * answers. No such row: 404 (gRPC UNIMPLEMENTED; TLS, TCP, UDP: the connection is rejected).
 */
export interface RoutingTable {
  listeners: RoutingTableListener[]
}

export interface RoutingTableListener {
  /** `namespace/name` of the Gateway whose data plane serves the listener. */
  gateway: string
  /** The object that declares it: `Gateway ns/name` or `ListenerSet ns/name`. */
  owner: string
  listener: string
  protocol: string
  port: number
  /** The listener's hostname; null for any host. */
  hostname: string | null
  /** False when the listener is not Programmed: it carries no traffic. */
  ready: boolean
  /** Virtual hosts, most specific first (exact, then longer wildcards, then any host). */
  hosts: RoutingTableHost[]
}

export interface RoutingTableHost {
  /** Exact or wildcard hostname; null for any host. */
  hostname: string | null
  kind: 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute' | 'TCPRoute' | 'UDPRoute'
  /** In precedence order: the first row that matches a request is the one that answers. */
  rows: RoutingTableRow[]
}

/** A string matcher as written, with the API's defaults filled in. */
export interface RoutingTableValueMatch {
  name: string
  type: 'Exact' | 'RegularExpression'
  value: string
}

/** What must hold for a row to match; an absent field matches anything. */
export interface RoutingTableMatch {
  path?: { type: 'Exact' | 'PathPrefix' | 'RegularExpression'; value: string }
  method?: string
  headers?: RoutingTableValueMatch[]
  queryParams?: RoutingTableValueMatch[]
  grpc?: { type: 'Exact' | 'RegularExpression'; service?: string; method?: string }
}

export interface RoutingTableBackend {
  kind: string
  namespace: string
  name: string
  port: number | null
  weight: number
  /** Share of the row's traffic, 0..1 (weight / sum of weights). */
  share: number
  /** Why it cannot take traffic; its share is answered with 500. */
  invalid?: string
}

export interface RoutingTableRow {
  route: { kind: string; namespace: string; name: string }
  rule: number
  /** Index in the rule's `matches`; null when the rule has none (gRPC catch-all, TLS, TCP, UDP). */
  match: number | null
  matches: RoutingTableMatch
  /** One line per filter, rule-level first, then each backend's own (prefixed with its name). */
  filters: string[]
  /** Present when a rule-level RequestRedirect answers instead of a backend: `301 https://...`. */
  redirect?: string
  backends: RoutingTableBackend[]
  /**
   * Share of matching requests answered with an error (500; gRPC UNAVAILABLE; TCP/TLS reject,
   * UDP drop): invalid backends' shares, or 1 with no backends or all weights 0. 0 for redirects.
   */
  errorShare: number
  /** Set when the row can never answer: a row above it matches every request it matches. */
  unreachable?: string
}
