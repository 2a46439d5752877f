import type { Question, SimRequest } from '../../model'

/** A request as a learner reads it: `HTTP GET shop.example.com/cart  x-beta: true`. */
export function describeRequest(r: SimRequest): string {
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
  let head: string
  if (r.protocol === 'GRPC') head = `gRPC ${r.grpc?.service ?? '?'}/${r.grpc?.method ?? '?'} on ${r.host ?? 'any host'}`
  else if (r.protocol === 'TCP' || r.protocol === 'UDP') head = `${r.protocol} connection${r.port ? ` to port ${r.port}` : ''}`
  else if (r.protocol === 'TLS') head = `TLS connection for ${r.host ?? 'no SNI'}${r.port ? ` on port ${r.port}` : ''}`
  else head = `${r.protocol} ${r.method ?? 'GET'} ${r.host ?? ''}${r.path ?? '/'}${r.port ? ` (port ${r.port})` : ''}`
  return [head, ...headers].join('   ')
}

/** What the question is about, in one line. */
export function describeSubject(q: Question): string {
  if (q.ask !== 'condition-reason') return describeRequest(q.request)
  const c = q.condition
  const where = c.at === undefined ? '' : 'listener' in c.at ? `, listener ${c.at.listener}` : c.at.parent > 0 ? `, parentRef ${c.at.parent + 1}` : ''
  return `status of ${c.kind} ${c.namespace}/${c.name}${where}: condition ${c.type}`
}

/** The words for an answer value: its choice's label when it has one. */
export function answerLabel(q: Question, value: string): string {
  return q.choices.find((c) => c.value === value)?.label ?? value
}
