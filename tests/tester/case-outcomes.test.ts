import { describe, expect, it } from 'vitest'
import { analyze, runRouteTests } from '../../src/engine'
import { starterExample } from '../../src/examples'
import { diffWords } from '../../src/ui/tester/case-outcomes'

describe('diffWords', () => {
  it('says what a failing case expected and what it got now, in words', () => {
    // The starter's checkout route moved from /cart to /basket: the saved /cart request now misses.
    const text = starterExample.files[0]!.text.replace('value: /cart', 'value: /basket')
    const [outcome] = runRouteTests(analyze({ files: [{ name: 'workspace.yaml', text }] }), [
      { request: { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' }, expect: { status: 200, route: 'shop/checkout', backends: [{ name: 'checkout-v1', weight: 90 }, { name: 'checkout-v2', weight: 10 }] } },
    ])
    expect(outcome!.diffs.map(diffWords)).toEqual(['status: expected 200, now 404', 'route: expected shop/checkout, now none', 'backends: expected checkout-v1 90, checkout-v2 10, now none'])
  })
})
