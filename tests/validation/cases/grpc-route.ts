import { cel, object, type Case, type Json } from './types'

const be = (extra: Json = {}): Json => ({ name: 'svc', port: 9000, ...extra })
const grpc = (...rules: Json[]): Json => object('GRPCRoute', { parentRefs: [{ name: 'gw' }], rules })
const rule = (extra: Json = {}): Json => ({ backendRefs: [be()], ...extra })
const withFilters = (...filters: Json[]): Json => grpc(rule({ filters }))
const method = (m: Json): Json => grpc(rule({ matches: [{ method: m }] }))
const matches = (n: number): Json[] => Array.from({ length: n }, (_, i) => ({ method: { service: 'echo.Echo', method: `M${i}` } }))

const FILTER_FIELDS: [string, string, Json][] = [
  ['RequestHeaderModifier', 'requestHeaderModifier', { add: [{ name: 'x-a', value: '1' }] }],
  ['ResponseHeaderModifier', 'responseHeaderModifier', { set: [{ name: 'x-b', value: '2' }] }],
  ['RequestMirror', 'requestMirror', { backendRef: be({ name: 'mirror' }) }],
  ['ExtensionRef', 'extensionRef', { group: 'example.com', kind: 'Thing', name: 't' }],
]

export const GRPC_ROUTE_CASES: Case[] = [
  {
    name: 'GRPCRoute: two refs to one parent, one with sectionName',
    manifest: object('GRPCRoute', { parentRefs: [{ name: 'gw', sectionName: 'grpc' }, { name: 'gw' }] }),
    expect: [cel('spec.parentRefs', 'sectionName must be specified when parentRefs includes 2 or more references to the same parent')],
  },
  {
    name: 'GRPCRoute: the same parent and sectionName twice',
    manifest: object('GRPCRoute', { parentRefs: [{ name: 'gw', namespace: 'infra', sectionName: 'grpc' }, { name: 'gw', namespace: 'infra', sectionName: 'grpc' }] }),
    expect: [cel('spec.parentRefs', 'sectionName must be unique when parentRefs includes 2 or more references to the same parent')],
  },
  {
    name: 'GRPCRoute: 129 matches',
    manifest: grpc(rule({ matches: matches(64) }), rule({ matches: matches(64) }), rule({ matches: matches(1) })),
    expect: [cel('spec.rules', 'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128')],
  },
  { name: 'GRPCRoute: Service backendRef without port', manifest: grpc({ backendRefs: [{ name: 'svc' }] }), expect: [cel('spec.rules[0].backendRefs[0]', 'Must have port for Service reference')] },
  ...FILTER_FIELDS.slice(0, 2).map(([type, field, value]): Case => ({
    name: `GRPCRoute: ${type} twice`,
    manifest: withFilters({ type, [field]: value }, { type, [field]: value }),
    expect: [cel('spec.rules[0].filters', `${type} filter cannot be repeated`)],
  })),
  ...FILTER_FIELDS.map(([type, field]): Case => ({
    name: `GRPCRoute: ${type} filter without ${field}`,
    manifest: withFilters({ type }),
    expect: [cel('spec.rules[0].filters[0]', `filter.${field} must be specified for ${type} filter.type`)],
  })),
  ...FILTER_FIELDS.map(([type, field, value]): Case => {
    const other = type === 'RequestHeaderModifier' ? FILTER_FIELDS[1]! : FILTER_FIELDS[0]!
    return {
      name: `GRPCRoute: ${field} on a ${other[0]} filter`,
      manifest: grpc(rule({ backendRefs: [be({ filters: [{ type: other[0], [other[1]]: other[2], [field]: value }] })] })),
      expect: [cel('spec.rules[0].backendRefs[0].filters[0]', `filter.${field} must be nil if the filter.type is not ${type}`)],
    }
  }),
  {
    name: 'GRPCRoute: mirror with percent and fraction (message names the HTTP filter)',
    manifest: withFilters({ type: 'RequestMirror', requestMirror: { backendRef: be({ name: 'm' }), percent: 5, fraction: { numerator: 1, denominator: 2 } } }),
    expect: [cel('spec.rules[0].filters[0].requestMirror', 'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter')],
  },
  {
    name: 'GRPCRoute: mirror numerator above denominator',
    manifest: withFilters({ type: 'RequestMirror', requestMirror: { backendRef: be({ name: 'm' }), fraction: { numerator: 3, denominator: 2 } } }),
    expect: [cel('spec.rules[0].filters[0].requestMirror.fraction', 'numerator must be less than or equal to denominator')],
  },
  {
    name: 'GRPCRoute: method {} defaults to Exact, then needs service or method',
    manifest: method({}),
    expect: [cel('spec.rules[0].matches[0].method', "One or both of 'service' or 'method' must be specified")],
  },
  {
    name: 'GRPCRoute: invalid service name',
    manifest: method({ service: '1echo' }),
    expect: [cel('spec.rules[0].matches[0].method', 'service must only contain valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)')],
  },
  {
    name: 'GRPCRoute: invalid method name',
    manifest: method({ service: 'echo.Echo', method: 'Say-Hello' }),
    expect: [cel('spec.rules[0].matches[0].method', 'method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)')],
  },
]
