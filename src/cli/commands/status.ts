import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { analyze } from '../../engine'
import type { Analysis, Condition, GatewayLikeStatus, ObjectStatus, RouteParentStatus } from '../../model'
import { formatStatusText } from '../format-status'
import { oneOf, readSources } from '../io'

export const statusHelp = `routelab status [--services auto|declared|assumed] [--format text|json|yaml] FILE...
  Computes the status a conformant controller would write: route parents (Accepted, ResolvedRefs),
  Gateways, ListenerSets and listeners (attachedRoutes, supportedKinds, conditions), explained.
  --services  how backendRefs (and certificate Secrets, CA ConfigMaps) resolve: against declared
              objects, assumed to exist, or auto (declared once the files declare any; default)
  FILE may be - for standard input. Exit code: 0 when every route parent is Accepted=True and
  ResolvedRefs=True, 1 otherwise (also when a parentRef names an undeclared parent), 2 on usage errors.`

const plain = (c: Condition) => ({ type: c.type, status: c.status, reason: c.reason, message: c.message })

function gatewayLike(s: ObjectStatus<GatewayLikeStatus>) {
  return {
    kind: s.kind,
    namespace: s.namespace,
    name: s.name,
    status: {
      conditions: s.status.conditions.map(plain),
      listeners: s.status.listeners.map((l) => ({ name: l.name, attachedRoutes: l.attachedRoutes, supportedKinds: l.supportedKinds, conditions: l.conditions.map(plain) })),
    },
  }
}

function route(s: ObjectStatus<{ parents: RouteParentStatus[] }>) {
  return { kind: s.kind, namespace: s.namespace, name: s.name, status: { parents: s.status.parents.map((p) => ({ parentRef: p.parentRef, controllerName: p.controllerName, conditions: p.conditions.map(plain) })) } }
}

/** The JSON/YAML document of `routelab status`, in exactly the documented shape. */
export function statusDocument(a: Analysis) {
  return { gateways: a.status.gateways.map(gatewayLike), listenerSets: a.status.listenerSets.map(gatewayLike), routes: a.status.routes.map(route), problems: a.problems }
}

/** 0 when every route parent is Accepted=True and ResolvedRefs=True (and every parentRef has a parent). */
export function statusExitCode(a: Analysis): number {
  const healthy = (p: RouteParentStatus) => ['Accepted', 'ResolvedRefs'].every((t) => p.conditions.some((c) => c.type === t && c.status === 'True'))
  const allParents = a.status.routes.every((r) => r.status.parents.every(healthy))
  return allParents && !a.problems.some((p) => p.code === 'route-parent-not-found') ? 0 : 1
}

export function status(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { services: { type: 'string' }, format: { type: 'string' }, channel: { type: 'string' } },
  })
  const services = oneOf('services', values.services, ['auto', 'declared', 'assumed'] as const, 'auto')
  const format = oneOf('format', values.format, ['text', 'json', 'yaml'] as const, 'text')
  const channel = oneOf('channel', values.channel, ['standard', 'experimental'] as const, 'experimental')
  const files = readSources(positionals)
  const analysis = analyze({ files, options: { services, channel } })
  if (format === 'json') out(JSON.stringify(statusDocument(analysis), null, 2))
  else if (format === 'yaml') out(stringify(statusDocument(analysis)).trimEnd())
  else out(formatStatusText(analysis).join('\n').trimEnd())
  return statusExitCode(analysis)
}
