import { parseArgs } from 'node:util'
import { analyze } from '../../engine'
import type { Problem } from '../../model'
import { oneOf, readSources, UsageError } from '../io'

export const validateHelp = `routelab validate [--channel standard|experimental] [--format text|json] FILE...
  Reads Gateway API manifests and reports every problem the API server would raise (schema, CEL
  rules, apiVersion), plus RouteLab's warnings, like a compiler: file:line:col severity code message.
  --channel  the Gateway API channel the cluster runs (default: experimental)
  --format   text (default) or json ({"problems": [...]})
  FILE may be - for standard input. Exit code: 1 if any error, 0 otherwise, 2 on usage errors.`

/** One compiler-style line: `file:line:col severity code path: message`. */
export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.path}: ` : ''
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${where}${p.message}`
}

const byPosition = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column

/**
 * `routelab validate`: reads the files, analyses them together (duplicates across files count),
 * prints the problems, and returns the exit code.
 */
export function validate(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { channel: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    out(validateHelp)
    return 0
  }
  const channel = oneOf('channel', values.channel, ['standard', 'experimental'] as const, 'experimental')
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text')
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once')
  const files = readSources(positionals)
  const problems = [...analyze({ files, options: { channel } }).problems].sort(byPosition)
  if (format === 'json') out(JSON.stringify({ problems }, null, 2))
  else for (const p of problems) out(formatProblem(p))
  return problems.some((p) => p.severity === 'error') ? 1 : 0
}
