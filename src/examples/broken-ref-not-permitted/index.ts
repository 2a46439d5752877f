import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenRefNotPermitted: Example = {
  id: 'broken-ref-not-permitted',
  title: 'Broken: a ReferenceGrant in the wrong namespace',
  lesson: 'status',
  concepts: ['status-reason', 'reference-grant', 'cross-namespace'],
  explanation:
    'The route sends /pay to a Service in the payments namespace, and a ReferenceGrant was written, but in the route\'s own namespace. ' +
    'A grant must live in the namespace of the target, because only the target\'s owner can share it, so this one permits nothing: ResolvedRefs=False with reason RefNotPermitted. ' +
    'The route stays accepted; /pay answers 500 and its other rule keeps serving.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'store',
    name: 'storefront',
    at: { parent: 0 },
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'RefNotPermitted',
    fix: 'Move the ReferenceGrant to the payments namespace (metadata.namespace: payments).',
  },
}
