import type { LabelSelector } from '../../model'
import { isObj, list, str } from './read'

/**
 * Kubernetes label selector semantics: every `matchLabels` pair AND every `matchExpressions`
 * requirement (`In`, `NotIn`, `Exists`, `DoesNotExist`). An empty selector matches everything;
 * an unknown operator matches nothing (the API server would have rejected it).
 *
 * @example
 * matchesSelector({ team: 'a' }, { matchLabels: { team: 'a' } }) // true
 * matchesSelector({ team: 'a' }, { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['a'] }] }) // false
 */
export function matchesSelector(labels: Record<string, string>, selector: LabelSelector): boolean {
  const ml = isObj(selector.matchLabels) ? selector.matchLabels : {}
  for (const [k, v] of Object.entries(ml)) if (labels[k] !== v) return false
  for (const req of list(selector.matchExpressions)) {
    const key = str(req.key) ?? ''
    const values = Array.isArray(req.values) ? req.values.filter((x): x is string => typeof x === 'string') : []
    const has = Object.prototype.hasOwnProperty.call(labels, key)
    switch (req.operator) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false
        break
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false
        break
      case 'Exists':
        if (!has) return false
        break
      case 'DoesNotExist':
        if (has) return false
        break
      default:
        return false
    }
  }
  return true
}

/**
 * A selector in words, for messages.
 *
 * @example
 * describeSelector({ matchLabels: { team: 'a' } }) // 'team=a'
 */
export function describeSelector(selector: LabelSelector): string {
  const parts = Object.entries(isObj(selector.matchLabels) ? selector.matchLabels : {}).map(([k, v]) => `${k}=${String(v)}`)
  for (const r of list(selector.matchExpressions)) {
    const values = Array.isArray(r.values) ? ` (${r.values.join(', ')})` : ''
    parts.push(`${str(r.key) ?? '?'} ${str(r.operator) ?? '?'}${values}`)
  }
  return parts.length ? parts.join(', ') : 'everything'
}
