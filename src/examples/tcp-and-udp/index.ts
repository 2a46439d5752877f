import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const tcpAndUdp: Example = {
  id: 'tcp-and-udp',
  title: 'TCP and UDP routes',
  lesson: 'attachment',
  concepts: ['tcp', 'udp', 'listener-attachment'],
  explanation:
    'Below HTTP there are no hostnames, paths or headers: a TCP or UDP listener is chosen by port, and its route forwards every connection or datagram to its backends. ' +
    'A TCPRoute or UDPRoute has exactly one rule and no matches, and attaches by sectionName or by port. ' +
    'When two TCPRoutes attach to the same listener both are accepted and counted, but only the oldest carries traffic, and nothing in the newer route\'s status says so. ' +
    'A UDPRoute needs a Service port with protocol: UDP.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
