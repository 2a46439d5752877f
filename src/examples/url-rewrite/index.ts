import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const urlRewrite: Example = {
  id: 'url-rewrite',
  title: 'URL rewrite: prefix, full path and host',
  lesson: 'filters',
  concepts: ['url-rewrite-prefix', 'url-rewrite-full'],
  explanation:
    'A URLRewrite filter changes what the backend receives, and the client never notices: unlike a redirect, the request is forwarded. ' +
    'ReplacePrefixMatch swaps the matched prefix and keeps the rest of the path, and replacing it with / strips the prefix. ' +
    'ReplaceFullPath replaces the whole path, and hostname replaces the Host header the backend sees. ' +
    'The query string is kept.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
