import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const routePrecedence: Example = {
  id: 'route-precedence',
  title: 'Precedence between routes',
  lesson: 'precedence',
  concepts: ['route-precedence', 'path-matching'],
  explanation:
    'When several rules match a request, exactly one wins, and it does not matter which route each rule is in. ' +
    'After the hostname, an Exact path beats any prefix, then the longer prefix wins, then a match with a method, then more headers, then more query parameters. ' +
    'Only if everything ties does the oldest route win, then the first by namespace/name, then the first rule. ' +
    'Each route here adds one more specific condition than the last; send POST /products/shoes with x-role: admin and follow the trace to see which condition decides.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
