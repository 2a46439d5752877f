import { expect } from 'vitest'
import { route } from './http-route'
import { cel, object, V1, type Case, type Json } from './types'

const be = (extra: Json = {}): Json => ({ name: 'svc', port: 8080, ...extra })
const gw = (listeners: Json[], extra: Json = {}): Json => object('Gateway', { gatewayClassName: 'gc', listeners, ...extra })
const http: Json = { name: 'http', port: 80, protocol: 'HTTP' }
const tlsRoute = (hostnames: string[]): Json => object('TLSRoute', { parentRefs: [{ name: 'gw' }], hostnames, rules: [{ backendRefs: [be()] }] })
const withAddress = (address: Json): Json => gw([http], { addresses: [address] })
const HOSTNAME_PATTERN = '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'

/** Schema errors with the API server's words, apiVersion and channel checks, and loophole warnings. */
export const SCHEMA_CASES: Case[] = [
  { name: 'missing required field', manifest: object('Gateway', { listeners: [http] }), expect: [['schema-required', 'spec.gatewayClassName', 'Required value']] },
  {
    name: 'enum violation',
    manifest: route({ matches: [{ method: 'FETCH' }], backendRefs: [be()] }),
    expect: [['schema-enum', 'spec.rules[0].matches[0].method', 'Unsupported value: "FETCH": supported values: "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"']],
  },
  { name: 'pattern violation', manifest: object('HTTPRoute', { hostnames: ['Bad_Host'] }), expect: [['schema-pattern', 'spec.hostnames[0]', `should match '${HOSTNAME_PATTERN}'`]] },
  { name: 'too long', manifest: object('Gateway', { gatewayClassName: 'g'.repeat(254), listeners: [http] }), expect: [['schema-max-length', 'spec.gatewayClassName', 'Too long: may not be more than 253 bytes']] },
  { name: 'too short', manifest: object('Gateway', { gatewayClassName: '', listeners: [http] }), expect: [['schema-min-length', 'spec.gatewayClassName', 'should be at least 1 chars long']] },
  { name: 'below minimum', manifest: gw([{ ...http, port: 0 }]), expect: [['schema-minimum', 'spec.listeners[0].port', 'should be greater than or equal to 1']] },
  { name: 'above maximum', manifest: route({ backendRefs: [be({ port: 70000 })] }), expect: [['schema-maximum', 'spec.rules[0].backendRefs[0].port', 'should be less than or equal to 65535']] },
  { name: 'rules: [] is rejected (a default applies only when rules is absent)', manifest: object('HTTPRoute', { rules: [] }), expect: [['schema-min-items', 'spec.rules', 'should have at least 1 items']] },
  {
    name: 'too many items',
    manifest: object('HTTPRoute', { hostnames: Array.from({ length: 17 }, (_, i) => `h${i}.example`) }),
    expect: [['schema-max-items', 'spec.hostnames', 'Too many: 17: must have at most 16 items']],
  },
  { name: 'wrong JSON type', manifest: gw([{ ...http, port: '80' }]), expect: [['schema-type', 'spec.listeners[0].port', 'must be of type integer: "string"']] },
  {
    name: 'a wrong type switches CEL off',
    manifest: route({ backendRefs: [{ name: 'svc', weight: 'heavy' }] }),
    expect: [['schema-type', 'spec.rules[0].backendRefs[0].weight', 'must be of type integer: "string"']],
  },
  {
    name: 'a pattern error does not switch CEL off',
    manifest: object('HTTPRoute', { hostnames: ['Bad_Host'], rules: [{ backendRefs: [{ name: 'svc' }] }] }),
    expect: [['schema-pattern', 'spec.hostnames[0]', `should match '${HOSTNAME_PATTERN}'`], cel('spec.rules[0].backendRefs[0]', 'Must have port for Service reference')],
  },
  { name: 'unknown field', manifest: route({ backendRefs: [be()], weight: 3 }), expect: [['schema-unknown-field', 'spec.rules[0].weight', 'unknown field "spec.rules[0].weight"']] },
  {
    name: 'list-set duplicate',
    manifest: route({ filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { remove: ['x-a', 'x-a'] } }], backendRefs: [be()] }),
    expect: [['schema-duplicate', 'spec.rules[0].filters[0].requestHeaderModifier.remove[1]', 'Duplicate value: "x-a"']],
  },
  {
    name: 'list-map duplicate key (header names compared byte for byte)',
    manifest: route({ matches: [{ headers: [{ name: 'x-a', value: '1' }, { name: 'X-A', value: '2' }, { name: 'x-a', value: '3' }] }], backendRefs: [be()] }),
    expect: [['schema-duplicate', 'spec.rules[0].matches[0].headers[2]', 'Duplicate value: {"name":"x-a"}']],
  },
  ...['abc', 'fe80::1%eth0'].map(
    (value): Case => ({
      name: `address ${value} is not an IP`,
      manifest: withAddress({ type: 'IPAddress', value }),
      expect: [
        ['schema-one-of', 'spec.addresses[0]', 'must validate one and only one schema (oneOf). Found none valid'],
        ['schema-one-of', 'spec.addresses[0].value', 'must validate at least one schema (anyOf)'],
        ['schema-format', 'spec.addresses[0].value', `must be of type ipv4: "${value}"`],
      ],
    }),
  ),
  { name: 'metadata.name format', manifest: { ...route({ backendRefs: [be()] }), metadata: { name: 'My_Route' } }, expect: [['metadata-invalid', 'metadata.name', expect.stringContaining('a lowercase RFC 1123 subdomain') as unknown as string]] },
  { name: 'missing name', manifest: { apiVersion: V1, kind: 'HTTPRoute', metadata: {}, spec: {} }, expect: [['missing-identity', '', 'missing metadata.name']] },
  {
    name: 'unknown version',
    manifest: { ...route({ backendRefs: [be()] }), apiVersion: 'gateway.networking.k8s.io/v2' },
    expect: [['api-version-unknown', '', 'no matches for kind "HTTPRoute" in version "gateway.networking.k8s.io/v2" (served: v1, v1beta1)']],
  },
  {
    name: 'TCPRoute v1alpha2 is not served by the standard channel',
    manifest: { ...object('TCPRoute', { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [be()] }] }), apiVersion: 'gateway.networking.k8s.io/v1alpha2' },
    expect: [['api-version-not-served', '', 'gateway.networking.k8s.io/v1alpha2 TCPRoute is not served by the standard channel (served: v1)']],
  },
  {
    name: 'TCPRoute v1alpha2 is served, deprecated, by the experimental channel',
    channel: 'experimental',
    manifest: { ...object('TCPRoute', { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [be()] }] }), apiVersion: 'gateway.networking.k8s.io/v1alpha2' },
    expect: [['api-version-deprecated', '', expect.stringContaining('v1alpha2 version of TCPRoute has been deprecated') as unknown as string]],
  },
  {
    name: 'an experimental field in the standard channel',
    manifest: route({ backendRefs: [be()], retry: { attempts: 2 } }),
    expect: [['experimental-field', 'spec.rules[0].retry', '"retry" is an experimental-channel field; a standard-channel cluster drops it']],
  },
  { name: 'the same field in the experimental channel', channel: 'experimental', manifest: route({ backendRefs: [be()], retry: { attempts: 2 } }), expect: [] },
  { name: 'TLSRoute hostname that is an IP', manifest: tlsRoute(['10.0.0.1']), expect: [cel('spec.hostnames', 'Hostnames cannot contain an IP'), ['loophole-ip-hostname', 'spec.hostnames[0]', 'hostname "10.0.0.1" is an IP address or looks like one; hostnames must be DNS names, and the CRD lets this one through']] },
  { name: 'loophole: 10.20.30.400 is accepted as a TLSRoute hostname', manifest: tlsRoute(['10.20.30.400']), expect: [['loophole-ip-hostname', 'spec.hostnames[0]', 'hostname "10.20.30.400" is an IP address or looks like one; hostnames must be DNS names, and the CRD lets this one through']] },
  {
    name: 'loophole: exists_one lets two backendRefs with prefix rewrites through',
    manifest: route({
      matches: [{ path: { type: 'Exact', value: '/a' } }],
      backendRefs: [1, 2].map((i) => be({ name: `s${i}`, filters: [{ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } } }] })),
    }),
    expect: [
      [
        'loophole-exists-one',
        'spec.rules[0]',
        'Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified (the CRD checks this with exists_one, so it accepts several backendRefs that each carry such a filter)',
      ],
    ],
  },
  {
    name: 'loophole: an omitted namespace and the route namespace count as two parents',
    channel: 'experimental',
    manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw' }, { name: 'gw', namespace: 'ns' }] }),
    expect: [
      [
        'loophole-parent-namespace',
        'spec.parentRefs',
        'sectionName or port must be unique when parentRefs includes 2 or more references to the same parent (once an omitted namespace is read as the route\'s own, "ns"; the CRD compares namespaces as written, so the cluster accepts this)',
      ],
    ],
  },
  {
    name: 'loophole: the standard channel ignores port in parentRef uniqueness',
    manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw', sectionName: 'a' }, { name: 'gw', sectionName: 'b', port: 80 }] }),
    expect: [
      [
        'loophole-parent-port',
        'spec.parentRefs',
        "sectionName or port must be specified when parentRefs includes 2 or more references to the same parent (the experimental channel's rule, which takes port into account; the standard channel accepts this)",
      ],
    ],
  },
  {
    name: 'loophole: an encoded dot segment passes the path rules',
    manifest: route({ matches: [{ path: { type: 'PathPrefix', value: '/a/%2e%2e/admin' } }], backendRefs: [be()] }),
    expect: [['loophole-encoded-path', 'spec.rules[0].matches[0].path.value', 'path "/a/%2e%2e/admin" contains "%2e", which decodes to "."; the CRD\'s path rules check only the literal text, so a cluster accepts it']],
  },
  {
    name: 'loophole: the address type pattern anchors only its first branch',
    manifest: withAddress({ type: 'Hostnames', value: 'lb.example' }),
    expect: [
      [
        'loophole-pattern-anchor',
        'spec.addresses[0].type',
        expect.stringContaining('"Hostnames" passes the CRD pattern only because') as unknown as string,
      ],
    ],
  },
]

