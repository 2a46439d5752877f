/** Structural equality of plain values; map key order does not matter (YAML maps are unordered). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)
  }
  const arrayA = Array.isArray(a)
  if (arrayA !== Array.isArray(b)) return false
  if (arrayA) {
    const xa = a as unknown[]
    const xb = b as unknown[]
    if (xa.length !== xb.length) return false
    for (let i = 0; i < xa.length; i++) if (!sameValue(xa[i], xb[i])) return false
    return true
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  let count = 0
  for (const k in ra) {
    if (!(k in rb) || !sameValue(ra[k], rb[k])) return false
    count++
  }
  for (const _ in rb) count--
  return count === 0
}
