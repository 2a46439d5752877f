import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenNoMatchingParent: Example = {
  id: 'broken-no-matching-parent',
  title: 'Broken: a sectionName no listener has',
  lesson: 'status',
  concepts: ['status-reason', 'listener-attachment'],
  explanation:
    'The parentRef\'s sectionName must equal a listener\'s name, and this Gateway has no listener called http (it is web). ' +
    'So the parentRef designates no listener at all: Accepted=False with reason NoMatchingParent. ' +
    'Listener names only label listeners; fix the name, or leave sectionName out to attach to every listener.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'web',
    name: 'site',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingParent',
    fix: 'Set sectionName: web, or remove sectionName to attach to every listener.',
  },
}
