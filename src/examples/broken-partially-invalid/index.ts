import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenPartiallyInvalid: Example = {
  id: 'broken-partially-invalid',
  title: 'Broken: one rule dropped',
  lesson: 'status',
  concepts: ['status-reason', 'header-matching'],
  explanation:
    'One rule is fine and one uses a backreference, which RE2 does not support. ' +
    'The gateway drops only the invalid rule and keeps the route: Accepted stays True, and PartiallyInvalid=True (reason UnsupportedValue) says which rule was dropped, in a message starting with "Dropped Rule". ' +
    'Requests the dropped rule would have taken get 404.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'api',
    name: 'orders',
    at: { parent: 0 },
    type: 'PartiallyInvalid',
    status: 'True',
    reason: 'UnsupportedValue',
    fix: 'Rewrite the header pattern without the backreference, e.g. v[0-9]+.',
  },
}
