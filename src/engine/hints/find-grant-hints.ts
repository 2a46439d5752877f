import { GATEWAY_GROUP, refKey, refOf, type EditIntent, type ObjectRef, type ReferenceGrantObject, type ResolvedReference } from '../../model'
import type { Finding } from '../resolve/findings'
import { list, str } from '../resolve/read'
import { fieldSpan } from '../decode/shift-object'
import { findGrant } from '../resolve/reference-grants'
import { freeName, hint, type HintContext } from './hint-context'

/**
 * ReferenceGrant hints. A refused cross-namespace reference is already an error with a fix that
 * adds a new grant in the target's namespace (the status stage); these hints say more only where
 * a grant already exists that nearly does the job: one in the wrong namespace, or one in the
 * right namespace missing a single entry. A third hint narrows grants wider than their use.
 */

type From = { group: string; kind: string; namespace: string }

/** The referrer as ReferenceGrant `from` entries name it (resolve compares exactly this). */
const fromOf = (r: ResolvedReference): From => ({ group: GATEWAY_GROUP, kind: r.from.kind, namespace: r.from.namespace })
const refWords = (r: ResolvedReference) => `${r.from.kind} ${r.from.namespace}/${r.from.name} → ${r.target.kind} ${r.target.namespace}/${r.target.name}`
const grantWords = (g: ReferenceGrantObject) => `ReferenceGrant ${g.metadata.namespace}/${g.metadata.name}`

const fromMatches = (g: ReferenceGrantObject, from: From) =>
  list(g.spec.from).some((f) => (str(f.group) ?? '') === from.group && str(f.kind) === from.kind && str(f.namespace) === from.namespace)
const toMatches = (g: ReferenceGrantObject, to: ObjectRef) =>
  list(g.spec.to).some((t) => (str(t.group) ?? '') === to.group && str(t.kind) === to.kind && (t.name === undefined || str(t.name) === to.name))

const crossNamespace = (r: ResolvedReference) => r.target.namespace !== r.from.namespace

