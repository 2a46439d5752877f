import type { RouteTestCase, RouteTestExpect, SimRequest, SimResult } from '../../model'
import type { LabState, LabStore } from './store'

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A case as `routelab test` reads it: a mapping with a `request` mapping and an `expect` mapping. */
export function isRouteTestCase(v: unknown): v is RouteTestCase {
  return isMapping(v) && isMapping(v.request) && isMapping(v.expect) && (v.name === undefined || typeof v.name === 'string')
}

/**
 * Saved or shared cases, as the lab keeps them. A workspace stores them opaquely: a list of
 * cases (or `{cases: [...]}`) is taken as it is; a text (an example's `cases.yaml`) waits in
 * `casesText` for the engine to read it, since YAML is read in the worker, not on this thread.
 * Anything else is not a cases file and is left out.
 */
export function labCases(raw: unknown): Pick<LabState, 'cases' | 'casesText' | 'casesError'> {
  const none = { cases: undefined, casesText: undefined, casesError: undefined }
  if (typeof raw === 'string') return raw.trim() ? { ...none, casesText: raw } : none
  const list = Array.isArray(raw) ? raw : isMapping(raw) && Array.isArray(raw.cases) ? raw.cases : undefined
  return { ...none, cases: list?.every(isRouteTestCase) ? list : undefined }
}

/** What a workspace saves for the cases: the list, or the text still waiting to be read. */
export function savedCases(s: Pick<LabState, 'cases' | 'casesText'>): RouteTestCase[] | string | undefined {
  return s.cases ?? s.casesText
}

/** Replaces the workspace's test cases. */
export function setCases(store: LabStore, cases: RouteTestCase[] | undefined): void {
  store.setState({ cases, casesText: undefined, casesError: undefined })
}

/** Cases from text (a file, an example's `cases.yaml`): the engine reads them next. */
export function setCasesText(store: LabStore, text: string): void {
  store.setState({ casesText: text, casesError: undefined })
}

/** `namespace/name` of the route a result reached. */
const routeName = (r: SimResult['route']) => (r ? `${r.namespace}/${r.name}` : null)

/**
 * The expectation a result fulfils: what a user means by "this is right, keep it so". Status,
 * route and rule always; backends with their weights when the rule has any; the redirect's
 * location; the gRPC status; and where the request is forwarded when filters changed it.
 *
 * @example
 * expectationOf(request, result) // { status: 200, route: 'shop/checkout', rule: 0, backends: [{ name: 'checkout-v1', weight: 90 }, ...] }
 */
export function expectationOf(request: SimRequest, result: SimResult): RouteTestExpect {
  const expect: RouteTestExpect = { status: result.status, route: routeName(result.route) }
  if (result.rule !== null) expect.rule = result.rule
  if (result.backends.length > 0) {
    const ns = result.route?.namespace
    expect.backends = result.backends.map((b) => ({ name: b.name, ...(b.namespace !== ns ? { namespace: b.namespace } : {}), weight: b.weight }))
  }
  const location = result.response.headers.location
  if (location !== undefined) expect.location = location
  if (result.grpcStatus !== undefined) expect.grpcStatus = result.grpcStatus
  const f = result.forwarded
  if (f && (f.host !== (request.host ?? '') || f.path !== (request.path ?? '/'))) expect.forwarded = { host: f.host, path: f.path }
  return expect
}

/** A new case for `request`, expecting exactly what `result` shows. */
export function caseFromResult(name: string, request: SimRequest, result: SimResult): RouteTestCase {
  return { name, request, expect: expectationOf(request, result) }
}
