import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const crossNamespaceRouting: Example = {
  id: 'cross-namespace-routing',
  title: 'Cross-namespace routing with a ReferenceGrant',
  lesson: 'backends',
  concepts: ['cross-namespace', 'reference-grant'],
  explanation:
    'Three teams, three namespaces, two permissions. ' +
    'A route attaches to a Gateway in another namespace when the listener\'s allowedRoutes admits the route\'s namespace, here by a label on the Namespace. ' +
    'A route may send traffic to a Service in another namespace only when that namespace grants it with a ReferenceGrant, written by the Service\'s owner. ' +
    'Delete the ReferenceGrant and see /pay answer 500 with RefNotPermitted.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
