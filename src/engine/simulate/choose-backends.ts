import { refKey, type ResolvedReference, type RouteObject, type SimBackend, type TraceStep } from '../../model'

/**
 * The resolve stage's reference table, keyed for lookups by the referring route and field path.
 * Backend validity is decided there once (kind, ReferenceGrant, existence, port); the simulator
 * only reads it, so status and simulation can never disagree.
 */
export type ReferenceLookup = (route: RouteObject, path: string) => ResolvedReference | undefined

export function referenceLookup(references: readonly ResolvedReference[] | undefined): ReferenceLookup {
  const byKey = new Map<string, ResolvedReference>()
  for (const r of references ?? []) byKey.set(`${refKey(r.from)}|${r.path}`, r)
  return (route, path) => byKey.get(`${refKey({ kind: route.kind, namespace: route.metadata.namespace, name: route.metadata.name })}|${path}`)
}

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * One backendRef (or mirror backendRef) at `path` in `route`: where it points and, when it
 * cannot carry traffic, why (`Reason: words`, the ResolvedRefs reason first).
 */
export function resolveBackend(lookup: ReferenceLookup, route: RouteObject, path: string, raw: Json): { target: Omit<SimBackend, 'weight' | 'probability'>; problem?: string } {
  const ref = lookup(route, path)
  if (ref) {
    const target = { kind: ref.target.kind, namespace: ref.target.namespace, name: ref.target.name, port: ref.port ?? null }
    // Resolve keeps its words for the reason in `detail` beside the model's fields.
    const detail = (ref as { detail?: unknown }).detail
    return ref.resolved ? { target } : { target, problem: `${ref.reason ?? 'ResolvedRefs'}${typeof detail === 'string' && detail ? `: ${detail}` : ''}` }
  }
  // Not in the table (an analysis built without the resolve stage): read the reference as written.
  const target = { kind: str(raw.kind) ?? 'Service', namespace: str(raw.namespace) ?? route.metadata.namespace, name: str(raw.name) ?? '', port: typeof raw.port === 'number' ? raw.port : null }
  return { target }
}

export interface WeightedChoice {
  backends: SimBackend[]
  /** Share of requests that reach an invalid backend (answered 500). */
  errorShare: number
  /** Index into `backends` of the one followed, or -1 when none can receive traffic. */
  chosen: number
  /** Why nothing can receive traffic, when `chosen` is -1. */
  failure?: string
}

/**
 * Weights become probabilities over the whole list; invalid backends keep their share, which is
 * answered with an error (SPEC-NOTES §10.2). The backend followed is `prefer` when it names one
 * with a share (even an invalid one, to show what its share sees), else the valid backend with
 * the largest share (the first on ties).
 *
 * @example
 * chooseBackend(lookup, route, 'spec.rules[0].backendRefs', rule.backendRefs).backends.map((b) => b.probability)
 */
export function chooseBackend(lookup: ReferenceLookup, route: RouteObject, path: string, refs: readonly unknown[], prefer?: string): WeightedChoice {
  const resolved = refs.map((r, i) => {
    const raw = isObj(r) ? r : {}
    const { target, problem } = resolveBackend(lookup, route, `${path}[${i}]`, raw)
    const w = typeof raw.weight === 'number' && raw.weight >= 0 ? raw.weight : 1
    return { target, problem, weight: w }
  })
  const total = resolved.reduce((s, r) => s + r.weight, 0)
  const backends: SimBackend[] = resolved.map((r) => {
    const b: SimBackend = { ...r.target, weight: r.weight, probability: total > 0 ? r.weight / total : 0 }
    if (r.problem) b.invalid = r.problem
    return b
  })
  if (backends.length === 0) return { backends, errorShare: 1, chosen: -1, failure: 'the rule has no backendRefs' }
  if (total === 0) return { backends, errorShare: 1, chosen: -1, failure: 'every backend has weight 0' }
  const errorShare = backends.reduce((s, b) => s + (b.invalid ? b.probability : 0), 0)
  const preferred = prefer ? backends.findIndex((b) => b.probability > 0 && (b.name === prefer || `${b.namespace}/${b.name}` === prefer)) : -1
  if (preferred >= 0) return { backends, errorShare, chosen: preferred }
  const usable = backends.map((b, i) => ({ b, i })).filter(({ b }) => !b.invalid && b.probability > 0)
  if (usable.length === 0) return { backends, errorShare, chosen: -1, failure: 'no backend with a share of the traffic is valid' }
  let best = usable[0]!
  for (const u of usable) if (u.b.probability > best.b.probability) best = u
  return { backends, errorShare, chosen: best.i }
}

const percent = (p: number) => `${Math.round(p * 1000) / 10}%`

/** One trace step per backend: its share, whether it is valid, and which one is followed. */
export function backendSteps(choice: WeightedChoice, unit: string): TraceStep[] {
  return choice.backends.map((b, i): TraceStep => ({
    step: 'backend',
    subject: `${b.kind} ${b.namespace}/${b.name}${b.port !== null ? `:${b.port}` : ''}`,
    outcome: i === choice.chosen ? 'selected' : b.invalid || b.probability === 0 ? 'rejected' : 'skipped',
    reason: `weight ${b.weight} → ${percent(b.probability)} of ${unit}${b.invalid ? `; invalid (${b.invalid}), so that share fails` : ''}${i === choice.chosen ? '; followed here' : ''}`,
    criterion: b.invalid ? 'backend-invalid' : 'weight',
  }))
}