/** Valid near-misses: each sits just inside a rule the cases above break. No error, no warning. */
export const NEAR_MISSES: Case[] = [
  { name: 'exactly 128 matches', manifest: route(...[0, 1].map(() => ({ matches: Array.from({ length: 64 }, (_, i) => ({ path: { type: 'Exact', value: `/m${i}` } })), backendRefs: [be()] }))), expect: [] },
  { name: 'two parentRefs to one Gateway with different sectionNames', manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw', sectionName: 'a' }, { name: 'gw', sectionName: 'b' }] }), expect: [] },
  { name: 'prefix rewrite on a rule without matches (the default is one PathPrefix match)', manifest: route({ filters: [{ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } } }], backendRefs: [be()] }), expect: [] },
  { name: "a path with '...' as a segment", manifest: route({ matches: [{ path: { type: 'PathPrefix', value: '/a/...' } }], backendRefs: [be()] }), expect: [] },
  { name: 'a RegularExpression path is not held to the literal path rules', manifest: route({ matches: [{ path: { type: 'RegularExpression', value: '/a//b#c' } }], backendRefs: [be()] }), expect: [] },
  { name: 'a backendRef to another kind needs no port', manifest: route({ backendRefs: [{ name: 'b', group: 'example.com', kind: 'Bucket' }] }), expect: [] },
  { name: 'request timeout 0s disables the comparison', manifest: route({ timeouts: { request: '0s', backendRequest: '10s' }, backendRefs: [be()] }), expect: [] },
  { name: 'mirror numerator equal to the default denominator', manifest: route({ filters: [{ type: 'RequestMirror', requestMirror: { backendRef: be({ name: 'm' }), fraction: { numerator: 100 } } }], backendRefs: [be()] }), expect: [] },
  { name: "CORS allowOrigins with only '*'", manifest: route({ filters: [{ type: 'CORS', cors: { allowOrigins: ['*'], allowHeaders: ['*'] } }], backendRefs: [be()] }), expect: [] },
  { name: 'HTTPS listener with options instead of certificateRefs', manifest: gw([{ name: 'https', port: 443, protocol: 'HTTPS', tls: { options: { 'example.com/cert': 'vault' } } }]), expect: [] },
  { name: 'two listeners on one port with different hostnames', manifest: gw([{ ...http, hostname: 'a.example' }, { ...http, name: 'http2', hostname: 'b.example' }]), expect: [] },
  { name: 'TLS listener with tls {} (defaults to Terminate) and a certificate', manifest: gw([{ name: 'tls', port: 443, protocol: 'TLS', tls: { certificateRefs: [{ name: 'c' }] } }]), expect: [] },
  { name: 'gRPC match with only a service', manifest: object('GRPCRoute', { rules: [{ matches: [{ method: { service: 'echo.Echo' } }], backendRefs: [be()] }] }), expect: [] },
  { name: 'wildcard hostname', manifest: object('HTTPRoute', { hostnames: ['*.example.com'] }), expect: [] },
  { name: 'an HTTPRoute with no rules gets the default catch-all rule', manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw' }] }), expect: [] },
  { name: 'a null field is pruned, as the API server prunes it', manifest: route({ matches: null, backendRefs: [be()] }), expect: [] },
  { name: 'IPv6 address', manifest: withAddress({ type: 'IPAddress', value: '2001:db8::1' }), expect: [] },
  { name: 'TLSRoute with a DNS hostname', manifest: tlsRoute(['a.example.com']), expect: [] },
]
