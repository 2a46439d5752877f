import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const redirects: Example = {
  id: 'redirects',
  title: 'Redirects, including HTTP to HTTPS',
  lesson: 'filters',
  concepts: ['redirect', 'https-redirect'],
  explanation:
    'A RequestRedirect filter makes the gateway answer the client itself with a status code and a Location header; nothing is forwarded, so a redirect rule has no backendRefs. ' +
    'A route attached only to the HTTP listener sends every request to HTTPS with a 301. ' +
    'Path redirects swap a prefix or replace the whole path, and a hostname redirect folds an old domain into the main one. ' +
    'Without statusCode the redirect is a 302; 308 also tells the client to repeat the same method.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
