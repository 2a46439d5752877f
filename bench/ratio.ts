/**
 * Ratio timing for a shared, noisy machine (notes/performance.md §1): the candidate and its baseline
 * run in the same process, in rounds; inside a round they take turns in rotated order, each sample
 * repeats its work until it has run long enough to time; the result is the median of the per-round
 * ratios. Absolute times are reported for humans only.
 */
export interface RatioResult {
  ratio: number
  /** Median milliseconds per single run. */
  candidateMs: number
  baselineMs: number
  rounds: number
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Runs `fn` `reps` times, each after an untimed `setup`; returns ms per run. */
function sample(fn: () => void, reps: number, setup?: () => void): number {
  let total = 0
  for (let i = 0; i < reps; i++) {
    setup?.()
    const t0 = performance.now()
    fn()
    total += performance.now() - t0
  }
  return total / reps
}

/** How many runs (doubling) make a sample last at least `minMs`. */
function calibrate(fn: () => void, minMs: number, setup?: () => void): number {
  let reps = 1
  while (sample(fn, reps, setup) * reps < minMs && reps < 1 << 16) reps *= 2
  return reps
}

/**
 * @example
 * const r = measureRatio(() => parseAll(text), () => parseAllDocuments(text), { rounds: 7 })
 * console.log(r.ratio.toFixed(2))
 */
export function measureRatio(
  candidate: () => void,
  baseline: () => void,
  /** `setup` runs, untimed, before every candidate run (e.g. to restore a cache). */
  opts: { rounds?: number; minMs?: number; warmMs?: number; setup?: () => void } = {},
): RatioResult {
  const rounds = opts.rounds ?? 7
  const minMs = opts.minMs ?? 100
  // Warm up both (JIT, caches) for the same number of runs, at least `warmMs` in all: a short
  // input would otherwise be timed while its code is still being compiled, early in the process.
  const warmUntil = performance.now() + (opts.warmMs ?? 500)
  for (let i = 0; i < 2 || performance.now() < warmUntil; i++) {
    opts.setup?.()
    candidate()
    baseline()
  }
  const repsC = calibrate(candidate, minMs, opts.setup)
  const repsB = calibrate(baseline, minMs)
  const ratios: number[] = []
  const cs: number[] = []
  const bs: number[] = []
  for (let r = 0; r < rounds; r++) {
    let c = 0
    let b = 0
    const runC = () => (c = sample(candidate, repsC, opts.setup))
    const runB = () => (b = sample(baseline, repsB))
    if (r % 2 === 0) {
      runC()
      runB()
    } else {
      runB()
      runC()
    }
    ratios.push(c / b)
    cs.push(c)
    bs.push(b)
  }
  return { ratio: median(ratios), candidateMs: median(cs), baselineMs: median(bs), rounds }
}
