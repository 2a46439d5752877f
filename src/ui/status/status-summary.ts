import type { Analysis, Problem, StatusReport } from '../../model'

/** How many routes every parent accepts (a route with no parent entry is not accepted). */
export function routeAcceptance(status: StatusReport): { accepted: number; total: number } {
  const accepted = status.routes.filter((r) => r.status.parents.length > 0 && r.status.parents.every((p) => p.conditions.some((c) => c.type === 'Accepted' && c.status === 'True'))).length
  return { accepted, total: status.routes.length }
}

export function problemCounts(problems: readonly Problem[]): Record<Problem['severity'], number> {
  const out = { error: 0, warning: 0, info: 0 }
  for (const p of problems) out[p.severity]++
  return out
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The header's one line on the workspace: "2 errors · 1 warning · 5/6 routes accepted".
 *
 * @example
 * headerCounts(analysis) // '9 objects · 0 errors · 0 warnings · 2/2 routes accepted'
 */
export function headerCounts(a: Pick<Analysis, 'objects' | 'problems' | 'status'>): string {
  const c = problemCounts(a.problems)
  const r = routeAcceptance(a.status)
  return `${plural(a.objects.length, 'object')} · ${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${r.accepted}/${r.total} route${r.total === 1 ? '' : 's'} accepted`
}
