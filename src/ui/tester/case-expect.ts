import type { RouteTestCase, RouteTestExpect, SimRequest, SimResult } from '../../model'

// Kept with the tester, not in the lab's state module: only the tester's panels (loaded after the
// first paint) turn results into expectations.

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
