import { stringify } from 'yaml'

/**
 * The workspace's test cases as a YAML file. Their format belongs to the request tester; this
 * writes whatever the workspace holds: a string as it is (it is already the file), anything else
 * as YAML.
 *
 * @example
 * exportCases([{ request: { path: '/' } }]) // '- request:\n    path: /\n'
 */
export function exportCases(cases: unknown): string {
  if (cases === undefined || cases === null) return ''
  if (typeof cases === 'string') return cases.endsWith('\n') || cases === '' ? cases : `${cases}\n`
  return stringify(cases, { lineWidth: 0, aliasDuplicateObjects: false })
}
