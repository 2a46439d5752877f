import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { EditIntent, EditResult, ObjectRef } from '../../model'
import { applyEdit, applyEdits } from './apply-edit'
import { changedLines } from '../../../tests/helpers/changed-lines'
import fixture from './fixtures/comment-rich.yaml?raw'

const G = 'gateway.networking.k8s.io'
const route: ObjectRef = { group: G, kind: 'HTTPRoute', namespace: 'shop', name: 'checkout' }
const gateway: ObjectRef = { group: G, kind: 'Gateway', namespace: 'shop', name: 'edge' }
const svc = (name: string): ObjectRef => ({ group: '', kind: 'Service', namespace: 'shop', name })

function ok(r: EditResult): Extract<EditResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r
}

const edit = (intent: EditIntent) => ok(applyEdit(fixture, intent))
const js = (text: string) => parseAllDocuments(text).map((d) => (d as { toJS(): unknown }).toJS())

describe('applyEdit on a comment-rich workspace', () => {
  it('changes a weight on exactly one line, keeping its comment', () => {
    const r = edit({ op: 'set', target: route, path: ['spec', 'rules', 0, 'backendRefs', 0, 'weight'], value: 80 })
    expect(r.strategy).toBe('patch')
    expect(changedLines(fixture, r.text)).toEqual({ removed: ['          weight: 90 # was 95 last week'], added: ['          weight: 80 # was 95 last week'] })
    expect(r.changes).toEqual([{ start: fixture.indexOf('90 # was'), end: fixture.indexOf('90 # was') + 1, text: '8' }])
  })

  it('keeps the quoting style of a replaced string', () => {
    const r = edit({ op: 'set', target: route, path: ['spec', 'rules', 0, 'matches', 0, 'path', 'value'], value: '/basket' })
    expect(changedLines(fixture, r.text).added).toEqual(['            value: "/basket"   # keep quoted'])
    const single = edit({ op: 'set', target: gateway, path: ['spec', 'listeners', 1, 'hostname'], value: '*.example.org' })
    expect(changedLines(fixture, single.text).added).toEqual(["    hostname: '*.example.org'"])
  })

  it('quotes a plain string only when YAML needs it', () => {
    const r = edit({ op: 'set', target: route, path: ['metadata', 'name'], value: 'true' })
    expect(changedLines(fixture, r.text).added).toEqual(['  name: "true"'])
  })

  it('adds a missing field as one new line at the indentation of its siblings', () => {
    const r = edit({ op: 'set', target: route, path: ['spec', 'rules', 1, 'backendRefs', 0, 'weight'], value: 5 })
    expect(changedLines(fixture, r.text)).toEqual({ removed: [], added: ['        weight: 5'] })
  })

  it('creates missing maps and a one-item list along the path', () => {
    const r = edit({ op: 'set', target: route, path: ['spec', 'rules', 1, 'matches', 0, 'path', 'value'], value: '/x' })
    expect(r.strategy).toBe('patch')
    const after = js(r.text)[1] as { spec: { rules: { matches?: unknown }[] } }
    expect(after.spec.rules[1]!.matches).toEqual([{ path: { value: '/x' } }])
    expect(changedLines(fixture, r.text).removed).toEqual([])
  })

  it('appends a list item in the style of the list', () => {
    const r = edit({ op: 'insert', target: route, path: ['spec', 'parentRefs'], value: { name: 'edge', sectionName: 'http' } })
    expect(changedLines(fixture, r.text)).toEqual({ removed: [], added: ['    - name: edge', '      sectionName: http'] })
    const g = edit({ op: 'insert', target: gateway, path: ['spec', 'listeners'], value: { name: 'tcp', protocol: 'TCP', port: 9000 }, index: 1 })
    expect(changedLines(fixture, g.text)).toEqual({ removed: [], added: ['  - name: tcp', '    protocol: TCP', '    port: 9000'] })
  })

  it('removes a list item with the comment line that introduces it', () => {
    const r = edit({ op: 'remove', target: route, path: ['spec', 'rules', 0, 'backendRefs', 1] })
    expect(changedLines(fixture, r.text)).toEqual({
      removed: ['        # canary', '        - name: checkout-v2', '          port: 8080', '          weight: 10'],
      added: [],
    })
  })

  it('removes the first field of a list item and lets the next one move up behind the dash', () => {
    const r = edit({ op: 'remove', target: route, path: ['spec', 'rules', 1, 'backendRefs', 0, 'name'] })
    expect(changedLines(fixture, r.text)).toEqual({ removed: ['      - name: checkout-v1', '        port: 8080'], added: ['      - port: 8080'] })
  })

  it('writes {} and [] when the last field or item goes', () => {
    const r = edit({ op: 'remove', target: route, path: ['spec', 'rules', 0, 'timeouts', 'request'] })
    expect(changedLines(fixture, r.text)).toEqual({ removed: ['      timeouts:', '        request: 10s'], added: ['      timeouts: {}'] })
    const p = edit({ op: 'remove', target: route, path: ['spec', 'parentRefs', 0] })
    expect((js(p.text)[1] as { spec: { parentRefs: unknown } }).spec.parentRefs).toEqual([])
  })

  it('edits inside flow collections on their own line', () => {
    const r = edit({ op: 'set', target: gateway, path: ['spec', 'listeners', 1, 'tls', 'mode'], value: 'Passthrough' })
    expect(changedLines(fixture, r.text).added).toEqual(['    tls: {mode: Passthrough, certificateRefs: [{name: shop-cert}]}'])
    const l = edit({ op: 'set', target: route, path: ['metadata', 'labels', 'owner'], value: 'ana' })
    expect(changedLines(fixture, l.text).added).toEqual(['  labels: { team: payments, tier: "1", owner: ana }'])
    const h = edit({ op: 'insert', target: route, path: ['spec', 'hostnames'], value: 'pay.shop.example.com' })
    expect(changedLines(fixture, h.text).added).toEqual(['  hostnames: [ "checkout.shop.example.com", pay.shop.example.com ]'])
    const gone = edit({ op: 'remove', target: gateway, path: ['spec', 'listeners', 1, 'tls', 'certificateRefs'] })
    expect(changedLines(fixture, gone.text).added).toEqual(['    tls: { mode: Terminate }'])
  })

  it('edits objects inside a kind: List', () => {
    const r = edit({ op: 'set', target: svc('checkout-v2'), path: ['spec', 'ports', 0, 'port'], value: 9090 })
    expect(changedLines(fixture, r.text).added).toEqual(['        - port: 9090'])
    const gone = edit({ op: 'removeObject', target: svc('checkout-v1') })
    const list = js(gone.text)[2] as { items: { metadata: { name: string } }[] }
    expect(list.items.map((i) => i.metadata.name)).toEqual(['checkout-v2'])
  })

  it('replaces a whole value with a block in the document style', () => {
    const r = edit({ op: 'set', target: route, path: ['spec', 'rules', 0, 'timeouts'], value: { request: '5s', backendRequest: '2s' } })
    expect(changedLines(fixture, r.text)).toEqual({ removed: ['        request: 10s'], added: ['        request: 5s', '        backendRequest: 2s'] })
  })

  it('adds an object as its own document after another', () => {
    const r = edit({
      op: 'addObject',
      after: route,
      comment: 'Added by the designer',
      manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'extra', namespace: 'shop' }, spec: { ports: [{ port: 80 }] } },
    })
    const block = ['---', '# Added by the designer', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: extra', '  namespace: shop', 'spec:', '  ports:', '    - port: 80', ''].join('\n')
    const at = fixture.indexOf('---\napiVersion: v1\nkind: List')
    expect(r.text).toBe(fixture.slice(0, at) + block + fixture.slice(at))
    expect(js(r.text)).toHaveLength(4)
  })

  it('removes a whole document, the first one included', () => {
    const r = edit({ op: 'removeObject', target: gateway })
    const docs = js(r.text) as { kind: string }[]
    expect(docs.map((d) => d.kind)).toEqual(['HTTPRoute', 'List'])
    expect(r.text.startsWith('# Checkout canary.')).toBe(true)
    const middle = edit({ op: 'removeObject', target: route })
    expect((js(middle.text) as { kind: string }[]).map((d) => d.kind)).toEqual(['Gateway', 'List'])
  })

  it('applies several edits as one change', () => {
    const r = ok(
      applyEdits(fixture, [
        { op: 'set', target: route, path: ['spec', 'rules', 0, 'backendRefs', 0, 'weight'], value: 50 },
        { op: 'set', target: route, path: ['spec', 'rules', 0, 'backendRefs', 1, 'weight'], value: 50 },
      ]),
    )
    expect(r.changes).toHaveLength(1)
    expect(changedLines(fixture, r.text).added).toEqual(['          weight: 50 # was 95 last week', '        # canary', '        - name: checkout-v2', '          port: 8080', '          weight: 50'])
  })

  it('reports what it cannot do, and never throws', () => {
    expect(applyEdit(fixture, { op: 'set', target: { ...route, name: 'nope' }, path: ['spec'], value: 1 })).toMatchObject({ ok: false, code: 'edit-target-missing' })
    expect(applyEdit(fixture, { op: 'set', target: route, path: ['spec', 'rules', 7, 'name'], value: 'x' })).toMatchObject({ ok: false, code: 'edit-path-missing' })
    const broken = fixture.replace('  name: checkout\n', '  name: [checkout\n')
    expect(applyEdit(broken, { op: 'set', target: route, path: ['spec'], value: 1 })).toMatchObject({ ok: false })
    expect(applyEdit(fixture, { op: 'remove', target: route, path: ['spec', 'nothing', 'here'] })).toMatchObject({ ok: true, strategy: 'none', changes: [] })
  })

  it('re-prints only the target document when a shape cannot be patched', () => {
    // An explicit key (`? port` / `: 80`) has no `key:` to splice after.
    const text = '# first\na: 1\n---\nkind: Service\napiVersion: v1\nmetadata:\n  name: s\n  namespace: shop\nspec:\n  ? port\n  : 80\n'
    const r = ok(applyEdit(text, { op: 'set', target: svc('s'), path: ['spec', 'port'], value: { number: 80 } }))
    expect(r.strategy).toBe('document')
    expect(r.text.startsWith('# first\na: 1\n---\n')).toBe(true)
    expect((js(r.text)[1] as { spec: unknown }).spec).toEqual({ port: { number: 80 } })
  })

  it('refuses to edit through an alias rather than change what the anchor means', () => {
    const text = 'kind: Service\napiVersion: v1\nmetadata: &m\n  name: s\n  namespace: shop\nspec:\n  meta: *m\n'
    expect(applyEdit(text, { op: 'set', target: svc('s'), path: ['spec', 'meta', 'x'], value: 1 })).toMatchObject({ ok: false, code: 'edit-failed' })
  })
})
