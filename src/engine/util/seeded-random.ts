/**
 * mulberry32: a small, fast generator that gives the same sequence for a seed on every machine,
 * so a seeded run (benchmarks, "Send 1,000" in the tester) is reproducible.
 *
 * @example
 * const next = seededRandom(42)
 * next() // 0.6011037519201636, always
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
