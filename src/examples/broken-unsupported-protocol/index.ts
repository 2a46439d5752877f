import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenUnsupportedProtocol: Example = {
  id: 'broken-unsupported-protocol',
  title: 'Broken: a UDPRoute to a TCP port',
  lesson: 'status',
  concepts: ['status-reason', 'udp'],
  explanation:
    'The UDPRoute is accepted, but the Service port it names has no protocol line, so it is TCP, the Kubernetes default. ' +
    'A UDPRoute cannot send datagrams to a TCP port: ResolvedRefs=False with reason UnsupportedProtocol, and the datagrams are dropped. ' +
    'Add protocol: UDP to the Service port.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'UDPRoute',
    namespace: 'net',
    name: 'dns',
    at: { parent: 0 },
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'UnsupportedProtocol',
    fix: 'Add protocol: UDP to the coredns Service port.',
  },
}
