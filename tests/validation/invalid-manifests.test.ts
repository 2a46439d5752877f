import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import { PROBLEM_CODES } from '../../src/engine/problem-codes'
import { lookupVersion, type Schema } from '../../src/engine/validate/schema'
import { GATEWAY_CASES } from './cases/gateway'
import { GRPC_ROUTE_CASES } from './cases/grpc-route'
import { HTTP_ROUTE_CASES } from './cases/http-route'
import { NEAR_MISSES, SCHEMA_CASES } from './cases/schema-and-channel'
import type { Case, Expected } from './cases/types'

const ALL: Case[] = [...HTTP_ROUTE_CASES, ...GRPC_ROUTE_CASES, ...GATEWAY_CASES, ...SCHEMA_CASES, ...NEAR_MISSES]

function run(c: Case) {
  const text = typeof c.manifest === 'string' ? c.manifest : JSON.stringify(c.manifest, null, 2)
  return analyze({ files: [{ name: 'case.yaml', text }], options: { channel: c.channel ?? 'standard' } })
}

const byPath = (a: Expected, b: Expected) => `${a[1]}|${a[0]}`.localeCompare(`${b[1]}|${b[0]}`) || String(a[2]).localeCompare(String(b[2]))

describe('invalid manifests, table-driven', () => {
  it('has at least 60 invalid manifests and some valid near-misses', () => {
    expect(ALL.filter((c) => c.expect.some((e) => e[0] !== 'loophole' && !e[0].startsWith('loophole-'))).length).toBeGreaterThanOrEqual(60)
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(10)
  })

  it.each(ALL.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // Reading and validation problems only: the resolve stage's findings (a parentRef to an
    // undeclared Gateway, say) are about status, and have their own tests.
    const problems = run(c).problems.filter((p) => p.severity !== 'info' && p.code in PROBLEM_CODES)
    const actual = problems.map((p): Expected => [p.code, p.path ?? '', p.message]).sort(byPath)
    expect(actual).toEqual([...c.expect].sort(byPath))
  })
})

/** Standard-channel CEL rules, by kind, that no manifest can reach on create, with the reason. */
const UNREACHABLE: Record<string, Record<string, string>> = {
  HTTPRoute: {
    "type must be one of ['Exact', 'PathPrefix', 'RegularExpression']": 'the path type enum rejects any other value first, and an enum error switches CEL off',
  },
}

function ruleMessages(s: Schema, seen = new Set<Schema>(), out = new Set<string>()): Set<string> {
  if (seen.has(s)) return out
  seen.add(s)
  for (const r of s.rules ?? []) out.add(r.message)
  for (const c of [...(s.props?.values() ?? []), s.items, s.values]) if (c) ruleMessages(c, seen, out)
  return out
}

describe('coverage of the standard channel CEL rules', () => {
  it.each(['HTTPRoute', 'GRPCRoute', 'Gateway', 'ListenerSet'])('every %s rule is broken by at least one case', (kind) => {
    const found = lookupVersion('gateway.networking.k8s.io/v1', kind, 'standard')
    if (found.status !== 'served') throw new Error(`${kind} v1 not served`)
    const messages = ruleMessages(found.schema)
    expect(messages.size).toBeGreaterThan(5)
    const covered = new Set<string>()
    for (const c of ALL) {
      const m = c.manifest
      if (typeof m === 'string' || m.kind !== kind || (c.channel ?? 'standard') !== 'standard') continue
      for (const [code, , message] of c.expect) {
        if (code === 'cel-rule') covered.add(message)
        if (code === 'cel-no-such-key') covered.add(message.replace(/^no such key: \S+ evaluating rule: /, ''))
      }
    }
    const missing = [...messages].filter((msg) => !covered.has(msg) && !UNREACHABLE[kind]?.[msg])
    expect(missing).toEqual([])
  })
})
