import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const headerModification: Example = {
  id: 'header-modification',
  title: 'Request and response header modification',
  lesson: 'filters',
  concepts: ['request-header-modification', 'response-header-modification'],
  explanation:
    'RequestHeaderModifier edits the headers the backend receives, and ResponseHeaderModifier the headers the client gets back. ' +
    'Each has set (replace or create), add (append a value) and remove, and header names are case-insensitive. ' +
    'A filter placed on one backendRef runs only for requests sent to that backend. ' +
    'Send a request with X-Gateway: spoofed and see set overwrite it.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
