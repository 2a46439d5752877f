import type { RoutingTable, RoutingTableBackend, RoutingTableMatch, RoutingTableRow } from '../../model'

export type TableFormat = 'markdown' | 'json'

/** A percentage with at most one decimal: `90%`, `33.3%`. */
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/** Markdown table cells: pipes and line breaks would end the cell. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
const code = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``

function matchText(m: RoutingTableMatch): string {
  const parts: string[] = []
  if (m.path) parts.push(`${m.path.type} ${code(m.path.value)}`)
  if (m.grpc) parts.push(`${m.grpc.type === 'Exact' ? 'gRPC' : 'gRPC regex'} ${code(`${m.grpc.service ?? '*'}/${m.grpc.method ?? '*'}`)}`)
  if (m.method) parts.push(`method ${m.method}`)
  for (const h of m.headers ?? []) parts.push(`header ${h.name} ${h.type === 'Exact' ? '=' : '~'} ${code(h.value)}`)
  for (const q of m.queryParams ?? []) parts.push(`query ${q.name} ${q.type === 'Exact' ? '=' : '~'} ${code(q.value)}`)
  return parts.join(', ') || 'any'
}

const backendText = (b: RoutingTableBackend) =>
  `${b.namespace}/${b.name}${b.port !== null ? `:${b.port}` : ''}${b.kind !== 'Service' ? ` (${b.kind})` : ''} ${percent(b.share)}${b.invalid ? ' (invalid: 500)' : ''}`

function answerText(r: RoutingTableRow): string {
  if (r.redirect) return `redirect ${r.redirect}`
  const parts = r.backends.filter((b) => b.share > 0 || r.backends.length === 1).map(backendText)
  const zero = r.backends.filter((b) => b.share === 0 && r.backends.length > 1).length
  if (zero) parts.push(`${zero} at weight 0`)
  if (r.errorShare > 0) parts.push(`**error ${percent(r.errorShare)}**`)
  return parts.join(', ') || 'error 100%'
}

function markdown(t: RoutingTable): string {
  if (t.listeners.length === 0) return '# Routing table\n\nNo Gateway listeners in the workspace.\n'
  const out: string[] = ['# Routing table', '', 'Per listener, the first host block whose hostname matches the request is the only one consulted; in it, the first row whose match holds answers (no row: 404).']
  for (const l of t.listeners) {
    out.push('', `## Gateway ${l.gateway} · listener ${l.listener} (${l.protocol} :${l.port}, ${l.hostname ?? 'any host'})`)
    if (l.owner.startsWith('ListenerSet')) out.push('', `Declared by ${l.owner}.`)
    if (!l.ready) out.push('', '**Not ready: this listener carries no traffic** (see its status).')
    if (l.hosts.length === 0) out.push('', 'No routes attached.')
    for (const h of l.hosts) {
      out.push('', `### ${h.hostname ?? 'any host'} (${h.kind})`, '', '| # | match | route | rule | filters | answer |', '|---:|---|---|---:|---|---|')
      h.rows.forEach((r, i) => {
        const route = `${r.route.namespace}/${r.route.name}`
        const rule = r.match ? `${r.rule} (match ${r.match})` : `${r.rule}`
        const answer = r.unreachable ? `~~${answerText(r)}~~ unreachable: ${r.unreachable}` : answerText(r)
        out.push(`| ${i + 1} | ${cell(matchText(r.matches))} | ${cell(route)} | ${rule} | ${cell(r.filters.join('; '))} | ${cell(answer)} |`)
      })
    }
  }
  return `${out.join('\n')}\n`
}

/**
 * The routing table as Markdown (a section per listener, a table per host) or as JSON (exactly
 * the RoutingTable shape, documented in the README).
 *
 * @example
 * formatRoutingTable(routingTable(analysis), 'markdown').split('\n')[0] // '# Routing table'
 */
export function formatRoutingTable(table: RoutingTable, format: TableFormat): string {
  return format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : markdown(table)
}
