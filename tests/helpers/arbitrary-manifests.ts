import fc from 'fast-check'
import { stringify } from 'yaml'

/**
 * Random multi-document manifests for property tests: objects of the kinds RouteLab orders, some
 * with server fields, written in block or flow style, with comments and comment-only documents.
 * Test support only (imported by *.test.ts files).
 */
const KINDS = ['Namespace', 'GatewayClass', 'Gateway', 'ListenerSet', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant', 'Service', 'ConfigMap', 'Secret']
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)

export const arbitraryObject = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    name,
    namespace: fc.option(name, { nil: undefined }),
    server: fc.boolean(),
    timestamp: fc.boolean(),
    annotations: fc.boolean(),
    port: fc.integer({ min: 1, max: 65535 }),
  })
  .map((o) => {
    const metadata: Record<string, unknown> = { name: o.name }
    if (o.namespace) metadata.namespace = o.namespace
    if (o.annotations) metadata.annotations = { team: 'a', ...(o.server ? { 'kubectl.kubernetes.io/last-applied-configuration': '{"a":1}\n' } : {}) }
    if (o.timestamp) metadata.creationTimestamp = '2024-05-01T10:00:00Z'
    if (o.server) Object.assign(metadata, { uid: 'u-1', resourceVersion: '42', generation: 2, managedFields: [{ manager: 'kubectl', operation: 'Update' }] })
    const obj: Record<string, unknown> = { apiVersion: o.kind === 'Service' ? 'v1' : 'gateway.networking.k8s.io/v1', kind: o.kind, metadata, spec: { port: o.port } }
    if (o.server) obj.status = { conditions: [{ type: 'Accepted', status: 'True' }] }
    return obj
  })

const comment = fc.stringMatching(/^[a-zA-Z0-9 :-]{0,20}$/).map((s) => `# ${s}\n`)

/** One document's text (without its `---`). */
export const arbitraryDocument = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(arbitraryObject, fc.boolean(), fc.option(comment, { nil: '' })).map(([o, flow, c]) => c + stringify(o, flow ? { collectionStyle: 'flow', lineWidth: 0 } : { lineWidth: 0 })) },
  { weight: 1, arbitrary: comment },
)

/** A multi-document text; the first document sometimes has no `---`, the last sometimes no final newline. */
export const arbitraryManifests = fc
  .tuple(fc.array(arbitraryDocument, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean())
  .map(([docs, firstMarker, trimEnd]) => {
    const text = docs.map((d, i) => (i === 0 && !firstMarker ? d : `---\n${d}`)).join('')
    return trimEnd ? text.replace(/\n$/, '') : text
  })
