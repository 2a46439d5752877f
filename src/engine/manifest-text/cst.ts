import { CST, Parser } from 'yaml'

/**
 * Small helpers over the `yaml` package's concrete syntax tree (CST). The CST keeps every source
 * character (comments, spacing, quoting), so edits made on it leave the rest of the text exactly
 * as written: `CST.stringify` of an untouched token returns its source unchanged.
 */
export type CstToken = CST.Token
export type CstCollection = CST.BlockMap | CST.FlowCollection
export type CstItem = CST.CollectionItem

/** Parses one text into CST tokens (documents, and comments outside them). */
export function parseCst(text: string): CstToken[] {
  return [...new Parser().parse(text)]
}

export function firstDocument(tokens: readonly CstToken[]): CST.Document | undefined {
  return tokens.find((t): t is CST.Document => t.type === 'document')
}

export function stringifyTokens(tokens: readonly CstToken[]): string {
  return tokens.map((t) => CST.stringify(t)).join('')
}

/** The plain value of a scalar token, or undefined for anything else. */
export function scalarValue(token: CstToken | null | undefined): string | undefined {
  if (!token || !CST.isScalar(token)) return undefined
  return CST.resolveAsScalar(token)?.value
}

/** A mapping (block or flow `{}`), or undefined. */
export function asMap(token: CstToken | null | undefined): CstCollection | undefined {
  if (!token) return undefined
  if (token.type === 'block-map') return token
  if (token.type === 'flow-collection' && token.start.source === '{') return token
  return undefined
}

/** A sequence (block or flow `[]`), or undefined. */
export function asSeq(token: CstToken | null | undefined): CST.BlockSequence | CST.FlowCollection | undefined {
  if (!token) return undefined
  if (token.type === 'block-seq') return token
  if (token.type === 'flow-collection' && token.start.source === '[') return token
  return undefined
}

export function getItem(map: CstCollection | undefined, key: string): CstItem | undefined {
  return map?.items.find((i) => scalarValue(i.key) === key)
}

export function getValue(map: CstCollection | undefined, key: string): CstToken | undefined {
  return getItem(map, key)?.value
}

const isSpace = (t: CST.SourceToken) => t.type === 'space' || t.type === 'newline'

/**
 * Removes the pairs whose key matches from a mapping, keeping the text of every other pair
 * exactly. The first pair of a block map carries no indentation of its own (its parent holds it),
 * and in a flow map every pair but the first starts with its comma; both are mended so the result
 * is the same YAML with those keys gone. Returns how many pairs were removed.
 */
export function removeKeys(map: CstCollection, remove: (key: string, item: CstItem) => boolean): number {
  let removed = 0
  for (let i = 0; i < map.items.length; ) {
    const item = map.items[i]!
    const key = scalarValue(item.key)
    if (key === undefined || !remove(key, item)) {
      i++
      continue
    }
    map.items.splice(i, 1)
    removed++
    const next = map.items[i]
    if (i === 0 && next) {
      // The next pair becomes the first: it inherits the removed pair's lead-in (indentation is
      // held by the parent; a flow map's first pair has no comma).
      let rest = next.start
      if (map.type === 'flow-collection') {
        const comma = rest.findIndex((t) => t.type === 'comma')
        if (comma >= 0) rest = rest.slice(comma + 1)
        while (rest[0] && isSpace(rest[0])) rest = rest.slice(1)
      } else if (rest[0]?.type === 'space') {
        rest = rest.slice(1)
      }
      next.start = [...item.start, ...rest]
    }
  }
  return removed
}
