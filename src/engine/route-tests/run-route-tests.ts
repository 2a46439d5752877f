import type { RouteTestCase, RouteTestOutcome } from '../../model'
import type { SimInput } from '../simulate/build-index'
import { checkCase } from '../simulate/check-case'
import { simulate } from '../simulate/simulate'

export type { RouteTestOutcome }

/**
 * Runs route tests against an analysed workspace: simulates each case's request (summary trace)
 * and compares the result with its `expect` block. `routelab test`, the example tests and any
 * view that runs cases all go through here, so they can never disagree.
 *
 * @example
 * const outcomes = runRouteTests(analysis, cases)
 * outcomes.filter((o) => o.diffs.length > 0) // the failing cases
 */
export function runRouteTests(analysis: SimInput, cases: readonly RouteTestCase[]): RouteTestOutcome[] {
  return cases.map((c, i) => {
    const result = simulate(analysis, c.request, { trace: 'summary' })
    return { name: c.name ?? `case ${i + 1}`, case: c, diffs: checkCase(result, c.expect), result }
  })
}
