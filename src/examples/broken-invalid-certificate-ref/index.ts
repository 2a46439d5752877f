import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenInvalidCertificateRef: Example = {
  id: 'broken-invalid-certificate-ref',
  title: 'Broken: a Secret that is not a certificate',
  lesson: 'status',
  concepts: ['status-reason'],
  explanation:
    'An HTTPS listener needs a certificate Secret of type kubernetes.io/tls with tls.crt and tls.key. ' +
    'This one is an Opaque Secret, so the listener reports ResolvedRefs=False with reason InvalidCertificateRef and is not programmed. ' +
    'HTTPS requests then find no listener, while plain HTTP keeps working.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'Gateway',
    namespace: 'web',
    name: 'edge',
    at: { listener: 'https' },
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'InvalidCertificateRef',
    fix: 'Recreate the Secret with kubectl create secret tls, so it has type kubernetes.io/tls.',
  },
}
