import { GATEWAY_GROUP, type ManifestObject, type ReferenceGrantSpec, type RouteObject, type SimBackend } from '../../model'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** What backend resolution reads from the workspace. */
export interface BackendWorld {
  objects: ReadonlyMap<string, ManifestObject>
  grants: readonly { namespace: string; spec: ReferenceGrantSpec }[]
  /** False when Services are assumed to exist (no Service declared, `auto`, or `assumed`). */
  servicesDeclared: boolean
}

export function backendWorld(objects: ReadonlyMap<string, ManifestObject>, services: 'auto' | 'declared' | 'assumed' = 'auto'): BackendWorld {
  const all = [...objects.values()]
  const grants = all.filter((o) => o.kind === 'ReferenceGrant' && isObj(o.spec)).map((o) => ({ namespace: o.metadata.namespace, spec: o.spec as ReferenceGrantSpec }))
  const anyService = all.some((o) => o.kind === 'Service')
  return { objects, grants, servicesDeclared: services === 'declared' || (services === 'auto' && anyService) }
}

/** ReferenceGrant check (SPEC-NOTES §10.4): a grant in the target namespace must name both ends. */
export function referencePermitted(world: BackendWorld, from: { kind: string; namespace: string }, to: { group: string; kind: string; namespace: string; name: string }): boolean {
  if (from.namespace === to.namespace) return true
  return world.grants.some(
    (g) =>
      g.namespace === to.namespace &&
      Array.isArray(g.spec.from) &&
      Array.isArray(g.spec.to) &&
      g.spec.from.some((f) => isObj(f) && f.group === GATEWAY_GROUP && f.kind === from.kind && f.namespace === from.namespace) &&
      g.spec.to.some((t) => isObj(t) && (t.group ?? '') === to.group && t.kind === to.kind && (t.name === undefined || t.name === '' || t.name === to.name)),
  )
}

/**
 * Resolves one backendRef (or mirror backendRef) written in `route`. Returns why it cannot carry
 * traffic, or undefined when it can. Order as SPEC-NOTES §10.5: kind, permission, existence.
 */
export function backendProblem(world: BackendWorld, route: RouteObject, ref: Json): { target: Omit<SimBackend, 'weight' | 'probability'>; problem?: string } {
  const group = str(ref.group) ?? ''
  const kind = str(ref.kind) ?? 'Service'
  const namespace = str(ref.namespace) ?? route.metadata.namespace
  const name = str(ref.name) ?? ''
  const port = typeof ref.port === 'number' ? ref.port : null
  const target = { kind, namespace, name, port }
  if (group !== '' || kind !== 'Service') return { target, problem: `InvalidKind: ${group ? `${group}/` : ''}${kind} is not a supported backend kind (only core Service)` }
  if (!referencePermitted(world, { kind: route.kind, namespace: route.metadata.namespace }, { group, kind, namespace, name })) {
    return { target, problem: `RefNotPermitted: no ReferenceGrant in namespace ${namespace} lets ${route.kind}s from ${route.metadata.namespace} reference Service ${name}` }
  }
  if (world.servicesDeclared && !world.objects.has(`Service/${namespace}/${name}`)) {
    return { target, problem: `BackendNotFound: Service ${namespace}/${name} is not declared` }
  }
  if (port === null) return { target, problem: 'port is required for a Service backend' }
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
 * with a share, else the valid backend with the largest share (the first on ties).
 */
export function chooseBackend(world: BackendWorld, route: RouteObject, refs: readonly unknown[], prefer?: string): WeightedChoice {
  const resolved = refs.filter(isObj).map((r) => {
    const { target, problem } = backendProblem(world, route, r)
    const w = typeof r.weight === 'number' && r.weight >= 0 ? r.weight : 1
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
  // Following an invalid backend on request shows what its share of the traffic sees (a 500).
  const preferred = prefer ? backends.findIndex((b) => b.probability > 0 && (b.name === prefer || `${b.namespace}/${b.name}` === prefer)) : -1
  if (preferred >= 0) return { backends, errorShare, chosen: preferred }
  const usable = backends.map((b, i) => ({ b, i })).filter(({ b }) => !b.invalid && b.probability > 0)
  if (usable.length === 0) return { backends, errorShare, chosen: -1, failure: 'no backend with a share of the traffic is valid' }
  let best = usable[0]!
  for (const u of usable) if (u.b.probability > best.b.probability) best = u
  return { backends, errorShare, chosen: best.i }
}
