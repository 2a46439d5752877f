import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenInvalidKind: Example = {
  id: 'broken-invalid-kind',
  title: 'Broken: routing to a Deployment',
  lesson: 'status',
  concepts: ['status-reason'],
  explanation:
    'The backendRef names the Deployment instead of its Service, a common first attempt. ' +
    'Gateways send traffic to Services, which select the Pods; a Deployment is not a backend kind, so ResolvedRefs=False with reason InvalidKind and requests get 500. ' +
    'Drop group and kind, and name the Service.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'web',
    name: 'app',
    at: { parent: 0 },
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'InvalidKind',
    fix: 'Remove group and kind from the backendRef and name the Service (app).',
  },
}
