import type { Example } from '../types'
import text from './workspace.yaml?raw'

export const canaryAndHeader: Example = {
  id: 'canary-and-header',
  title: 'Canary split and header match',
  summary:
    'One Gateway with an HTTP and an HTTPS listener. The checkout route sends 90% of /cart traffic to v1 and 10% to v2: ' +
    'weights are relative shares, not percentages. The catalog route attaches only to the HTTPS listener (sectionName) ' +
    'and sends requests with the header x-beta: true to the beta build; its second rule catches everything else.',
  files: [{ name: 'workspace.yaml', text }],
}
