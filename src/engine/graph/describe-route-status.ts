import type { Condition, GraphBadge, RouteParentStatus } from '../../model'

/** A parentRef that got no status entry, with why (a `route-parent-*` finding's message). */
export interface SkippedParent {
  code: string
  message: string
}

const conditionOf = (p: RouteParentStatus, type: string): Condition | undefined => p.conditions.find((c) => c.type === type)
const parentName = (p: RouteParentStatus) => `${p.parentRef.kind} ${p.parentRef.namespace}/${p.parentRef.name}${p.parentRef.sectionName ? ` (${p.parentRef.sectionName})` : ''}`

/**
 * A route's status as badges, readable at a glance: whether its parents accepted it, whether its
 * references resolve, and whether rules were dropped. Each badge's title carries the conditions
 * in full (type, status, reason, message), per parent, for hover and screen readers.
 *
 * @example
 * routeBadges(status.routes[0].status.parents, [], 1)
 * // [{ label: 'Accepted', tone: 'ok', title: 'Accepted: True ...' }, { label: 'ResolvedRefs', tone: 'ok', ... }]
 */
export function routeBadges(parents: readonly RouteParentStatus[], skipped: readonly SkippedParent[], parentRefCount: number): GraphBadge[] {
  if (parents.length === 0) {
    if (parentRefCount === 0) return [{ label: 'No parent', tone: 'neutral', title: 'Not attached: the route has no parentRefs, so no Gateway serves it.' }]
    return [{ label: 'Not attached', tone: 'warn', title: skipped.map((s) => s.message).join('\n') || 'No parentRef names a Gateway or ListenerSet that is declared.' }]
  }
  const accepted = parents.filter((p) => conditionOf(p, 'Accepted')?.status === 'True').length
  const acceptedLines = parents.map((p) => line(parentName(p), conditionOf(p, 'Accepted')))
  const badges: GraphBadge[] = [
    accepted === parents.length
      ? { label: 'Accepted', tone: 'ok', title: acceptedLines.join('\n') }
      : accepted === 0
        ? { label: 'Not accepted', tone: 'error', title: acceptedLines.join('\n') }
        : { label: `Accepted ${accepted}/${parents.length}`, tone: 'warn', title: acceptedLines.join('\n') },
  ]
  // ResolvedRefs does not depend on the parent: every entry carries the same condition.
  const refs = conditionOf(parents[0]!, 'ResolvedRefs')
  if (refs) badges.push(refs.status === 'True' ? { label: 'ResolvedRefs', tone: 'ok', title: line('', refs) } : { label: refs.reason, tone: 'error', title: line('', refs) })
  const partial = parents.map((p) => conditionOf(p, 'PartiallyInvalid')).find((c) => c?.status === 'True')
  if (partial) badges.push({ label: 'Partial', tone: 'warn', title: line('', partial) })
  if (skipped.length) badges[0]!.title += `\n${skipped.map((s) => s.message).join('\n')}`
  return badges
}

/** `Gateway shop/edge: Accepted=False (NotAllowedByListeners): listener http ...`. */
function line(parent: string, c: Condition | undefined): string {
  if (!c) return `${parent}: no condition`
  return `${parent ? `${parent}: ` : ''}${c.type}=${c.status} (${c.reason}): ${c.message}`
}
