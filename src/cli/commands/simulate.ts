import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { analyze, simulate } from '../../engine'
import type { Analysis, ServiceResolution, SimRequest, SimResult } from '../../model'
import { oneOf, readSources, UsageError } from '../io'

export const simulateHelp = `routelab simulate [--services auto|declared|assumed] [--format json|text] MANIFEST... (--request JSON | --requests FILE)
  Follows requests through the manifests: listener, route, rule, backends, what the backend
  receives, and a trace that says why. FILE is a JSON or YAML list of requests. JSON output is a
  list of results in order; text output shows each trace in words.`

const SERVICES = ['auto', 'declared', 'assumed'] as const

/** Reads `--requests FILE` (JSON or YAML: a list, or `{requests: [...]}`). */
export function readRequests(file: string): unknown[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (e) {
    throw new UsageError(`${file} is not JSON or YAML: ${(e as Error).message.split('\n')[0]}`)
  }
  const list = Array.isArray(data) ? data : (data as { requests?: unknown } | null)?.requests
  if (!Array.isArray(list)) throw new UsageError(`${file} must hold a list of requests`)
  return list
}

/** Reads the manifests the way every simulating command does. */
export function analyzeManifests(paths: readonly string[], services: ServiceResolution): Analysis {
  return analyze({ files: readSources(paths), options: { services } })
}

export function describeRequest(r: SimRequest): string {
  if (r.protocol === 'GRPC') return `GRPC ${r.host ?? ''} /${r.grpc?.service ?? ''}/${r.grpc?.method ?? ''}`
  if (r.protocol === 'TCP' || r.protocol === 'UDP' || r.protocol === 'TLS') return `${r.protocol} ${r.host ?? ''}${r.port ? ` port ${r.port}` : ''}`.replace(/\s+/g, ' ')
  return `${r.protocol} ${r.method ?? 'GET'} ${r.host ?? ''}${r.path ?? '/'}`
}

/** The text form: a headline, the outcome, then the trace in words. */
export function formatResult(req: SimRequest, r: SimResult): string {
  const lines = [`${describeRequest(req)}`]
  const route = r.route ? `${r.route.kind} ${r.route.namespace}/${r.route.name} rule ${r.rule}${r.match !== null ? ` match ${r.match}` : ''}` : 'no route'
  lines.push(`  → ${r.status}${r.grpcStatus ? ` (gRPC ${r.grpcStatus})` : ''}, listener ${r.listener ?? '(none)'}, ${route}`)
  for (const b of r.backends) lines.push(`    backend ${b.namespace}/${b.name}:${b.port ?? '?'} weight ${b.weight} (${Math.round(b.probability * 1000) / 10}%)${b.invalid ? ` invalid: ${b.invalid}` : ''}`)
  if (r.forwarded) lines.push(`    forwarded ${r.forwarded.method} ${r.forwarded.host}${r.forwarded.path} ${JSON.stringify(r.forwarded.headers)}`)
  if (Object.keys(r.response.headers).length) lines.push(`    response headers ${JSON.stringify(r.response.headers)}`)
  for (const m of r.mirrors) lines.push(`    mirror ${m.namespace}/${m.name}:${m.port ?? '?'} ${m.percent}%`)
  lines.push('  why:')
  for (const t of r.trace) lines.push(`    ${t.outcome.padEnd(8)} ${t.step.padEnd(8)} ${t.subject}: ${t.reason}`)
  return lines.join('\n')
}

export function simulateCommand(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { services: { type: 'string' }, format: { type: 'string' }, request: { type: 'string' }, requests: { type: 'string' } },
  })
  const services = oneOf('services', values.services, SERVICES, 'auto')
  const format = oneOf('format', values.format, ['json', 'text'] as const, 'json')
  if ((values.request === undefined) === (values.requests === undefined)) throw new UsageError('give exactly one of --request JSON or --requests FILE')
  let requests: unknown[]
  if (values.request !== undefined) {
    try {
      requests = [JSON.parse(values.request)]
    } catch (e) {
      throw new UsageError(`--request is not JSON: ${(e as Error).message}`)
    }
  } else requests = readRequests(values.requests!)
  const analysis = analyzeManifests(positionals, services)
  const results = requests.map((r) => simulate(analysis, r as SimRequest))
  if (format === 'json') out(JSON.stringify(results, null, 2))
  else out(results.map((r, i) => formatResult(requests[i] as SimRequest, r)).join('\n\n'))
  return 0
}
