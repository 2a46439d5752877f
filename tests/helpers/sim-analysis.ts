import { analyze } from '../../src/engine'
import { refOf, type Analysis, type EffectiveListener, type GatewayObject, type ManifestObject, type RouteBinding, type RouteObject } from '../../src/model'

/**
 * Analyses YAML for simulator tests. When the resolve stage provides listeners and bindings,
 * they are used as is; otherwise a deliberately small attachment (port, sectionName, kind,
 * allowedRoutes Same/All, hostname intersection) stands in, so the matcher can be tested alone.
 */
export function simAnalysis(yaml: string, name = 'test.yaml'): Analysis {
  const analysis = analyze({ files: [{ name, text: yaml }] })
  if (analysis.listeners && analysis.bindings) return analysis
  return { ...analysis, ...simpleAttach(analysis.objects) }
}

const KINDS: Record<string, string[]> = { HTTP: ['HTTPRoute', 'GRPCRoute'], HTTPS: ['HTTPRoute', 'GRPCRoute'], TLS: ['TLSRoute'], TCP: ['TCPRoute'], UDP: ['UDPRoute'] }

function intersect(l: string | undefined, r: string | undefined): string | undefined {
  if (!l) return r ?? ''
  if (!r) return l
  const covers = (w: string, h: string) => w.startsWith('*.') && h.endsWith(w.slice(1)) && h.length > w.length - 1
  if (l === r) return l
  if (covers(l, r)) return r
  if (covers(r, l)) return l
  return undefined
}

export function simpleAttach(objects: readonly ManifestObject[]): { listeners: EffectiveListener[]; bindings: RouteBinding[] } {
  const listeners: EffectiveListener[] = []
  const gateways = objects.filter((o): o is GatewayObject => o.kind === 'Gateway')
  for (const g of gateways) {
    for (const l of g.spec.listeners ?? []) {
      const e: EffectiveListener = { gateway: refOf(g), owner: refOf(g), name: l.name, port: l.port, protocol: l.protocol, ready: true }
      if (l.hostname) e.hostname = l.hostname
      if (l.tls?.mode) e.tlsMode = l.tls.mode
      listeners.push(e)
    }
  }
  const bindings: RouteBinding[] = []
  for (const o of objects) {
    if (!['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'].includes(o.kind)) continue
    const route = o as RouteObject
    const spec = route.spec as { parentRefs?: { kind?: string; name: string; namespace?: string; sectionName?: string; port?: number }[]; hostnames?: string[] }
    ;(spec.parentRefs ?? []).forEach((p, parentRefIndex) => {
      if ((p.kind ?? 'Gateway') !== 'Gateway') return
      const g = gateways.find((x) => x.metadata.name === p.name && x.metadata.namespace === (p.namespace ?? route.metadata.namespace))
      if (!g) return
      for (const l of g.spec.listeners ?? []) {
        if (p.sectionName !== undefined && p.sectionName !== l.name) continue
        if (p.port !== undefined && p.port !== l.port) continue
        if (!(KINDS[l.protocol] ?? []).includes(route.kind)) continue
        if ((l.allowedRoutes?.namespaces?.from ?? 'Same') === 'Same' && g.metadata.namespace !== route.metadata.namespace) continue
        const routeHosts = spec.hostnames?.length ? spec.hostnames : [undefined]
        const hostnames = [...new Set(routeHosts.map((h) => intersect(l.hostname, h)).filter((h): h is string => h !== undefined))]
        if (hostnames.length === 0) continue
        bindings.push({ route: refOf(route), parentRefIndex, listener: { owner: refOf(g), name: l.name }, gateway: refOf(g), hostnames: hostnames.filter((h) => h !== '') })
      }
    })
  }
  return { listeners, bindings }
}
