import type { ReferenceGrantObject } from '../../model'

export interface ReferenceFrom {
  group: string
  kind: string
  namespace: string
}

export interface ReferenceTo {
  group: string
  kind: string
  namespace: string
  name: string
}

/**
 * The ReferenceGrant in the target's namespace that lets `from` refer to `to` (SPEC-NOTES §8):
 * a `from` entry matching group, kind and namespace, and a `to` entry matching group and kind
 * whose name is absent (every object of that kind) or equal. Answers `ns/name`, or undefined.
 *
 * @example
 * findReferenceGrant(grants, { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop' },
 *   { group: '', kind: 'Service', namespace: 'payments', name: 'pay' }) // 'payments/allow-shop'
 */
export function findReferenceGrant(grants: readonly ReferenceGrantObject[], from: ReferenceFrom, to: ReferenceTo): string | undefined {
  for (const g of grants) {
    if (g.metadata.namespace !== to.namespace) continue
    const froms = Array.isArray(g.spec.from) ? g.spec.from : []
    const tos = Array.isArray(g.spec.to) ? g.spec.to : []
    const fromOk = froms.some((f) => (f.group ?? '') === from.group && f.kind === from.kind && f.namespace === from.namespace)
    const toOk = tos.some((t) => (t.group ?? '') === to.group && t.kind === to.kind && (t.name === undefined || t.name === '' || t.name === to.name))
    if (fromOk && toOk) return `${g.metadata.namespace}/${g.metadata.name}`
  }
  return undefined
}

