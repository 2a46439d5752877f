/**
 * Seeded manifests for the UI benchmarks: RouteLab-shaped workspaces (../shared/notes/performance.md
 * §7): one Gateway with two listeners per 100 routes, three rules per route, about 1.5 shared
 * backends per route, 30% of routes attached to a named listener. The same seed gives the same text.
 */
import { seededRandom as mulberry32 } from '../../src/engine/util/seeded-random'

const WORDS = ['cart', 'items', 'search', 'orders', 'users', 'api', 'v1', 'v2', 'static', 'assets', 'login', 'pay']

/** A workspace with `routes` HTTPRoutes spread over a few namespaces. */
export function generateWorkspace(routes: number, seed = 1): string {
  const rnd = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const gateways = Math.max(1, Math.ceil(routes / 100))
  const namespaces = ['team-a', 'team-b', 'team-c', 'team-d'].slice(0, Math.max(1, Math.min(4, Math.ceil(routes / 10))))
  const backends = Math.max(2, Math.round(routes * 1.5))
  const docs: string[] = []
  for (let g = 0; g < gateways; g++) {
    docs.push(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw-${g}
  namespace: infra
spec:
  gatewayClassName: envoy
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes:
        namespaces:
          from: All
    - name: https
      protocol: HTTPS
      port: 443
      hostname: "*.example${g}.com"
      tls:
        certificateRefs:
          - name: cert-${g}
      allowedRoutes:
        namespaces:
          from: All`)
  }
  for (let r = 0; r < routes; r++) {
    const ns = namespaces[r % namespaces.length]!
    const g = r % gateways
    const section = rnd() < 0.3 ? `\n      sectionName: ${pick(['http', 'https'])}` : ''
    const rules: string[] = []
    for (let k = 0; k < 3; k++) {
      const path = `/svc${r}/${pick(WORDS)}${k ? `/${pick(WORDS)}` : ''}`
      const header = rnd() < 0.35 ? `\n          headers:\n            - name: x-h${k}\n              value: ${pick(['a', 'b', 'canary'])}` : ''
      const method = rnd() < 0.3 ? `\n          method: ${pick(['GET', 'POST'])}` : ''
      const b1 = Math.floor(rnd() * backends)
      const split = rnd() < 0.3
      const refs = split
        ? `        - name: be-${b1}\n          port: 8080\n          weight: 90\n        - name: be-${(b1 + 1) % backends}\n          port: 8080\n          weight: 10`
        : `        - name: be-${b1}\n          port: 8080`
      rules.push(`    # rule ${k} of route ${r}
    - matches:
        - path:
            type: ${pick(['PathPrefix', 'Exact'])}
            value: ${path}${header}${method}
      backendRefs:
${refs}`)
    }
    docs.push(`# route ${r}
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: route-${r}
  namespace: ${ns}
  labels:
    app: app-${r % 37}
spec:
  parentRefs:
    - name: gw-${g}
      namespace: infra${section}
  hostnames:
    - app${r}.example${g}.com
  rules:
${rules.join('\n')}`)
  }
  return docs.join('\n---\n') + '\n'
}
