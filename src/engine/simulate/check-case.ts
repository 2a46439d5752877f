import { text } from './normalize-request'
import type { RouteTestDiff, RouteTestExpect, SimResult } from '../../model'

function routeMatches(want: string, got: SimResult['route']): boolean {
  if (!got) return false
  const parts = want.split('/')
  if (parts.length === 3) return parts[0] === got.kind && parts[1] === got.namespace && parts[2] === got.name
  if (parts.length === 2) return parts[0] === got.namespace && parts[1] === got.name
  return want === got.name
}

const describeRoute = (r: SimResult['route']) => (r ? `${r.kind}/${r.namespace}/${r.name}` : null)

/**
 * Compares a simulated result with a route test's expectation and lists every difference; an
 * empty list means the case passes. Only the fields the expectation gives are checked.
 *
 * @example
 * checkCase(simulate(analysis, request), { status: 200, route: 'shop/checkout' }) // []
 */
export function checkCase(result: SimResult, expect: RouteTestExpect): RouteTestDiff[] {
  const diffs: RouteTestDiff[] = []
  const check = (field: string, expected: unknown, actual: unknown, ok = expected === actual) => {
    if (!ok) diffs.push({ field, expected, actual })
  }
  if (typeof expect !== 'object' || expect === null) return [{ field: 'expect', expected: 'a mapping', actual: expect }]
  if (expect.status !== undefined) check('status', expect.status, result.status)
  if (expect.grpcStatus !== undefined) check('grpcStatus', expect.grpcStatus, result.grpcStatus)
  if (expect.route !== undefined) {
    check('route', expect.route, describeRoute(result.route), expect.route === null ? result.route === null : routeMatches(text(expect.route), result.route))
  }
  if (expect.rule !== undefined) check('rule', expect.rule, result.rule)
  if (Array.isArray(expect.backends)) {
    const got = result.backends.map((b) => ({ name: b.name, namespace: b.namespace, weight: b.weight }))
    const missing = expect.backends.filter(
      (w) => !got.some((g) => g.name === w.name && (w.namespace === undefined || g.namespace === w.namespace) && (w.weight === undefined || g.weight === w.weight)),
    )
    check('backends', expect.backends, got, missing.length === 0 && got.length === expect.backends.length)
  }
  if (expect.location !== undefined) check('location', expect.location, result.response.headers.location)
  const fwd = result.forwarded
  if (expect.forwarded) {
    for (const key of ['host', 'path', 'method'] as const) {
      const want = expect.forwarded[key]
      if (want !== undefined) check(`forwarded.${key}`, want, fwd ? fwd[key] : null)
    }
    for (const [name, value] of Object.entries(expect.forwarded.headers ?? {})) {
      check(`forwarded.headers.${name.toLowerCase()}`, text(value), fwd?.headers[name.toLowerCase()])
    }
  }
  for (const name of expect.absentHeaders ?? []) {
    const actual = fwd?.headers[text(name).toLowerCase()]
    check(`absentHeaders.${text(name).toLowerCase()}`, '(absent)', actual, actual === undefined)
  }
  for (const [name, value] of Object.entries(expect.responseHeaders ?? {})) {
    check(`responseHeaders.${name.toLowerCase()}`, text(value), result.response.headers[name.toLowerCase()])
  }
  return diffs
}
