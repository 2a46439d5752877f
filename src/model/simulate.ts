/**
 * Request simulation: what a request is, and what the engine answers about it. Plain data, so it
 * crosses the worker boundary and prints as JSON in the CLI unchanged.
 */

export type SimProtocol = 'HTTP' | 'HTTPS' | 'GRPC' | 'TLS' | 'TCP' | 'UDP'

/** One request (or, for TLS/TCP/UDP, one connection) to simulate. */
export interface SimRequest {
  /** `namespace/name` (or just `name`); optional when the workspace has one Gateway. */
  gateway?: string
  /** The port the client connects to; optional when the protocol makes it unambiguous. */
  port?: number
  protocol: SimProtocol | string
  /** The Host header, the gRPC `:authority`, or the TLS SNI. May carry `:port`. */
  host?: string
  /** HTTP method; `GET` when absent (`POST` for gRPC). */
  method?: string
  /** Path with an optional query string: `/x?y=1`. `/` when absent. */
  path?: string
  /** Request headers (gRPC metadata); names in any case, repeated values as a list. */
  headers?: Record<string, string | string[]>
  grpc?: { service: string; method: string }
  /**
   * Not in the shape, optional: which backend to follow when a rule splits traffic
   * (`name` or `namespace/name`). Without it the most likely valid backend is followed.
   */
  backend?: string
  /**
   * Not in the shape, optional: the headers the backend answers with, to see what
   * ResponseHeaderModifier filters make of them. The response shows only gateway headers without it.
   */
  responseHeaders?: Record<string, string | string[]>
}

export type SimStatus = 200 | 404 | 500 | 301 | 302 | 303 | 307 | 308

/** The gRPC status a client sees, for gRPC requests. */
export type GrpcStatus = 'OK' | 'UNIMPLEMENTED' | 'UNAVAILABLE'

export interface SimBackend {
  kind: string
  namespace: string
  name: string
  port: number | null
  weight: number
  /** Share of the requests this rule sends to this backend, 0..1 (weight / sum of weights). */
  probability: number
  /** Present when this backend cannot receive traffic: its share is answered with 500. */
  invalid?: string
}

export interface SimMirror {
  namespace: string
  name: string
  port: number | null
  /** Share of requests copied, 0..100. */
  percent: number
}

export interface SimForwarded {
  method: string
  host: string
  path: string
  /** Lower-case names; repeated values joined with `,`. */
  headers: Record<string, string>
}

export type TraceStepKind = 'listener' | 'hostname' | 'route' | 'rule' | 'match' | 'filter' | 'backend'
export type TraceOutcome = 'selected' | 'rejected' | 'applied' | 'skipped'

/** One line of the explanation: what was considered, what happened to it, and exactly why. */
export interface TraceStep {
  step: TraceStepKind
  /** What this step is about, in words: `HTTPRoute shop/checkout rule 0 match 1`. */
  subject: string
  outcome: TraceOutcome
  reason: string
  /**
   * The criterion that decided, as a stable code for the "why" view and for tests, e.g.
   * `path-exact`, `precedence-path-type`, `listener-isolation`, `implementation-choice`.
   */
  criterion?: string
  /** Set when the step names a route (and rule/match), so a view can highlight it. */
  route?: { kind: string; namespace: string; name: string }
  rule?: number
  match?: number
  listener?: string
}

/** Rule-level timeouts and retry, copied from the matched rule when set (HTTPRoute only). */
export interface SimPolicies {
  timeouts?: { request?: string; backendRequest?: string }
  retry?: { codes?: number[]; attempts?: number; backoff?: string }
}

/** The answer: exactly the shape of the issue, plus the optional fields documented here. */
export interface SimResult {
  status: SimStatus
  gateway: { namespace: string; name: string } | null
  listener: string | null
  route: { kind: string; namespace: string; name: string } | null
  rule: number | null
  /** Index in the rule's `matches`; null when the rule has none (gRPC, TLS, TCP, UDP). */
  match: number | null
  backends: SimBackend[]
  /** Not in the shape, optional: index in `backends` of the backend `forwarded` describes. */
  followed?: number
  forwarded: SimForwarded | null
  response: { headers: Record<string, string> }
  mirrors: SimMirror[]
  trace: TraceStep[]
  /** gRPC requests only. */
  grpcStatus?: GrpcStatus
  /** Present when the matched rule sets timeouts or retry. */
  policies?: SimPolicies
  /** Share of matching requests answered 500 because their backend is invalid (0..1), when > 0. */
  errorProbability?: number
}

export interface SimulateOptions {
  /**
   * Whether a request whose most specific matching hostname has no matching rule may fall
   * through to routes with a less specific hostname. Envoy-based gateways select one virtual
   * host and answer 404, so the default is false.
   */
  hostnameFallThrough?: boolean
  /**
   * `full` (default) explains every candidate on the listener, including the ones that lost;
   * `summary` records only the decisive steps (faster, for bulk runs).
   */
  trace?: 'full' | 'summary'
}

/**
 * One route test (`routelab test --cases`): a request and what must hold of its result. Every
 * field of `expect` is optional; only the fields given are checked.
 */
export interface RouteTestCase {
  name?: string
  request: SimRequest
  expect: RouteTestExpect
}

export interface RouteTestExpect {
  status?: number
  /** `namespace/name`, `Kind/namespace/name`, or `name` (any namespace); `null` for no route. */
  route?: string | null
  rule?: number | null
  /** Every backend of the matched rule, in any order; `weight` and `namespace` checked when given. */
  backends?: { name: string; namespace?: string; weight?: number }[]
  /** The redirect's Location header. */
  location?: string
  forwarded?: { host?: string; path?: string; method?: string; headers?: Record<string, string> }
  /** Request headers that must not reach the backend (case-insensitive). */
  absentHeaders?: string[]
  /** Response headers the gateway must set (names case-insensitive). */
  responseHeaders?: Record<string, string>
  grpcStatus?: GrpcStatus
}

/** One thing that differed between a case's expectation and the simulated result. */
export interface RouteTestDiff {
  field: string
  expected: unknown
  actual: unknown
}

/** One case's outcome (`routelab test`, the example tests, the browser's cases): passed when `diffs` is empty. */
export interface RouteTestOutcome {
  /** The case's name, or `case N` (1-based) when it has none. */
  name: string
  case: RouteTestCase
  diffs: RouteTestDiff[]
  result: SimResult
}

/**
 * "Send N": what N copies of one request did, each sent to a backend drawn by weight with a
 * seeded generator (Envoy picks a weighted backend per request at random). Deterministic for a seed.
 */
export interface TrafficSample {
  count: number
  seed: number
  /** One bucket per backend of the matched rule (in rule order), or a single one when nothing splits. */
  buckets: TrafficBucket[]
  /** How many requests got each status, e.g. `{200: 902, 500: 98}`. */
  statuses: Record<number, number>
}

export interface TrafficBucket {
  /** `namespace/name` of the backend, or the status alone (`404`) when the request reaches none. */
  label: string
  backend?: { kind: string; namespace: string; name: string; port: number | null }
  /** The share the weights configure, 0..1. */
  configured: number
  /** How many of the `count` requests landed here. */
  reached: number
  /** What those requests were answered: 200, or 500 for an invalid backend, or a redirect. */
  status: number
  /** Why the backend cannot take traffic, when it cannot. */
  invalid?: string
}
