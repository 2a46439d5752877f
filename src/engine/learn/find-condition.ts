import type { Condition, ConditionTarget, Explanation, GatewayLikeStatus, ObjectStatus, StatusReport } from '../../model'

/** A condition found in the status report, with the explanation written beside it. */
export interface FoundCondition {
  condition: Condition
  explanation?: Explanation
}

type AnyStatus = ObjectStatus<unknown>

function objectsOf(report: StatusReport, kind: string): readonly AnyStatus[] {
  if (kind === 'Gateway') return report.gateways
  if (kind === 'ListenerSet') return report.listenerSets
  return report.routes
}

/**
 * Looks one condition up in a status report: an object's own condition, a listener's, or a
 * route parent's (by its index in `status.parents`). Undefined when the object, the slot or the
 * condition type is not there.
 *
 * @example
 * findCondition(analysis.status, { kind: 'HTTPRoute', namespace: 'team-a', name: 'store', at: { parent: 0 }, type: 'Accepted' })
 * // { condition: { type: 'Accepted', status: 'False', reason: 'NotAllowedByListeners', ... }, explanation: {...} }
 */
export function findCondition(report: StatusReport, target: ConditionTarget): FoundCondition | undefined {
  const obj = objectsOf(report, target.kind).find((o) => o.kind === target.kind && o.namespace === target.namespace && o.name === target.name)
  if (!obj) return undefined
  let conditions: readonly Condition[] | undefined
  let key: string
  if (target.at && 'parent' in target.at) {
    conditions = (obj.status as { parents?: { conditions: Condition[] }[] }).parents?.[target.at.parent]?.conditions
    key = `parent/${target.at.parent}/${target.type}`
  } else if (target.at && 'listener' in target.at) {
    const name = target.at.listener
    conditions = (obj.status as Partial<GatewayLikeStatus>).listeners?.find((l) => l.name === name)?.conditions
    key = `listener/${name}/${target.type}`
  } else {
    conditions = (obj.status as { conditions?: Condition[] }).conditions
    key = target.type
  }
  const condition = conditions?.find((c) => c.type === target.type)
  if (!condition) return undefined
  const explanation = obj.explanations?.[key]
  return explanation ? { condition, explanation } : { condition }
}
