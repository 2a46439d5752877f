import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenIncompatibleFilters: Example = {
  id: 'broken-incompatible-filters',
  title: 'Broken: a redirect and a rewrite in one rule',
  lesson: 'status',
  concepts: ['status-reason', 'redirect', 'url-rewrite-prefix'],
  explanation:
    'A redirect answers the client; a rewrite changes what is forwarded; one rule cannot do both. ' +
    'On a cluster the API server refuses this object already (a CEL rule in the CRD), but if it gets in, the controller rejects it: Accepted=False with reason IncompatibleFilters. ' +
    'Decide what the client should see and keep only that filter.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'web',
    name: 'legacy',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'IncompatibleFilters',
    fix: 'Keep either the RequestRedirect (without backendRefs) or the URLRewrite, not both.',
  },
}
