import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const pathMatching: Example = {
  id: 'path-matching',
  title: 'Path matching: Exact, PathPrefix, RegularExpression',
  lesson: 'matching',
  concepts: ['path-matching'],
  explanation:
    'Exact matches one path and nothing else, while PathPrefix matches a path and everything below it, whole segments at a time, so /guides matches /guides/intro but not /guidesx. ' +
    'A RegularExpression must match the whole path; Envoy-based gateways, and RouteLab, use RE2. ' +
    'The query string is never part of the path, and paths are case-sensitive. ' +
    'Several matches in one rule are OR-ed: any one of them is enough.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
