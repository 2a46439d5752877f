import type { Analysis, Condition, GatewayLikeStatus, ObjectStatus, RouteParentStatus } from '../model'

/** Plain aligned columns, two spaces apart: the CLI's table format. */
export function table(rows: string[][], indent = '  '): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd())
}

const cell = (conditions: readonly Condition[], type: string): string => {
  const c = conditions.find((x) => x.type === type)
  if (!c) return '-'
  return c.reason === type || (c.reason === 'NoConflicts' && c.status === 'False') ? c.status : `${c.status} ${c.reason}`
}

/** Conditions that are not as a healthy object would have them. */
const unhealthy = (c: Condition) => (c.type === 'Conflicted' || c.type === 'PartiallyInvalid' || c.type === 'InsecureFrontendValidationMode' ? c.status === 'True' : c.status !== 'True')

function listenerFacts(a: Analysis, kind: string, ns: string, name: string, listener: string): { port: string; protocol: string; hostname: string } {
  const obj = a.objects.find((o) => o.kind === kind && o.metadata.namespace === ns && o.metadata.name === name)
  const spec = obj?.spec as { listeners?: { name?: string; port?: number; protocol?: string; hostname?: string }[] } | undefined
  const l = Array.isArray(spec?.listeners) ? spec.listeners.find((x) => x?.name === listener) : undefined
  return { port: String(l?.port ?? '?'), protocol: l?.protocol ?? '?', hostname: l?.hostname ?? '*' }
}

function gatewayLike(a: Analysis, s: ObjectStatus<GatewayLikeStatus>): string[] {
  const out = [`${s.kind} ${s.namespace}/${s.name}`]
  out.push(...table(s.status.conditions.map((c) => [c.type, c.status, c.reason, c.message])))
  if (s.kind === 'Gateway' && s.status.attachedListenerSets) out.push(`  attached ListenerSets: ${s.status.attachedListenerSets}`)
  if (s.status.listeners.length) {
    const rows = [['LISTENER', 'PORT', 'PROTOCOL', 'HOSTNAME', 'ROUTES', 'ACCEPTED', 'PROGRAMMED', 'RESOLVEDREFS', 'CONFLICTED']]
    for (const l of s.status.listeners) {
      const f = listenerFacts(a, s.kind, s.namespace, s.name, l.name)
      rows.push([l.name, f.port, f.protocol, f.hostname, String(l.attachedRoutes), cell(l.conditions, 'Accepted'), cell(l.conditions, 'Programmed'), cell(l.conditions, 'ResolvedRefs'), cell(l.conditions, 'Conflicted')])
    }
    out.push(...table(rows))
    for (const l of s.status.listeners) {
      const seen = new Set<string>()
      for (const c of l.conditions.filter(unhealthy)) {
        if (seen.has(c.message)) continue
        seen.add(c.message)
        out.push(`    ${l.name} ${c.type}=${c.status} ${c.reason}: ${c.message}`)
      }
    }
  }
  return out
}

function route(s: ObjectStatus<{ parents: RouteParentStatus[] }>): string[] {
  const out = [`${s.kind} ${s.namespace}/${s.name}`]
  if (s.status.parents.length === 0) return [...out, '  no parent status (no parentRef names a declared Gateway or ListenerSet; see problems)']
  const rows = [['PARENT', 'ACCEPTED', 'RESOLVEDREFS']]
  for (const p of s.status.parents) {
    const r = p.parentRef
    rows.push([`${r.kind} ${r.namespace}/${r.name}${r.sectionName ? `#${r.sectionName}` : ''}${r.port ? `:${r.port}` : ''}`, cell(p.conditions, 'Accepted'), cell(p.conditions, 'ResolvedRefs')])
  }
  out.push(...table(rows))
  s.status.parents.forEach((p, i) => {
    const why = s.explanations?.[`parent/${i}/Accepted`]
    const name = `${p.parentRef.kind} ${p.parentRef.name}`
    for (const c of p.conditions) if (unhealthy(c) || c.type === 'Accepted') out.push(`    ${name} ${c.type}=${c.status} ${c.reason}: ${c.message}`)
    for (const l of why?.listeners ?? []) out.push(`      listener ${l.listener} (${l.parent}): ${l.outcome}${l.outcome === 'rejected' ? ` at ${l.reason}` : ''}${l.hostnames ? `, hostnames ${l.hostnames.join(', ') || 'none'}` : ''}`)
  })
  return out
}

/**
 * The text format of `routelab status`: one block per Gateway, ListenerSet and route, with a table
 * of conditions and the explanation under every condition that is not healthy.
 *
 * @example
 * formatStatusText(analysis).forEach((line) => console.log(line))
 */
export function formatStatusText(a: Analysis): string[] {
  const out: string[] = []
  for (const g of a.status.gateways) out.push(...gatewayLike(a, g), '')
  for (const l of a.status.listenerSets) out.push(...gatewayLike(a, l), '')
  for (const r of a.status.routes) out.push(...route(r), '')
  const problems = a.problems.filter((p) => p.severity !== 'info')
  if (problems.length) {
    out.push('Problems')
    for (const p of problems) out.push(`  ${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`)
  }
  return out
}
