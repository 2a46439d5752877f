import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const tlsPassthrough: Example = {
  id: 'tls-passthrough',
  title: 'TLS passthrough with TLSRoute',
  lesson: 'attachment',
  concepts: ['tls-passthrough', 'listener-attachment'],
  explanation:
    'A TLS listener in Passthrough mode never decrypts: it reads the SNI from the TLS handshake and forwards the encrypted stream, and the backend terminates TLS itself. ' +
    'Such a listener carries TLSRoutes, which match on SNI hostnames only, since there are no paths or headers to see. ' +
    'Beside it, an HTTPS listener on the same port terminates TLS for www.example.com and routes HTTP as usual; the two are told apart by SNI. ' +
    'Try an SNI that no TLSRoute names: the connection is rejected.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
