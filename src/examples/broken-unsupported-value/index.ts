import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenUnsupportedValue: Example = {
  id: 'broken-unsupported-value',
  title: 'Broken: a regex RE2 cannot run',
  lesson: 'status',
  concepts: ['status-reason', 'path-matching'],
  explanation:
    'To match every path except /admin the author wrote a negative lookahead, (?!admin). ' +
    'The API server accepts any pattern, but Envoy-based gateways use RE2, which has no lookaround, so the only rule is invalid and the whole route is refused: Accepted=False with reason UnsupportedValue. ' +
    'Precedence does the job without lookaround: a more specific rule for /admin beside PathPrefix /.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'HTTPRoute',
    namespace: 'web',
    name: 'public',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'UnsupportedValue',
    fix: 'Give /admin its own PathPrefix rule and match everything else with PathPrefix /.',
  },
}
