import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const canaryAndHeader: Example = {
  id: 'canary-and-header',
  title: 'Canary split and header match',
  lesson: 'attachment',
  concepts: ['listener-attachment', 'canary-weights', 'header-routing'],
  explanation:
    'One Gateway with an HTTP and an HTTPS listener, and two routes attached to it in different ways. ' +
    'The checkout route names only the Gateway, so it attaches to both listeners, and sends 90% of /cart traffic to v1 and 10% to v2: weights are relative shares, not percentages. ' +
    'The catalog route names the HTTPS listener with sectionName, so it is served over HTTPS only, and sends requests with the header x-beta: true to the beta build. ' +
    'Its second rule has no matches and catches everything else. ' +
    'Try removing sectionName and watch the catalog route attach to the HTTP listener too.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
