import type { SimRequest, TrafficBucket, TrafficSample } from '../../model'
import type { SimInput } from '../simulate/build-index'
import { simulate } from '../simulate/simulate'
import { seededRandom } from '../util/seeded-random'

/**
 * Sends `count` copies of a request: simulates it once per backend of the matched rule (to know
 * what each backend's share is answered, 200 or 500, or a backend filter's redirect), then draws
 * each request's backend by weight with a generator seeded by `seed`. Requests that reach no
 * backend (404, a redirect, every weight 0) land in one bucket named by their status.
 *
 * @example
 * const s = sampleTraffic(analysis, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, 1000, 7)
 * s.buckets.map((b) => `${b.label} ${b.reached}`) // ['shop/checkout-v1 897', 'shop/checkout-v2 103']
 */
export function sampleTraffic(analysis: SimInput, request: SimRequest, count: number, seed: number): TrafficSample {
  const n = Math.max(0, Math.floor(count))
  const first = simulate(analysis, request, { trace: 'summary' })
  const total = first.backends.reduce((s, b) => s + b.probability, 0)
  let buckets: TrafficBucket[]
  if (first.backends.length === 0 || total === 0) {
    buckets = [{ label: String(first.status), configured: 1, reached: n, status: first.status }]
  } else {
    buckets = first.backends.map((b, i) => {
      const target = { kind: b.kind, namespace: b.namespace, name: b.name, port: b.port }
      const status = b.invalid ? 500 : i === first.followed ? first.status : b.probability === 0 ? 200 : simulate(analysis, { ...request, backend: `${b.namespace}/${b.name}` }, { trace: 'summary' }).status
      const bucket: TrafficBucket = { label: `${b.namespace}/${b.name}`, backend: target, configured: b.probability, reached: 0, status }
      if (b.invalid) bucket.invalid = b.invalid
      return bucket
    })
    const next = seededRandom(seed)
    for (let k = 0; k < n; k++) buckets[pick(buckets, next())]!.reached++
  }
  const statuses: Record<number, number> = {}
  for (const b of buckets) if (b.reached > 0) statuses[b.status] = (statuses[b.status] ?? 0) + b.reached
  return { count: n, seed, buckets, statuses }
}

/** The bucket a uniform draw `u` in [0, 1) falls into, by configured share (the last one with a share on rounding). */
function pick(buckets: readonly TrafficBucket[], u: number): number {
  let acc = 0
  let last = 0
  for (let i = 0; i < buckets.length; i++) {
    const share = buckets[i]!.configured
    if (share <= 0) continue
    last = i
    acc += share
    if (u < acc) return i
  }
  return last
}
