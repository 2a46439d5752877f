import { stringify } from 'yaml'

const HEADER = '# Route tests from RouteLab. Run them in CI with:\n#   routelab test MANIFEST... --cases THIS_FILE\n'

/**
 * The workspace's test cases as the file `routelab test --cases` reads. A list of cases is written
 * as a YAML list under a comment saying how to run it; a string is already the file and is
 * written as it is; anything else (a workspace from an older version) as plain YAML.
 *
 * @example
 * exportCases([{ request: { protocol: 'HTTP', path: '/' }, expect: { status: 404 } }])
 * // '# Route tests from RouteLab. ...\n- request:\n    protocol: HTTP\n ...'
 */
export function exportCases(cases: unknown): string {
  if (cases === undefined || cases === null) return ''
  if (typeof cases === 'string') return cases.endsWith('\n') || cases === '' ? cases : `${cases}\n`
  const options = { lineWidth: 0, aliasDuplicateObjects: false }
  if (Array.isArray(cases)) return `${HEADER}${stringify(cases, options)}`
  return stringify(cases, options)
}
