import { celList, celMap, type CelValue } from '@bufbuild/cel'
import { celName } from './cel'
import type { Schema } from './schema'

/**
 * The value a CEL rule sees for a decoded node, built once per node and shared by every rule that
 * reads it (`memo`): objects and lists as CEL maps and lists (so the evaluator does not re-wrap a
 * plain object on every field access), integer fields as 64-bit integers (BigInt; a double would
 * not compare equal to an integer literal), and property names escaped as Kubernetes does
 * (`namespace` is read as `__namespace__`).
 *
 * @example
 * toCelValue({ port: 80, namespace: 'a' }, parentRefSchema, new Map())   // map { port: 80n, __namespace__: 'a' }
 */
export function toCelValue(value: unknown, schema: Schema | undefined, memo: Map<object, CelValue>): CelValue {
  if (typeof value === 'number') return (schema?.type === 'integer' || schema?.intOrString) && Number.isInteger(value) ? BigInt(value) : value
  if (typeof value !== 'object' || value === null) return value as CelValue
  const known = memo.get(value)
  if (known !== undefined) return known
  let out: CelValue
  if (Array.isArray(value)) {
    out = celList(value.map((v) => toCelValue(v, schema?.items, memo)))
  } else {
    const entries = new Map<string, CelValue>()
    for (const [k, v] of Object.entries(value)) {
      const child = schema?.props?.get(k) ?? schema?.values
      entries.set(schema?.props ? celName(k) : k, toCelValue(v, child, memo))
    }
    out = celMap(entries)
  }
  memo.set(value, out)
  return out
}
