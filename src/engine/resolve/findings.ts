import type { ManifestObject, Severity, SuggestedFix } from '../../model'

/**
 * A status outcome worth telling the user about, tied to the field it comes from. Turned into a
 * Problem (with file, line and column) by `toProblems` once line indexes are at hand.
 */
export interface Finding {
  object: ManifestObject
  /** Field path in the object (`spec.parentRefs[0]`); the problem points at that field. */
  path: string
  code: string
  severity: Severity
  message: string
  fixes?: SuggestedFix[]
}

/**
 * A reason as a problem-code fragment.
 *
 * @example
 * kebab('NotAllowedByListeners') // 'not-allowed-by-listeners'
 */
export const kebab = (reason: string) => reason.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()
