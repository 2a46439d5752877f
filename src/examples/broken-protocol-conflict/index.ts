import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenProtocolConflict: Example = {
  id: 'broken-protocol-conflict',
  title: 'Broken: HTTP and HTTPS on one port',
  lesson: 'status',
  concepts: ['status-reason', 'listener-attachment'],
  explanation:
    'On one port a gateway reads either TLS or plain HTTP from the first byte, so an HTTP listener cannot share port 443 with an HTTPS one, even with another hostname. ' +
    'The API server accepts the Gateway, since no two listeners have the same port, protocol and hostname, but the controller cannot serve both: inside one Gateway both listeners get Conflicted=True with reason ProtocolConflict, and neither carries traffic. ' +
    'The listener on port 80 is not affected.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'Gateway',
    namespace: 'web',
    name: 'edge',
    at: { listener: 'admin' },
    type: 'Conflicted',
    status: 'True',
    reason: 'ProtocolConflict',
    fix: 'Move the admin listener to a port of its own (8080), or make it HTTPS.',
  },
}
