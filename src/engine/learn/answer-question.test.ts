import { describe, expect, it } from 'vitest'
import type { Question, RequestAsk, RequestQuestion, SimRequest } from '../../model'
import { analyze } from '../analyze'
import { answerQuestion } from './answer-question'

const TEXT = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: t}
spec:
  gatewayClassName: example
  listeners:
    - {name: http, protocol: HTTP, port: 80}
    - {name: db, protocol: TCP, port: 5432}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: t}
spec:
  parentRefs: [{name: edge, sectionName: http}]
  hostnames: [a.example.com]
  rules:
    - matches: [{path: {type: PathPrefix, value: /old}}]
      filters:
        - {type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}
    - matches: [{path: {type: PathPrefix, value: /api}}]
      filters:
        - type: URLRewrite
          urlRewrite: {hostname: api.internal, path: {type: ReplacePrefixMatch, replacePrefixMatch: /}}
        - type: RequestHeaderModifier
          requestHeaderModifier: {set: [{name: x-via, value: edge}]}
        - type: ResponseHeaderModifier
          responseHeaderModifier: {set: [{name: x-frame-options, value: DENY}]}
        - type: RequestMirror
          requestMirror: {backendRef: {name: shadow, port: 80}, percent: 25}
        - type: RequestMirror
          requestMirror: {backendRef: {name: audit, port: 80}}
      backendRefs: [{name: api, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /broken}}]
      backendRefs: [{name: missing, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata: {name: db, namespace: t}
spec:
  parentRefs: [{name: edge, sectionName: db}]
  rules: [{backendRefs: [{name: pg, port: 5432}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: stray, namespace: t}
spec:
  parentRefs: [{name: edge, sectionName: nope}]
  rules: [{backendRefs: [{name: api, port: 80}]}]
`
const SERVICES = ['api', 'shadow', 'audit']
  .map((n) => `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${n}, namespace: t}\nspec: {ports: [{port: 80}]}\n`)
  .concat('---\napiVersion: v1\nkind: Service\nmetadata: {name: pg, namespace: t}\nspec: {ports: [{port: 5432}]}\n')
  .join('')
const analysis = analyze({ files: [{ name: 'w.yaml', text: TEXT + SERVICES }] })

const api: SimRequest = { protocol: 'HTTP', host: 'a.example.com', path: '/api/orders?x=1', headers: { 'X-Via': 'client' } }
const ask = (a: RequestAsk, request: SimRequest, values: string[], header?: string): RequestQuestion => {
  const q: RequestQuestion = { id: 'q', example: 'e', prompt: 'p', ask: a, request, choices: values.map((value) => ({ value })) }
  if (header) q.header = header
  return q
}

describe('answerQuestion', () => {
  it.each<[RequestAsk, SimRequest, string, string?]>([
    ['backend', api, 'api'],
    ['backend', { protocol: 'HTTP', host: 'a.example.com', path: '/old/x' }, 'none'],
    ['backend', { protocol: 'HTTP', host: 'a.example.com', path: '/broken' }, 'none'],
    ['backend', { protocol: 'TCP', port: 5432 }, 'pg'],
    ['backend', { protocol: 'TCP', port: 9999 }, 'none'],
    ['route', api, 't/web'],
    ['route', { protocol: 'HTTP', host: 'b.example.com', path: '/' }, 'none'],
    ['rule', api, 't/web rule 1'],
    ['listener', { protocol: 'TCP', port: 5432 }, 'db'],
    ['listener', { protocol: 'UDP', port: 53 }, 'none'],
    ['status', { protocol: 'HTTP', host: 'a.example.com', path: '/old/x' }, '301'],
    ['status', { protocol: 'HTTP', host: 'a.example.com', path: '/broken' }, '500'],
    ['grpc-status', { protocol: 'GRPC', host: 'a.example.com', grpc: { service: 'x.Y', method: 'Z' } }, 'UNIMPLEMENTED'],
    ['grpc-status', api, 'none'],
    ['forwarded-path', api, '/orders?x=1'],
    ['forwarded-path', { protocol: 'HTTP', host: 'a.example.com', path: '/old/x' }, 'none'],
    ['forwarded-host', api, 'api.internal'],
    ['forwarded-header', api, 'edge', 'X-Via'],
    ['forwarded-header', api, 'absent', 'x-debug'],
    ['response-header', api, 'DENY', 'x-frame-options'],
    ['response-header', api, 'absent', 'server'],
    ['location', { protocol: 'HTTP', host: 'a.example.com', path: '/old/x?y=2' }, 'https://a.example.com/old/x?y=2'],
    ['location', api, 'none'],
    ['mirrors', api, 'audit 100%, shadow 25%'],
    ['mirrors', { protocol: 'HTTP', host: 'a.example.com', path: '/broken' }, 'none'],
  ])('%s of %j is %s', (a, request, expected, header) => {
    const result = answerQuestion(analysis, ask(a, request, ['something else', expected], header))
    expect(result.answer).toBe(expected)
    expect(result.choice).toBe(1)
    expect(result.matching).toEqual([1])
    expect(result.explanation.length).toBeGreaterThan(0)
  })

  it('reads a condition reason from the status report, explained', () => {
    const q: Question = { id: 'q', example: 'e', prompt: 'p', ask: 'condition-reason', condition: { kind: 'HTTPRoute', namespace: 't', name: 'stray', at: { parent: 0 }, type: 'Accepted' }, choices: [{ value: 'Accepted' }, { value: 'NoMatchingParent' }] }
    const a = answerQuestion(analysis, q)
    expect(a).toMatchObject({ answer: 'NoMatchingParent', choice: 1, matching: [1] })
    expect(a.explanation[0]).toMatch(/^HTTPRoute t\/stray: Accepted=False \(NoMatchingParent\)/)
    expect(a.explanation.some((l) => l.startsWith('listener http of Gateway t/edge: rejected'))).toBe(true)
  })

  it('explains why the winner won and why a request matched nothing', () => {
    const hit = answerQuestion(analysis, ask('route', api, ['t/web']))
    expect(hit.explanation.some((l) => /^HTTPRoute t\/web rule 1 match 0: /.test(l))).toBe(true)
    const miss = answerQuestion(analysis, ask('route', { protocol: 'HTTP', host: 'a.example.com', path: '/nothing' }, ['none']))
    expect(miss.explanation.some((l) => /does not start with the path elements of \/api/.test(l))).toBe(true)
  })

  it('reports no choice, or every duplicate choice, instead of guessing', () => {
    expect(answerQuestion(analysis, ask('backend', api, ['a', 'b']))).toMatchObject({ answer: 'api', choice: -1, matching: [] })
    expect(answerQuestion(analysis, ask('backend', api, ['api', 'x', 'api']))).toMatchObject({ choice: 0, matching: [0, 2] })
  })

  it('never throws on a malformed question or a missing condition', () => {
    const hostile = { id: 'q', example: 'e', prompt: 'p', ask: 'status', request: { protocol: 'SMTP' }, choices: 'nope' } as unknown as Question
    expect(answerQuestion(analysis, hostile)).toMatchObject({ answer: '404', choice: -1, matching: [] })
    const missing: Question = { id: 'q', example: 'e', prompt: 'p', ask: 'condition-reason', condition: { kind: 'Gateway', namespace: 't', name: 'nope', type: 'Accepted' }, choices: [] }
    expect(answerQuestion(analysis, missing)).toMatchObject({ answer: 'none', choice: -1 })
  })
})
