import { refKey, type Analysis, type AnalyzeOptions, type ManifestObject, type SuggestedFix } from '../../model'
import { buildContext, type ResolveContext } from '../resolve/context'
import type { Finding } from '../resolve/findings'
import { indexFor, type GrpcTable, type ListenerIndex, type SimIndex } from '../simulate/build-index'
import { hostIndexValues } from '../simulate/host-index'
import type { HttpTable } from '../simulate/http-table'
import { HINTS, type HintCode } from './hint-codes'

/** What the hints stage reads: the analysis as resolve left it. */
export type HintInput = Pick<Analysis, 'objects' | 'listeners' | 'bindings' | 'references'>

/**
 * Everything the hint finders share, built once per analysis: resolve's index of the workspace
 * and the simulator's compiled per-listener tables (the same object `simulate` later reuses, as
 * it is cached on the analysis), so hints reason about exactly the precedence requests meet.
 */
export interface HintContext {
  input: HintInput
  resolve: ResolveContext
  index: SimIndex
  /** Every HTTPRoute table (one per listener and hostname). */
  http: { li: ListenerIndex; table: HttpTable }[]
  grpc: { li: ListenerIndex; table: GrpcTable }[]
}

/**
 * @example
 * const hc = hintContext(analysis, { services: 'auto' })
 * hc.http.length // number of (listener, hostname) HTTPRoute tables
 */
export function hintContext(input: HintInput, options: AnalyzeOptions = {}, resolved?: ResolveContext): HintContext {
  const index = indexFor(input)
  const http: HintContext['http'] = []
  const grpc: HintContext['grpc'] = []
  for (const li of index.byListener.values()) {
    for (const t of hostIndexValues(li.http)) http.push({ li, table: t.value })
    for (const t of hostIndexValues(li.grpc)) grpc.push({ li, table: t.value })
  }
  return { input, resolve: resolved ?? buildContext(input.objects, options, new Map()), index, http, grpc }
}

/**
 * A hint as a resolve Finding, so `toProblems` gives it a position like any status outcome.
 *
 * @example
 * hint('hint-weights-zero', route, 'spec.rules[0].backendRefs', 'every backendRef has weight 0')
 */
export function hint(code: HintCode, object: ManifestObject, path: string, message: string, fixes: SuggestedFix[] = []): Finding {
  const f: Finding = { object, path, code, severity: HINTS[code].severity, message }
  if (fixes.length) f.fixes = fixes
  return f
}

/**
 * A name for a new object that no declared object of that kind and namespace has yet.
 *
 * @example
 * freeName(hc, 'HTTPRoute', 'shop', 'http-to-https') // 'http-to-https', or 'http-to-https-2' when taken
 */
export function freeName(hc: HintContext, kind: string, namespace: string, base: string): string {
  let name = base
  for (let i = 2; hc.resolve.byKey.has(refKey({ kind, namespace, name })); i++) name = `${base}-${i}`
  return name
}

/**
 * The way hint messages name a listener.
 *
 * @example
 * listenerWords(li) // 'listener http of Gateway shop/edge'
 */
export function listenerWords(li: ListenerIndex): string {
  const l = li.listener
  return `listener ${l.name} of ${l.owner.kind} ${l.owner.namespace}/${l.owner.name}`
}
