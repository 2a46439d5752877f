/**
 * Recognises regular expressions that say no more than a literal, under the full-match semantics
 * RouteLab (and Envoy's `safe_regex`) gives them: `^` and `$` at the ends are then redundant, so
 * `^/health$` matches exactly `/health`, and `^/api(/.*)?$` matches exactly what PathPrefix `/api`
 * matches. Anything else (a class, a repeat, a flag, an alternation) is left alone.
 */

const META = new Set(['\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$'])
const WORD = /^[A-Za-z0-9]$/

/**
 * The text a pattern matches when it is a plain literal: no metacharacters except escaped
 * punctuation (`\.` is a dot). `\d`, `\Q`, `\x41` and the like are classes or escapes RE2 reads
 * specially, so they are not literals here.
 *
 * @example
 * literalOf('/v1\\.json') // '/v1.json'
 * literalOf('/v1.json') // undefined (the dot matches any character)
 */
export function literalOf(body: string): string | undefined {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (ch === '\\') {
      const next = body[i + 1]
      if (next === undefined || WORD.test(next)) return undefined
      out += next
      i++
    } else if (META.has(ch)) return undefined
    else out += ch
  }
  return out
}

/** Strips one leading `^` and one unescaped trailing `$`: both are no-ops under full match. */
function stripAnchors(pattern: string): string {
  let body = pattern.startsWith('^') ? pattern.slice(1) : pattern
  if (body.endsWith('$')) {
    let slashes = 0
    for (let i = body.length - 2; i >= 0 && body[i] === '\\'; i--) slashes++
    if (slashes % 2 === 0) body = body.slice(0, -1)
  }
  return body
}

/** Suffixes that turn a literal path into "this path or anything below it". */
const SUBTREE = ['(/.*)?', '(?:/.*)?']

export type Simplified = { type: 'Exact'; value: string } | { type: 'PathPrefix'; value: string }

/**
 * What a path regex can be written as instead, or undefined. Only exact equivalences: the
 * result matches every path the regex matches and no other (request paths start with `/`).
 *
 * @example
 * simplifyPathRegex('^/health$') // { type: 'Exact', value: '/health' }
 * simplifyPathRegex('^/api(/.*)?$') // { type: 'PathPrefix', value: '/api' }
 * simplifyPathRegex('/api/.*') // undefined: it does not match /api itself
 */
export function simplifyPathRegex(pattern: string): Simplified | undefined {
  const body = stripAnchors(pattern)
  if (body === '.*' || body === '/.*') return { type: 'PathPrefix', value: '/' }
  const exact = literalOf(body)
  if (exact !== undefined) return validPathValue(exact) ? { type: 'Exact', value: exact } : undefined
  for (const suffix of SUBTREE) {
    if (!body.endsWith(suffix)) continue
    const lit = literalOf(body.slice(0, -suffix.length))
    if (lit === undefined) return undefined
    if (lit === '') return { type: 'PathPrefix', value: '/' }
    // `/a/(/.*)?` matches `/a/` and `/a//x` but not `/a`: no PathPrefix says that.
    if (lit.endsWith('/')) return undefined
    return validPathValue(lit) ? { type: 'PathPrefix', value: lit } : undefined
  }
  return undefined
}

/**
 * The literal a header, query or gRPC regex stands for, when it is one (and non-empty, as an
 * Exact value must be).
 *
 * @example
 * simplifyValueRegex('^canary$') // 'canary'
 */
export function simplifyValueRegex(pattern: string): string | undefined {
  const lit = literalOf(stripAnchors(pattern))
  return lit ? lit : undefined
}

// The CRD's CEL rules for Exact and PathPrefix values (SPEC-NOTES §8.2): a rewrite that the API
// server would reject is no fix.
const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/
const PATH_FORBIDDEN = ['//', '/./', '/../', '%2f', '%2F', '#']

function validPathValue(v: string): boolean {
  return v.startsWith('/') && PATH_CHARS.test(v) && !PATH_FORBIDDEN.some((s) => v.includes(s)) && !v.endsWith('/..') && !v.endsWith('/.')
}
