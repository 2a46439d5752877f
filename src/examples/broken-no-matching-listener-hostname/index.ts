import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenNoMatchingListenerHostname: Example = {
  id: 'broken-no-matching-listener-hostname',
  title: 'Broken: hostnames that never meet',
  lesson: 'status',
  concepts: ['status-reason', 'hostname-matching'],
  explanation:
    'The listener serves *.example.com and the route asks for store.example.org. ' +
    'Namespace and kind are fine, but the intersection of the two hostnames is empty, so the route cannot attach: Accepted=False with reason NoMatchingListenerHostname. ' +
    'The fix is to use a hostname under example.com or to add a listener for the route\'s domain.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'web',
    name: 'store',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingListenerHostname',
    fix: 'Use a route hostname under example.com (store.example.com), or add a listener for store.example.org.',
  },
}