/** Grants sorted by namespace/name, so hints come out in the same order whatever the documents' order. */
function allGrants(hc: HintContext): ReferenceGrantObject[] {
  const out = hc.resolve.objects.filter((o): o is ReferenceGrantObject => o.kind === 'ReferenceGrant' && !('modelled' in o) && hc.resolve.byKey.get(refKey(refOf(o))) === o)
  return out.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`))
}

/**
 * A grant placed in the wrong namespace: it would allow a refused reference if it lived in the
 * target's namespace, it allows nothing where it is, and it is evidently meant for that
 * reference: its `to` names the target, or its `from` names its own namespace (a grant for
 * same-namespace references, which never need one).
 */
function misplaced(hc: HintContext, grants: readonly ReferenceGrantObject[], refused: readonly ResolvedReference[]): Finding[] {
  const out: Finding[] = []
  const used = new Set(hc.input.references.filter((r) => r.grant).map((r) => refKey(r.grant!)))
  for (const g of grants) {
    if (used.has(refKey(refOf(g)))) continue
    const own = g.metadata.namespace
    const meant = (r: ResolvedReference) =>
      list(g.spec.to).some((t) => str(t.name) === r.target.name) || list(g.spec.from).some((f) => str(f.namespace) === own && str(f.kind) === r.from.kind)
    const fixed = refused.filter((r) => r.target.namespace !== own && findGrant([g], fromOf(r), r.target) && meant(r))
    if (!fixed.length) continue
    const targets = [...new Set(fixed.map((r) => r.target.namespace))].sort()
    const edits: EditIntent[] = targets.map((ns) => ({
      op: 'addObject',
      manifest: { apiVersion: g.apiVersion, kind: 'ReferenceGrant', metadata: { name: freeName(hc, 'ReferenceGrant', ns, g.metadata.name), namespace: ns }, spec: g.spec },
      after: refOf(g),
    }))
    edits.push({ op: 'removeObject', target: refOf(g) })
    const msg = `${grantWords(g)} would allow ${fixed.map(refWords).join(', ')}, but a ReferenceGrant only covers objects in its own namespace (${own}, where it allows nothing in use): it must live in ${targets.join(' and ')}, the namespace of what is referred to`
    out.push(hint('hint-grant-wrong-namespace', g, fieldSpan(g.source, 'metadata.namespace') ? 'metadata.namespace' : 'metadata.name', msg, [{ title: `Move it to namespace ${targets.join(' and ')}`, edits }]))
  }
  return out
}

function missingEntries(grants: readonly ReferenceGrantObject[], refused: readonly ResolvedReference[]): Finding[] {
  const out: Finding[] = []
  for (const g of grants) {
    const here = refused.filter((r) => r.target.namespace === g.metadata.namespace)
    const lacksTo = here.filter((r) => fromMatches(g, fromOf(r)) && !toMatches(g, r.target))
    const lacksFrom = here.filter((r) => !fromMatches(g, fromOf(r)) && toMatches(g, r.target))
    const target = refOf(g)
    if (lacksTo.length) {
      const entries = uniqueBy(lacksTo.map((r) => ({ group: r.target.group, kind: r.target.kind, name: r.target.name })))
      const words = entries.map((e) => `${e.kind} ${e.name}`).join(', ')
      out.push(
        hint('hint-grant-missing-entry', g, 'spec.to', `${grantWords(g)} allows ${lacksTo.map((r) => `${r.from.kind}s in ${r.from.namespace}`).filter(unique).join(', ')} but not ${words}, which ${lacksTo.map(refWords).join(', ')} needs`, [
          { title: `Add ${words} to ${grantWords(g)}`, edits: entries.map((value) => ({ op: 'insert', target, path: ['spec', 'to'], value })) },
        ]),
      )
    }
    if (lacksFrom.length) {
      const entries = uniqueBy(lacksFrom.map(fromOf))
      const words = entries.map((e) => `${e.kind}s in ${e.namespace}`).join(', ')
      out.push(
        hint('hint-grant-missing-entry', g, 'spec.from', `${grantWords(g)} allows references to ${lacksFrom.map((r) => `${r.target.kind} ${r.target.name}`).filter(unique).join(', ')} but not from ${words}, as ${lacksFrom.map(refWords).join(', ')} needs`, [
          { title: `Let ${words} use ${grantWords(g)}`, edits: entries.map((value) => ({ op: 'insert', target, path: ['spec', 'from'], value })) },
        ]),
      )
    }
  }
  return out
}

function tooBroad(hc: HintContext, grants: readonly ReferenceGrantObject[]): Finding[] {
  const out: Finding[] = []
  const intoNamespace = new Map<string, ResolvedReference[]>()
  for (const r of hc.input.references) {
    if (!crossNamespace(r)) continue
    const known = intoNamespace.get(r.target.namespace)
    if (known) known.push(r)
    else intoNamespace.set(r.target.namespace, [r])
  }
  for (const g of grants) {
    list(g.spec.to).forEach((to, i) => {
      if (to.name !== undefined) return
      const group = str(to.group) ?? ''
      const kind = str(to.kind)
      const names = (intoNamespace.get(g.metadata.namespace) ?? [])
        .filter((r) => r.target.group === group && r.target.kind === kind && fromMatches(g, fromOf(r)))
        .map((r) => r.target.name)
      const used = [...new Set(names)].sort()
      if (!used.length) return
      const target = refOf(g)
      const edits: EditIntent[] = [{ op: 'set', target, path: ['spec', 'to', i, 'name'], value: used[0] }]
      used.slice(1).forEach((name, k) => edits.push({ op: 'insert', target, path: ['spec', 'to'], index: i + 1 + k, value: { group, kind, name } }))
      out.push(
        hint('hint-grant-too-broad', g, `spec.to[${i}]`, `${grantWords(g)} allows every ${kind} in ${g.metadata.namespace} (no to.name), but the workspace refers only to ${used.join(', ')} through it`, [
          { title: `Limit it to ${kind} ${used.join(', ')}`, edits },
        ]),
      )
    })
  }
  return out
}

const unique = <T>(v: T, i: number, all: readonly T[]) => all.indexOf(v) === i
function uniqueBy<T extends Record<string, string>>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((x) => {
    const k = JSON.stringify(x)
    return seen.has(k) ? false : (seen.add(k), true)
  })
}

/**
 * @example
 * findGrantHints(hintContext(analysis)).map((f) => f.code) // ['hint-grant-wrong-namespace']
 */
export function findGrantHints(hc: HintContext): Finding[] {
  const grants = allGrants(hc)
  const refused = hc.input.references.filter((r) => r.reason === 'RefNotPermitted')
  return [...misplaced(hc, grants, refused), ...missingEntries(grants, refused), ...tooBroad(hc, grants)]
}
