import type { Schema } from './schema'

const SCALAR_KEYS = ['enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum'] as const

/** Precomputes the lookups the walkers need, once per schema node. */
export function prepare(s: Schema): void {
  if (s.props) {
    const defaulted = [...s.props].filter(([, c]) => c.default !== undefined)
    if (defaulted.length > 0) s.defaulted = defaulted
  }
  if (SCALAR_KEYS.some((k) => s[k] !== undefined)) s.scalarChecks = true
}
