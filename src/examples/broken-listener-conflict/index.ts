import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenListenerConflict: Example = {
  id: 'broken-listener-conflict',
  title: 'Broken: two listeners nobody can tell apart',
  lesson: 'status',
  concepts: ['status-reason', 'listener-attachment'],
  explanation:
    'Two HTTP listeners on port 80 with the same hostname cannot be told apart, because names do not route traffic; port, protocol and hostname do. ' +
    'Inside one Gateway both are conflicted: Conflicted=True with reason HostnameConflict, and neither carries traffic. ' +
    'A third listener with another hostname is not affected.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'Gateway',
    namespace: 'web',
    name: 'edge',
    at: { listener: 'shop' },
    type: 'Conflicted',
    status: 'True',
    reason: 'HostnameConflict',
    fix: 'Give one listener another hostname or port, or delete the copy.',
  },
}
