import type { ProblemCode } from '../problem-codes'
import { isFormatIPv4, isFormatIPv6 } from './ip'
import { re2Find } from './regex'
import type { Schema } from './schema'

export interface ScalarFinding {
  code: ProblemCode
  message: string
  /** After an error of this kind the API server runs no CEL rule on the object. */
  blocksCel?: boolean
}

const quote = (v: unknown): string => JSON.stringify(v)

/** The API server's words for an enum violation, with a hint when only the other channel has it. */
function enumFinding(v: string | number, s: Schema): ScalarFinding {
  const supported = (s.enum ?? []).map((e) => quote(String(e))).join(', ')
  const hint = typeof v === 'string' && s.experimentalEnum?.includes(v) ? ` (${quote(v)} exists only in the experimental channel)` : ''
  return { code: 'schema-enum', message: `Unsupported value: ${quote(v)}: supported values: ${supported}${hint}`, blocksCel: true }
}

/** The characters of `v` as OpenAPI counts them (code points, not UTF-16 units), without spreading it into an array. */
export function codePoints(v: string): number {
  let n = v.length
  for (let i = 0; i < v.length - 1; i++) {
    const c = v.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff) continue
    const d = v.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) {
      n--
      i++
    }
  }
  return n
}

/**
 * Checks a string or number against its schema's constraints, with kube-openapi's wording.
 *
 * @example
 * checkScalar('x'.repeat(300), { type: 'string', maxLength: 253 })   // [{ code: 'schema-max-length', … }]
 */
export function checkScalar(v: string | number | boolean, s: Schema): ScalarFinding[] {
  const out: ScalarFinding[] = []
  if (typeof v === 'boolean') return out
  if (s.enum && !s.enum.includes(v)) out.push(enumFinding(v, s))
  if (typeof v === 'string') {
    const length = s.maxLength !== undefined || s.minLength !== undefined ? codePoints(v) : 0
    if (s.maxLength !== undefined && length > s.maxLength) out.push({ code: 'schema-max-length', message: `Too long: may not be more than ${s.maxLength} bytes`, blocksCel: true })
    if (s.minLength !== undefined && length < s.minLength) out.push({ code: 'schema-min-length', message: `should be at least ${s.minLength} chars long` })
    if (s.pattern !== undefined) {
      const ok = re2Find(s.pattern, v)
      if (ok === false) {
        out.push(s.patternMessage ? { code: 'metadata-invalid', message: `Invalid value: ${quote(v)}: ${s.patternMessage}` } : { code: 'schema-pattern', message: `should match '${s.pattern}'` })
      } else if (ok && s.patternLoose && re2Find(`^(?:${s.pattern})$`, v) === false) {
        out.push({ code: 'loophole-pattern-anchor', message: `${quote(v)} passes the CRD pattern only because '${s.pattern}' anchors just its first alternative; it is probably a typo` })
      }
    }
    if (s.format === 'ipv4' && !isFormatIPv4(v)) out.push({ code: 'schema-format', message: `must be of type ipv4: ${quote(v)}`, blocksCel: true })
    if (s.format === 'ipv6' && !isFormatIPv6(v)) out.push({ code: 'schema-format', message: `must be of type ipv6: ${quote(v)}`, blocksCel: true })
  } else {
    if (s.minimum !== undefined && v < s.minimum) out.push({ code: 'schema-minimum', message: `should be greater than or equal to ${s.minimum}` })
    if (s.maximum !== undefined && v > s.maximum) out.push({ code: 'schema-maximum', message: `should be less than or equal to ${s.maximum}` })
  }
  return out
}
