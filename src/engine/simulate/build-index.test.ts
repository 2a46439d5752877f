import { describe, expect, it } from 'vitest'
import { fullTable, tableOf } from '../../../bench/gen-match-tables'
import type { HTTPRouteObject } from '../../model'
import { buildIndex, listenerKey } from './build-index'
import { hostIndexGet } from './host-index'
import { normalizeRequest } from './normalize-request'
import { matchHttp } from './simulate-http'

describe('incremental index rebuild', () => {
  it('after a one-route edit, reuses every table the route does not touch and sees the edit', () => {
    const t = fullTable(300)
    const routes = t.input.objects as HTTPRouteObject[]
    const key = listenerKey(t.input.listeners[0]!.owner, 'http')
    const before = buildIndex(t.input)
    const target = routes.findIndex((r) => (r.spec.hostnames ?? []).length === 1 && !r.spec.hostnames![0]!.startsWith('*'))
    const edited = structuredClone(routes[target]!)
    edited.spec.rules[0]!.matches = [{ path: { type: 'Exact', value: '/brand-new' } }]
    const after = buildIndex(tableOf(routes.map((r, i) => (i === target ? edited : r))), before)
    const host = edited.spec.hostnames![0]!
    const oldLi = before.byListener.get(key)!
    const newLi = after.byListener.get(key)!
    expect(hostIndexGet(newLi.http, host)).not.toBe(hostIndexGet(oldLi.http, host))
    // The edited route has one precise hostname: every other table is taken over as is.
    const others = [...oldLi.http.exact.keys(), ...oldLi.http.wildcard.keys()].filter((h) => h !== host)
    expect(others.length).toBeGreaterThan(5)
    for (const h of others) expect(hostIndexGet(newLi.http, h.startsWith('.') ? `*${h}` : h)).toBe(hostIndexGet(oldLi.http, h.startsWith('.') ? `*${h}` : h))
    const hit = matchHttp(newLi, normalizeRequest({ protocol: 'HTTP', host, path: '/brand-new' }))
    expect(hit?.route.obj).toBe(edited)
    expect(matchHttp(oldLi, normalizeRequest({ protocol: 'HTTP', host, path: '/brand-new' }))?.route.obj).not.toBe(edited)
  })
})
