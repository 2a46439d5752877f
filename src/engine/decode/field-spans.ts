import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml'
import type { Span } from '../../model'

/**
 * Records the span of every field value under `node`, keyed by the API server's path syntax
 * (`spec.rules[0].matches[1].path.value`). `offset` shifts document-relative ranges into the file.
 * Map keys get their own entry with a `#key` suffix so "unknown field" problems can point at the key.
 */
export function collectFieldSpans(node: Node | null | undefined, offset: number, path = '', out: Record<string, Span> = {}): Record<string, Span> {
  if (!node || isAlias(node)) {
    if (node?.range) out[path] = [offset + node.range[0], offset + node.range[1]]
    return out
  }
  if (node.range) out[path] = [offset + node.range[0], offset + node.range[1]]
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null
      if (key === null) continue
      const child = path ? `${path}.${key}` : key
      const k = pair.key as Node
      if (k.range) out[`${child}#key`] = [offset + k.range[0], offset + k.range[1]]
      const value = pair.value as Node | null
      if (value) collectFieldSpans(value, offset, child, out)
      else if (k.range) out[child] = [offset + k.range[0], offset + k.range[1]]
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectFieldSpans(item as Node, offset, `${path}[${i}]`, out))
  }
  return out
}
