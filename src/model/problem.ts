import type { SuggestedFix } from './edit'
import type { ObjectRef } from './objects'

export type Severity = 'error' | 'warning' | 'info'

/**
 * One finding about the user's text. The shape every adapter reads: Monaco markers, graph badges,
 * the problems panel and the CLI's `file:line:col` lines. Tests assert on `code`, never on prose.
 */
export interface Problem {
  /** Stable identifier, e.g. `yaml-syntax`, `schema-required`, `cel-rule`, `duplicate-object`. */
  code: string
  severity: Severity
  message: string
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The object the problem belongs to, when there is one. */
  object?: ObjectRef
  /** Field path as the API server prints it, e.g. `spec.rules[0].matches[1].path.value`. */
  path?: string
  /** Further positions that belong to the same problem (e.g. the other copy of a duplicate). */
  related?: { file: string; line: number; column: number; message: string }[]
  /** Edits that would fix it, when the fix is obvious. */
  fixes?: SuggestedFix[]
}
