import type { Analysis, HTTPRouteObject } from '../../model'
import { listenerKey } from './build-index'
import { compileHttpRoute, type HttpEntry } from './compile-route'
import { ANY_HOST, hostMatches, hostnameSpecificity } from './hostnames'
import { httpEntryMiss } from './match-predicates'
import type { NormalRequest } from './normalize-request'
import { compareHttp } from './precedence'

/** One row of the reference list: a match element served under one hostname. */
export interface ReferenceRow {
  hostname: string
  entry: HttpEntry
}

/**
 * The reference semantics, written as plainly as possible: every (hostname, match element) of
 * every HTTPRoute bound to a listener, in one list sorted by hostname specificity and then
 * precedence. The compiled index must agree with a top-down scan of it on every request; the
 * property tests and the benchmark check that. Slow on purpose: no maps, no buckets.
 *
 * @example
 * scanReference(buildReferenceList(analysis, 'Gateway/ns/gw#http'), request)
 */
export function buildReferenceList(analysis: Pick<Analysis, 'objects' | 'bindings'>, key: string): ReferenceRow[] {
  const rows: ReferenceRow[] = []
  const seen = new Set<string>()
  for (const b of analysis.bindings ?? []) {
    if (b.route.kind !== 'HTTPRoute' || listenerKey(b.listener.owner, b.listener.name) !== key) continue
    const obj = analysis.objects.find((o) => o.kind === 'HTTPRoute' && o.metadata.namespace === b.route.namespace && o.metadata.name === b.route.name)
    if (!obj) continue
    const entries = compileHttpRoute(obj as HTTPRouteObject)
    for (const hostname of b.hostnames.length === 0 ? [ANY_HOST] : b.hostnames) {
      const id = `${b.route.namespace}/${b.route.name}@${hostname}`
      if (seen.has(id)) continue
      seen.add(id)
      for (const entry of entries) rows.push({ hostname, entry })
    }
  }
  return rows.sort(
    (a, b) =>
      hostnameSpecificity(b.hostname) - hostnameSpecificity(a.hostname) ||
      (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0) ||
      compareHttp(a.entry, b.entry),
  )
}

/** Top-down scan. Without fall-through the first hostname that matches the host is the only one consulted. */
export function scanReference(rows: readonly ReferenceRow[], req: NormalRequest, fallThrough = false): HttpEntry | undefined {
  let vhost: string | undefined
  for (const row of rows) {
    if (!hostMatches(row.hostname, req.host)) continue
    if (vhost === undefined) vhost = row.hostname
    else if (!fallThrough && row.hostname !== vhost) return undefined
    if (httpEntryMiss(row.entry, req) === undefined) return row.entry
  }
  return undefined
}
