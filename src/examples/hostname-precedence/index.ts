import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const hostnamePrecedence: Example = {
  id: 'hostname-precedence',
  title: 'Hostname precedence and no fall-through',
  lesson: 'precedence',
  concepts: ['route-precedence', 'hostname-matching'],
  explanation:
    'The hostname is compared before anything else: an exact hostname beats a wildcard, and a longer wildcard beats a shorter one. ' +
    'On Envoy-based gateways each hostname is one virtual host, so a request for api.example.com is answered only by the api route, and a path it does not match gets 404 even though the *.example.com route would match. ' +
    'The spec leaves that choice to implementations; RouteLab follows Envoy and says so in the trace.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
