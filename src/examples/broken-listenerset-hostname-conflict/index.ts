import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenListenerSetHostnameConflict: Example = {
  id: 'broken-listenerset-hostname-conflict',
  title: 'Broken: a ListenerSet copies the Gateway\'s hostname',
  lesson: 'status',
  concepts: ['status-reason', 'listenerset'],
  explanation:
    'The blue team\'s ListenerSet claims port 80 for www.example.com, which the Gateway already serves. ' +
    'Between a Gateway and its ListenerSets the earlier listener wins: the Gateway\'s own, then ListenerSets oldest first. ' +
    'So the Gateway keeps serving, and only the ListenerSet\'s listener gets Conflicted=True with reason HostnameConflict; with no valid listener left, the ListenerSet is not accepted (ListenersNotValid). ' +
    'The API server cannot catch this, because it checks each object alone.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'ListenerSet',
    namespace: 'team-blue',
    name: 'blue',
    at: { listener: 'www' },
    type: 'Conflicted',
    status: 'True',
    reason: 'HostnameConflict',
    fix: 'Give the ListenerSet listener a hostname of the team\'s own (blue.example.com).',
  },
}
