import { stringify, type Scalar } from 'yaml'
import type { IndentStyle } from './text-layout'

/**
 * Prints new values the way the surrounding document would have them: the document's indent unit
 * and list style, no line folding, and every line after the first shifted to the column the value
 * starts in (the caller's text supplies the first line's indentation).
 */

const options = (style: IndentStyle, extra: Record<string, unknown> = {}) => ({
  indent: style.unit,
  indentSeq: style.indentSeq,
  lineWidth: 0,
  minContentWidth: 0,
  ...extra,
})

/** Shifts every line but the first right by `column` spaces; blank lines stay empty. */
export function shiftLines(s: string, column: number): string {
  if (column === 0) return s
  const pad = ' '.repeat(column)
  return s
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n')
}

const trimNewline = (s: string) => s.replace(/\n+$/, '')

/**
 * A value after `key:`, including the separator: ` 5`, ` "a"`, ` {}` or a block starting on the
 * next line, for a key that sits in `keyColumn`.
 */
export function renderPairValue(value: unknown, keyColumn: number, style: IndentStyle): string {
  const printed = trimNewline(stringify({ k: value }, options(style)))
  return shiftLines(printed.slice(2), keyColumn)
}

/** A whole `key: value` entry for a key that sits in `keyColumn`. */
export function renderPair(key: string, value: unknown, keyColumn: number, style: IndentStyle): string {
  return shiftLines(trimNewline(stringify({ [key]: value }, options(style))), keyColumn)
}

/** A list item's value, without its `- `, for an item whose dash sits in `dashColumn`. */
export function renderItemValue(value: unknown, dashColumn: number, style: IndentStyle): string {
  const printed = trimNewline(stringify([value], options(style)))
  return shiftLines(printed.slice(2), dashColumn)
}

/**
 * A scalar that replaces another in place, keeping its quoting where the new value allows it.
 * `column` is where the owning key or dash sits (block scalars indent from there).
 */
export function renderScalar(value: unknown, oldType: Scalar.Type | undefined, column: number, style: IndentStyle, inFlow: boolean): string {
  let type: Scalar.Type = 'PLAIN'
  if (typeof value === 'string') {
    if (oldType === 'QUOTE_DOUBLE' || oldType === 'QUOTE_SINGLE') type = oldType
    else if ((oldType === 'BLOCK_LITERAL' || oldType === 'BLOCK_FOLDED') && value.includes('\n')) type = oldType
    if (inFlow && value.includes('\n')) type = 'QUOTE_DOUBLE'
  }
  const printed = trimNewline(stringify(value, options(style, { defaultStringType: type, defaultKeyType: 'PLAIN' })))
  return shiftLines(printed, column)
}

/** A whole document, for `addObject`. */
export function renderDocument(value: unknown, style: IndentStyle): string {
  return stringify(value, options(style))
}
