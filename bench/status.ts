/**
 * Status computation's cost: for 1,000 routes on 50 Gateways, the resolve stage (attachment and
 * status) is timed against parsing the same text with the `yaml` package, and as a share of a
 * full analysis. Median of per-round ratios over interleaved, rotated rounds
 * (notes/performance.md §1). Target: resolve under 20% of parsing.
 */
import { parseAllDocuments } from 'yaml'
import { analyze } from '../src/engine'
import { resolveStatus } from '../src/engine/resolve'
import { printTable } from './table'

const GATEWAYS = 50
const ROUTES = 1000
const NAMESPACES = 10
const ROUNDS = 7
const TARGET = 0.2

/** A deterministic workspace shaped like real traffic: listeners, hostnames, weighted splits, grants. */
export function statusWorkspace(gateways = GATEWAYS, routes = ROUTES): string {
  const docs: string[] = []
  for (let g = 0; g < gateways; g++) {
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw-${g}
  namespace: infra
  labels: {team: platform}
spec:
  gatewayClassName: example
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      hostname: "*.site${g}.example.com"
      allowedRoutes:
        namespaces: {from: All}
    - name: https
      port: 443
      protocol: HTTPS
      hostname: "*.site${g}.example.com"
      tls:
        mode: Terminate
        certificateRefs: [{name: site${g}-cert}]
      allowedRoutes:
        namespaces:
          from: Selector
          selector: {matchLabels: {exposed: "true"}}`)
  }
  for (let n = 0; n < NAMESPACES; n++) {
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${n}\n  labels: {exposed: "${n % 2 === 0}"}`)
    docs.push(`apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: from-team-${(n + 1) % NAMESPACES}, namespace: team-${n}}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: team-${(n + 1) % NAMESPACES}}]
  to: [{group: "", kind: Service}]`)
  }
  for (let r = 0; r < routes; r++) {
    const g = r % gateways
    const ns = `team-${r % NAMESPACES}`
    const other = `team-${(r + NAMESPACES - 1) % NAMESPACES}`
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: route-${r}
  namespace: ${ns}
  labels: {app: app-${r}}
spec:
  parentRefs:
    - name: gw-${g}
      namespace: infra
      ${r % 3 === 0 ? 'sectionName: https' : 'port: 80'}
  hostnames: ["app${r}.site${g}.example.com"${r % 5 === 0 ? `, "*.site${g}.example.com"` : ''}]
  rules:
    - matches:
        - path: {type: PathPrefix, value: /api/v${r % 3}}
          headers: [{name: x-canary, value: "true"}]
      backendRefs:
        - {name: svc-${r}, port: 8080, weight: 90}
        - {name: svc-${r}-canary, port: 8080, weight: 10}
    - matches:
        - path: {type: Exact, value: /health}
      filters:
        - type: RequestHeaderModifier
          requestHeaderModifier: {add: [{name: x-route, value: route-${r}}]}
      backendRefs:
        - {name: svc-${r}, port: 8080}
    - backendRefs:
        - {name: shared-${r % 20}, namespace: ${other}, port: 80}`)
    docs.push(`apiVersion: v1\nkind: Service\nmetadata: {name: svc-${r}, namespace: ${ns}}\nspec:\n  ports: [{name: http, port: 8080, targetPort: 3000}]`)
  }
  for (let n = 0; n < NAMESPACES; n++) for (let s = 0; s < 20; s++) docs.push(`apiVersion: v1\nkind: Service\nmetadata: {name: shared-${s}, namespace: team-${n}}\nspec:\n  ports: [{port: 80}]`)
  return docs.join('\n---\n') + '\n'
}

function sample(fn: () => void, iterations: number): number {
  const t0 = performance.now()
  for (let i = 0; i < iterations; i++) fn()
  return (performance.now() - t0) / iterations
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export function benchStatus(): { resolveOverParse: number; resolveShareOfAnalysis: number } {
  const text = statusWorkspace()
  const analysis = analyze({ files: [{ name: 'bench.yaml', text }] })
  const routes = analysis.status.routes.length
  const accepted = analysis.status.routes.filter((r) => r.status.parents.every((p) => p.conditions[0]?.status === 'True')).length
  if (routes !== ROUTES) throw new Error(`expected ${ROUTES} routes in status, got ${routes}`)
  const objects = analysis.objects

  const candidates: Record<string, () => void> = {
    parse: () => void parseAllDocuments(text),
    resolve: () => void resolveStatus(objects, {}),
    analyze: () => void analyze({ files: [{ name: 'bench.yaml', text }] }),
  }
  // Calibrate: enough iterations for ~150 ms per sample.
  const iterations: Record<string, number> = {}
  for (const [name, fn] of Object.entries(candidates)) {
    const once = sample(fn, 1)
    iterations[name] = Math.max(1, Math.ceil(150 / Math.max(once, 0.01)))
  }
  const names = Object.keys(candidates)
  const times: Record<string, number[]> = { parse: [], resolve: [], analyze: [] }
  const overParse: number[] = []
  const share: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!)
    const t: Record<string, number> = {}
    for (const name of order) t[name] = sample(candidates[name]!, iterations[name]!)
    for (const name of names) times[name]!.push(t[name]!)
    overParse.push(t.resolve! / t.parse!)
    share.push(t.resolve! / t.analyze!)
  }
  const ratio = median(overParse)
  const shareOfAnalysis = median(share)
  printTable(`Status computation, ${ROUTES} HTTPRoutes on ${GATEWAYS} Gateways (${(text.length / 1024).toFixed(0)} KB; ${accepted} routes fully accepted; median of ${ROUNDS} rounds)`, ['what', 'ms (median)', 'ratio', 'target', ''], [
    ['yaml parseAllDocuments (baseline)', median(times.parse!).toFixed(1), '1.00', '', ''],
    ['resolve: attachment + status', median(times.resolve!).toFixed(1), ratio.toFixed(3), `< ${TARGET}`, ratio < TARGET ? 'ok' : 'OVER'],
    ['full analysis (parse, decode, resolve, graph)', median(times.analyze!).toFixed(1), median(times.analyze!.map((a, i) => a / times.parse![i]!)).toFixed(2), '', ''],
    ['resolve as share of full analysis', '', shareOfAnalysis.toFixed(3), '', ''],
  ])
  return { resolveOverParse: ratio, resolveShareOfAnalysis: shareOfAnalysis }
}

if (import.meta.url === `file://${process.argv[1]}`) benchStatus()
