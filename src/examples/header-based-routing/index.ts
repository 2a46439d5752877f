import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const headerBasedRouting: Example = {
  id: 'header-based-routing',
  title: 'Header-based routing',
  lesson: 'backends',
  concepts: ['header-routing', 'canary-weights'],
  explanation:
    'Headers can choose the backend: testers opt in to the canary with x-canary: always, others opt out with x-canary: never, and one tenant gets a dedicated deployment. ' +
    'Everyone else is split 95/5 by weight. ' +
    'The header rules win because a match with a header outranks one without, whatever the rule order. ' +
    'Remember that clients can set any header they like, so a header must never be the only thing guarding something sensitive.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
