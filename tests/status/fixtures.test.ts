import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine'
import type { Analysis, Condition, GatewayLikeStatus, ObjectStatus } from '../../src/model'
import { conditionsIn, loadFixtures, type Fields } from './fixtures'

const fixtures = loadFixtures()

const findObject = <S>(list: readonly ObjectStatus<S>[], key: string) => {
  const [kind, id] = key.split(' ')
  const [ns, name] = id!.split('/')
  return list.find((o) => o.kind === kind && o.namespace === ns && o.name === name)
}

function expectConditions(where: string, actual: readonly Condition[], fields: Fields): void {
  for (const want of conditionsIn(fields)) {
    const got = actual.find((c) => c.type === want.type)
    expect(got ? `${got.status} ${got.reason}` : 'absent', `${where} ${want.type}`).toBe(`${want.status} ${want.reason}`)
  }
  if (typeof fields.messageIncludes === 'string') {
    expect(actual.map((c) => c.message).join(' | '), `${where} messages`).toContain(fields.messageIncludes)
  }
}

function gatewayLike(a: Analysis, key: string): ObjectStatus<GatewayLikeStatus> | undefined {
  return findObject(key.startsWith('ListenerSet') ? a.status.listenerSets : a.status.gateways, key)
}

describe('status from YAML fixtures', () => {
  for (const f of fixtures) {
    describe(f.name, () => {
      const a = analyze({ files: [{ name: `${f.name}.yaml`, text: f.text }], options: f.options })

      it('reads without syntax errors', () => {
        expect(a.problems.filter((p) => p.code.startsWith('yaml-'))).toEqual([])
      })

      for (const [key, parents] of Object.entries(f.routes)) {
        it(`route ${key}`, () => {
          const s = findObject(a.status.routes, key)
          expect(s, key).toBeDefined()
          expect(s!.status.parents.length, `${key} parent count`).toBe(parents.length)
          parents.forEach((want, i) => {
            const got = s!.status.parents[i]!
            expect(`${got.parentRef.kind} ${got.parentRef.namespace}/${got.parentRef.name}`).toBe(want.parent)
            expect(got.controllerName).toBe('routelab.dev/simulator')
            expectConditions(`${key} parent ${i}`, got.conditions, want)
            expect(s!.explanations?.[`parent/${i}/Accepted`]?.detail).toBe(got.conditions[0]!.message)
          })
        })
      }

      for (const [key, fields] of Object.entries({ ...f.gateways, ...f.listenerSets })) {
        it(`${key}`, () => {
          const s = gatewayLike(a, key)
          expect(s, key).toBeDefined()
          expectConditions(key, s!.status.conditions, fields)
          if (fields.attachedListenerSets !== undefined) expect(s!.status.attachedListenerSets).toBe(fields.attachedListenerSets)
        })
      }

      for (const [key, fields] of Object.entries(f.listeners)) {
        it(`listener ${key}`, () => {
          const [owner, name] = key.split('#')
          const l = gatewayLike(a, owner!)?.status.listeners.find((x) => x.name === name)
          expect(l, key).toBeDefined()
          expectConditions(key, l!.conditions, fields)
          if (fields.attachedRoutes !== undefined) expect(l!.attachedRoutes, `${key} attachedRoutes`).toBe(fields.attachedRoutes)
          if (Array.isArray(fields.supportedKinds)) expect(l!.supportedKinds.map((k) => k.kind)).toEqual(fields.supportedKinds)
        })
      }

      for (const [key, want] of Object.entries(f.bindings)) {
        it(`bindings of ${key}`, () => {
          const [kind, id] = key.split(' ')
          const got = a.bindings
            .filter((b) => b.route.kind === kind && `${b.route.namespace}/${b.route.name}` === id)
            .map((b) => `${b.listener.name}: ${b.hostnames.join(', ') || '*'}${b.droppedRules ? ` (dropped ${b.droppedRules.join(', ')})` : ''}`)
          expect([...new Set(got)].sort()).toEqual([...want].sort())
        })
      }

      if (f.problems.length) {
        it('reports problems with positions', () => {
          const codes = a.problems.map((p) => p.code)
          for (const code of f.problems) expect(codes, code).toContain(code)
          for (const p of a.problems.filter((x) => f.problems.includes(x.code))) expect(p.line).toBeGreaterThan(0)
        })
      }

      if (f.fixes.length) {
        it('offers the obvious fixes', () => {
          const titles = a.problems.flatMap((p) => p.fixes ?? []).map((x) => x.title)
          for (const t of f.fixes) expect(titles, t).toContain(t)
        })
      }
    })
  }
})

/** Every reason the issue and SPEC-NOTES §6–7 list, each asserted by at least one fixture. */
const REQUIRED: Record<string, string[]> = {
  'route Accepted': ['Accepted', 'NotAllowedByListeners', 'NoMatchingListenerHostname', 'NoMatchingParent', 'UnsupportedValue', 'IncompatibleFilters', 'HostnameConflict'],
  'route ResolvedRefs': ['ResolvedRefs', 'RefNotPermitted', 'InvalidKind', 'BackendNotFound', 'UnsupportedProtocol'],
  'route PartiallyInvalid': ['UnsupportedValue'],
  'Gateway Accepted': ['Accepted', 'ListenersNotValid'],
  'Gateway Programmed': ['Programmed', 'Invalid'],
  'Gateway InsecureFrontendValidationMode': ['ConfigurationChanged'],
  'listener Accepted': ['Accepted', 'UnsupportedProtocol', 'UnsupportedValue', 'HostnameConflict', 'ProtocolConflict', 'NoValidCACertificate'],
  'listener ResolvedRefs': ['ResolvedRefs', 'InvalidCertificateRef', 'InvalidRouteKinds', 'RefNotPermitted', 'InvalidCACertificateRef', 'InvalidCACertificateKind'],
  'listener Programmed': ['Programmed', 'Invalid'],
  'listener Conflicted': ['NoConflicts', 'HostnameConflict', 'ProtocolConflict'],
  'ListenerSet Accepted': ['Accepted', 'NotAllowed', 'ListenersNotValid', 'ParentNotAccepted'],
  'ListenerSet Programmed': ['Programmed', 'NotAllowed', 'ListenersNotValid', 'ParentNotProgrammed'],
}

describe('fixture coverage', () => {
  it('asserts every status reason at least once', () => {
    const seen = new Set<string>()
    for (const f of fixtures) {
      for (const parents of Object.values(f.routes)) for (const p of parents) for (const c of conditionsIn(p)) seen.add(`route ${c.type}/${c.reason}`)
      for (const fields of Object.values(f.gateways)) for (const c of conditionsIn(fields)) seen.add(`Gateway ${c.type}/${c.reason}`)
      for (const fields of Object.values(f.listenerSets)) for (const c of conditionsIn(fields)) seen.add(`ListenerSet ${c.type}/${c.reason}`)
      for (const fields of Object.values(f.listeners)) for (const c of conditionsIn(fields)) seen.add(`listener ${c.type}/${c.reason}`)
    }
    const missing = Object.entries(REQUIRED).flatMap(([what, reasons]) => reasons.map((r) => `${what.split(' ')[0]} ${what.split(' ')[1]}/${r}`)).filter((k) => !seen.has(k))
    expect(missing).toEqual([])
  })
})
