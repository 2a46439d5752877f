import { parseArgs } from 'node:util'
import { analyze } from '../../engine'
import type { Problem } from '../../model'
import { oneOf, readSources } from '../io'

export const validateHelp = `routelab validate [--channel standard|experimental] [--format text|json] FILE...
  Reads Gateway API manifests and reports every problem, like a compiler.
  FILE may be - for standard input. Exit code: 1 if any error, 0 otherwise, 2 on usage errors.`

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`
}

export function validate(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { channel: { type: 'string' }, format: { type: 'string' } },
  })
  const channel = oneOf('channel', values.channel, ['standard', 'experimental'] as const, 'experimental')
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text')
  const files = readSources(positionals)
  const { problems } = analyze({ files, options: { channel } })
  if (format === 'json') out(JSON.stringify({ problems }, null, 2))
  else for (const p of problems) out(formatProblem(p))
  return problems.some((p) => p.severity === 'error') ? 1 : 0
}
