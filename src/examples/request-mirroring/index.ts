import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const requestMirroring: Example = {
  id: 'request-mirroring',
  title: 'Request mirroring (shadow traffic)',
  lesson: 'filters',
  concepts: ['request-mirroring'],
  explanation:
    'A RequestMirror filter copies each matching request to another backend and discards that backend\'s answer, so the client only ever sees the primary. ' +
    'That makes mirroring a safe way to try a new version on real traffic. percent (or fraction) mirrors only a share of the requests: here every checkout and 10% of searches. ' +
    'Simulate a request to see the mirror copies beside the forwarded request.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
