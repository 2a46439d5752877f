import type { AnalyzeOptions } from '../../model'
import type { ResolveContext } from '../resolve/context'
import type { Finding } from '../resolve/findings'
import { findBackendHints } from './find-backend-hints'
import { findGrantHints } from './find-grant-hints'
import { findMissingRedirects } from './find-missing-redirects'
import { findOpenListeners } from './find-open-listeners'
import { findRegexHints } from './find-regex-hints'
import { findShadowedRules } from './find-shadowed-rules'
import { hintContext, type HintContext, type HintInput } from './hint-context'

/**
 * The hints stage: best-practice findings (severity info or warning, codes in hint-codes.ts)
 * about an analysis resolve has finished, each tied to the field it is about and, where the fix
 * is obvious, carrying it as edit intents. Pure and deterministic: document order never changes
 * the answer. Runs after resolve because it reads attachment (bindings), resolved references
 * and the simulator's compiled precedence tables. `resolved` is resolve's own index of the
 * workspace, when the caller has it (built from the same objects).
 *
 * @example
 * const findings = findHints(analysis, { services: 'auto' })
 * findings.map((f) => f.code) // ['hint-no-https-redirect', 'hint-rule-shadowed']
 */
export function findHints(input: HintInput, options: AnalyzeOptions = {}, resolved?: ResolveContext): Finding[] {
  const hc = hintContext(input, options, resolved)
  const out: Finding[] = []
  for (const find of FINDERS) {
    try {
      out.push(...find(hc))
    } catch (e) {
      // A bug of ours must not cost the user the rest of the analysis; say so where it shows.
      const first = input.objects[0]
      if (first) out.push({ object: first, path: 'metadata.name', code: 'hint-internal-error', severity: 'info', message: `a best-practice check failed (${find.name}: ${(e as Error).message}); the other checks ran` })
    }
  }
  return out
}

const FINDERS: ((hc: HintContext) => Finding[])[] = [findRegexHints, findShadowedRules, findMissingRedirects, findGrantHints, findBackendHints, findOpenListeners]
