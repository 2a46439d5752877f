/**
 * Seeded generator of realistic HTTPRoute manifests for benchmarks and tests: labels, parentRefs
 * with sectionName, 2–4 rules with path, header and query matches, filters and weighted
 * backendRefs, about 1 KB of YAML per route (the shape notes/performance.md §7 describes).
 */

import { rng } from './gen-match-tables'

const WORDS = ['cart', 'items', 'orders', 'search', 'users', 'login', 'api', 'v2', 'assets', 'reports']

function route(i: number, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const svc = `svc${i}`
  const host = `app${i}.example${i % 20}.com`
  const rules: string[] = []
  const nRules = 2 + Math.floor(rnd() * 3)
  for (let r = 0; r < nRules; r++) {
    const path = `/${svc}/${pick(WORDS)}${r}`
    const lines = [
      '    - matches:',
      '        - path:',
      `            type: ${rnd() < 0.4 ? 'Exact' : 'PathPrefix'}`,
      `            value: ${path}`,
    ]
    if (rnd() < 0.35) lines.push('          headers:', '            - name: x-canary', `              value: "${pick(['true', 'beta', 'v2'])}"`)
    if (rnd() < 0.3) lines.push(`          method: ${pick(['GET', 'POST', 'PUT'])}`)
    if (rnd() < 0.1) lines.push('          queryParams:', '            - name: tenant', `              value: t${r}`)
    if (rnd() < 0.25) {
      lines.push('      filters:', '        - type: RequestHeaderModifier', '          requestHeaderModifier:', '            set:', '              - name: x-route', `                value: ${svc}-${r}`)
    }
    const w = 10 + Math.floor(rnd() * 80)
    lines.push(
      '      backendRefs:',
      `        - name: ${svc}-v1`,
      '          port: 8080',
      `          weight: ${100 - w}`,
      `        - name: ${svc}-v2`,
      '          port: 8080',
      `          weight: ${w}`,
    )
    rules.push(lines.join('\n'))
  }
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: route-${i}
  namespace: team-${i % 10}
  labels:
    app.kubernetes.io/name: ${svc}
    team: team-${i % 10}
spec:
  parentRefs:
    - name: edge
      namespace: infra
      sectionName: https
  hostnames:
    - ${host}
  rules:
${rules.join('\n')}
`
}

/**
 * A multi-document text with `n` HTTPRoutes.
 *
 * @example
 * const text = generateRoutes(100)   // about 100 KB
 */
export function generateRoutes(n: number, seed = 42): string {
  const rnd = rng(seed)
  const docs: string[] = []
  for (let i = 0; i < n; i++) docs.push(route(i, rnd))
  return docs.join('---\n')
}
