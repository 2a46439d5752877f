import { parseArgs } from 'node:util'
import { analyze, formatRoutingTable, routingTable } from '../../engine'
import { oneOf, readSources } from '../io'

export const tableHelp = `routelab table [--services auto|declared|assumed] [--format markdown|json] MANIFEST...
  Prints the effective routing table per listener: virtual hosts, matches in precedence order
  (the order simulate tries them), filters, and backends with their traffic shares, including
  the share answered 500 because a backend is invalid; rows no request can reach are marked.
  MANIFEST may be - for standard input. Exit code: 0, or 2 on usage errors.`

export function tableCommand(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { services: { type: 'string' }, format: { type: 'string' } },
  })
  const services = oneOf('services', values.services, ['auto', 'declared', 'assumed'] as const, 'auto')
  const format = oneOf('format', values.format, ['markdown', 'json'] as const, 'markdown')
  const analysis = analyze({ files: readSources(positionals), options: { services } })
  out(formatRoutingTable(routingTable(analysis), format).trimEnd())
  return 0
}
