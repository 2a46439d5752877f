import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const headerMatching: Example = {
  id: 'header-matching',
  title: 'Header matching: AND, OR, exact and regex',
  lesson: 'matching',
  concepts: ['header-matching'],
  explanation:
    'Every condition inside one match must hold (AND); several matches in one rule are alternatives (OR). ' +
    'Header names compare case-insensitively, values exactly, and a RegularExpression value must match the whole header value. ' +
    'A rule without matches catches every request the other rules did not take, because a match with header conditions outranks one without. ' +
    'Try x-env: Staging with a capital S and see it fall through to production.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
