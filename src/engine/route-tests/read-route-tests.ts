import { parse } from 'yaml'
import type { RouteTestCase } from '../../model'

export type ReadRouteTests = { ok: true; cases: RouteTestCase[] } | { ok: false; message: string }

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads a route tests file (`routelab test --cases`): a YAML or JSON list of cases, or
 * `{cases: [...]}`, each with a `request` and an `expect` mapping. Never throws: a text that is
 * not such a file comes back with a message saying why.
 *
 * @example
 * readRouteTests('cases: [{request: {protocol: HTTP, path: /}, expect: {status: 404}}]')
 * // { ok: true, cases: [{ request: { protocol: 'HTTP', path: '/' }, expect: { status: 404 } }] }
 */
export function readRouteTests(text: string): ReadRouteTests {
  let data: unknown
  try {
    data = parse(text)
  } catch (e) {
    return { ok: false, message: `not YAML or JSON: ${(e as Error).message.split('\n')[0]}` }
  }
  const list = Array.isArray(data) ? data : isMapping(data) ? data.cases : undefined
  if (!Array.isArray(list)) return { ok: false, message: 'must hold a list of cases (or {cases: [...]})' }
  for (let i = 0; i < list.length; i++) {
    const c: unknown = list[i]
    if (!isMapping(c) || !isMapping(c.request) || !isMapping(c.expect)) return { ok: false, message: `case ${i + 1} needs a request and an expect mapping` }
  }
  return { ok: true, cases: list as RouteTestCase[] }
}
