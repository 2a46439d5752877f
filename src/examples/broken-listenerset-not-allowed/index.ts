import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenListenerSetNotAllowed: Example = {
  id: 'broken-listenerset-not-allowed',
  title: 'Broken: a ListenerSet the Gateway did not invite',
  lesson: 'status',
  concepts: ['status-reason', 'listenerset'],
  explanation:
    'A ListenerSet attaches only to a Gateway that opts in with allowedListeners, and the default accepts none. ' +
    'This Gateway has no allowedListeners, so the ListenerSet is Accepted=False with reason NotAllowed, and its listener never joins the Gateway. ' +
    'The fix belongs to the Gateway owner.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'ListenerSet',
    namespace: 'team-blue',
    name: 'blue',
    type: 'Accepted',
    status: 'False',
    reason: 'NotAllowed',
    fix: 'On the Gateway, set allowedListeners.namespaces.from to All, Same or Selector.',
  },
}
