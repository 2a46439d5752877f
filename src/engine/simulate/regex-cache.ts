import { RE2JS } from 're2js'

/**
 * User regular expressions, compiled once with re2js and shared by every index build. RE2 runs
 * in time linear in the input, so a pattern like `(a+)+$` cannot hang the page; Envoy-based
 * gateways use the same dialect (`safe_regex`) with full-match semantics, so we do too.
 */
export interface CompiledRegex {
  pattern: string
  /** Null when re2js rejects the pattern; such a matcher never matches. */
  re: RE2JS | null
  error?: string
}

const cache = new Map<string, CompiledRegex>()
/** Compiling costs ~150 µs; a bounded cache keeps long editing sessions from growing forever. */
const MAX_CACHED = 20_000

/**
 * Returns the compiled pattern, compiling it at most once per process.
 *
 * @example
 * compileRegex('/v[0-9]+/.*').re?.matches('/v2/x') // true
 */
export function compileRegex(pattern: string): CompiledRegex {
  const hit = cache.get(pattern)
  if (hit) return hit
  let compiled: CompiledRegex
  try {
    compiled = { pattern, re: RE2JS.compile(pattern) }
  } catch (e) {
    compiled = { pattern, re: null, error: (e as Error).message }
  }
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(pattern, compiled)
  return compiled
}

/** Full match, as Envoy's `safe_regex` does. An invalid pattern matches nothing. */
export function regexMatches(c: CompiledRegex, input: string): boolean {
  return c.re !== null && c.re.matches(input)
}

/** How many patterns are cached: lets tests and benchmarks see that a rebuild compiles nothing. */
export function regexCacheSize(): number {
  return cache.size
}

const META = new Set(['\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$'])
const OPTIONAL = new Set(['*', '?', '{'])

/**
 * The literal text every full match of `pattern` must start with, used to bucket regex
 * candidates so a path is tested only against patterns that could match it. Conservative:
 * returns '' whenever the pattern could start differently (a top-level `|`, a flag group, ...).
 *
 * @example
 * literalPrefix('^/svc12/items/[0-9]+$') // '/svc12/items/'
 */
export function literalPrefix(pattern: string): string {
  if (pattern.includes('|')) {
    // An alternation at any depth could sit at the top level; stay exact rather than clever.
    return ''
  }
  let i = pattern.startsWith('^') ? 1 : 0
  let out = ''
  for (; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (META.has(ch)) {
      // `ab*` may match `a`: the last literal is optional when a `*`, `?` or `{n,m}` follows it.
      if (OPTIONAL.has(ch)) out = out.slice(0, -1)
      return out
    }
    out += ch
  }
  return out
}
