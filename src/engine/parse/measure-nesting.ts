/**
 * A quick upper bound on how deeply a YAML text nests, computed without parsing. The YAML parser
 * recurses once per level; thousands of levels exhaust the stack, and in some engines that stops the
 * whole worker instead of throwing. Texts nested deeper than any manifest needs are refused before
 * they reach the parser.
 */
export const MAX_NESTING = 256

const SPACE = 32
const isOpenQuoteContext = (c: number | undefined) => c === undefined || c === SPACE || c === 9 || c === 10 || c === 91 || c === 123 || c === 44 || c === 58

/**
 * True when flow brackets (`[`, `{`), indentation or compact `- - -` sequences nest deeper than
 * `limit` levels. Quoted scalars and comments are skipped, so brackets inside them do not count.
 *
 * @example
 * nestsDeeperThan('a: [[[1]]]', 256)   // false
 */
export function nestsDeeperThan(text: string, limit = MAX_NESTING): boolean {
  let flow = 0
  const indents: number[] = []
  let lineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      lineStart = true
      indent = 0
      continue
    }
    if (lineStart) {
      if (c === SPACE) {
        indent++
        continue
      }
      if (c === 45 && text.charCodeAt(i + 1) === SPACE) {
        // "- " opens a sequence level, and so does each further "- " on the same line.
        indent += 2
        i++
        while (indents.length > 0 && indents[indents.length - 1]! >= indent - 1) indents.pop()
        indents.push(indent - 1)
        if (indents.length > limit) return true
        continue
      }
      lineStart = false
      if (c !== 35 && c !== 13) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop()
        indents.push(indent)
        if (indents.length > limit) return true
      }
    }
    if (c === 91 || c === 123) {
      if (++flow > limit) return true
    } else if (c === 93 || c === 125) {
      if (flow > 0) flow--
    } else if ((c === 34 || c === 39) && isOpenQuoteContext(text.charCodeAt(i - 1))) {
      // Skip a quoted scalar ("..." with \ escapes, '...' with '' escapes).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (c === 34 && d === 92) i++
        else if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++
          else break
        }
      }
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === 9)) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++
    }
  }
  return false
}
