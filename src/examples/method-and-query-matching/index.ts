import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const methodAndQueryMatching: Example = {
  id: 'method-and-query-matching',
  title: 'Method and query parameter matching',
  lesson: 'matching',
  concepts: ['method-matching', 'query-matching'],
  explanation:
    'A match can name one HTTP method and any number of query parameters, AND-ed with its path. ' +
    'Here writes (POST) go to one service, summary reads (?view=summary) to another, and all other requests under /orders to a third. ' +
    'Methods compare exactly, and query parameter names and values are case-sensitive. ' +
    'When both could match, the method wins: in precedence a method outranks headers and query parameters.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
