import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenNotAllowedByListeners: Example = {
  id: 'broken-not-allowed-by-listeners',
  title: 'Broken: a route from another namespace',
  lesson: 'status',
  concepts: ['status-reason', 'cross-namespace'],
  explanation:
    'The route names the right Gateway, but it lives in team-a and the listener admits only routes from the Gateway\'s own namespace, which is the default (from: Same). ' +
    'Every listener turns it away, so its parent status is Accepted=False with reason NotAllowedByListeners, and it carries no traffic. ' +
    'The fix belongs to the Gateway owner: allow team-a, by label with from: Selector or with from: All.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'team-a',
    name: 'store',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'NotAllowedByListeners',
    fix: 'On the listener, set allowedRoutes.namespaces.from: Selector with a label team-a carries (or from: All).',
  },
}
