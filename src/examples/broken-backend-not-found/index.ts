import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenBackendNotFound: Example = {
  id: 'broken-backend-not-found',
  title: 'Broken: a backend that does not exist',
  lesson: 'status',
  concepts: ['status-reason', 'canary-weights'],
  explanation:
    'Two backendRefs name Services that are not there: a typo, and a rollout that referenced v2 before it was deployed. ' +
    'The route is still accepted, with ResolvedRefs=False and reason BackendNotFound. ' +
    'A missing backend keeps its share of the traffic, which is answered with 500, so half of the /pay requests fail; nothing falls through to another rule.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'shop',
    name: 'checkout',
    at: { parent: 0 },
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'BackendNotFound',
    fix: 'Name the existing Service (cart), and deploy payments-v2 or give it weight 0 until it exists.',
  },
}
