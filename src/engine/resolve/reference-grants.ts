import { refOf, type ObjectRef, type ReferenceGrantObject } from '../../model'
import { list, str } from './read'

/**
 * Finds the ReferenceGrant that lets `from` (group, kind, namespace of the referrer) refer to
 * `to`. Grants live in the target's namespace; `from` and `to` entries are OR-ed and every field
 * compares exactly; a `to` without `name` covers every object of that kind (SPEC-NOTES §10.4).
 *
 * @example
 * findGrant(ctx.grantsIn('backends'), { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'web' },
 *   { group: '', kind: 'Service', namespace: 'backends', name: 'api' })
 */
export function findGrant(
  grants: readonly ReferenceGrantObject[],
  from: { group: string; kind: string; namespace: string },
  to: ObjectRef,
): ObjectRef | undefined {
  for (const g of grants) {
    const fromOk = list(g.spec.from).some((f) => (str(f.group) ?? '') === from.group && str(f.kind) === from.kind && str(f.namespace) === from.namespace)
    if (!fromOk) continue
    const toOk = list(g.spec.to).some((t) => (str(t.group) ?? '') === to.group && str(t.kind) === to.kind && (t.name === undefined || str(t.name) === to.name))
    if (toOk) return refOf(g)
  }
  return undefined
}

/**
 * The ReferenceGrant manifest that would permit the reference: the fix for RefNotPermitted.
 *
 * @example
 * grantManifest({ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'web' }, serviceRef).kind // 'ReferenceGrant'
 */
export function grantManifest(from: { group: string; kind: string; namespace: string }, to: ObjectRef): Record<string, unknown> {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
    kind: 'ReferenceGrant',
    metadata: { name: `allow-${from.kind.toLowerCase()}s-from-${from.namespace}`.slice(0, 63), namespace: to.namespace },
    spec: { from: [{ group: from.group, kind: from.kind, namespace: from.namespace }], to: [{ group: to.group, kind: to.kind, name: to.name }] },
  }
}
