import type { Schema } from '../validate/schema'

/**
 * Fills in schema defaults where a key is absent, the way the API server does before validation:
 * only inside objects that exist, never replacing a value (an explicit `[]` stays empty), and
 * recursively into the defaults themselves, whose own absent fields may carry defaults.
 *
 * @example
 * const match = {}
 * applyDefaults(match, httpRouteMatchSchema)   // match.path is now { type: 'PathPrefix', value: '/' }
 */
export function applyDefaults(obj: Record<string, unknown>, schema: Schema): void {
  if (!schema.defaulted) return
  for (const [key, child] of schema.defaulted) {
    if (obj[key] === undefined) obj[key] = defaultedCopy(child.default, child)
  }
}

/** A fresh copy of a default value, with the defaults of its own schema applied inside it. */
function defaultedCopy(value: unknown, schema: Schema): unknown {
  if (Array.isArray(value)) return value.map((v) => defaultedCopy(v, schema.items ?? {}))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = defaultedCopy(v, schema.props?.get(k) ?? schema.values ?? {})
  applyDefaults(out, schema)
  return out
}
