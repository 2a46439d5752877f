import { cel, object, type Case, type Json } from './types'

const be = (extra: Json = {}): Json => ({ name: 'svc', port: 8080, ...extra })
const rule = (extra: Json = {}): Json => ({ backendRefs: [be()], ...extra })
export const route = (...rules: Json[]): Json => object('HTTPRoute', { parentRefs: [{ name: 'gw' }], rules })
const withFilters = (...filters: Json[]): Json => route({ filters })
const pathMatch = (type: string, value: string): Json => route(rule({ matches: [{ path: { type, value } }] }))
const prefixRedirect = { type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } } }
const prefixRewrite = { type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } } }
const exact = [{ path: { type: 'Exact', value: '/a' } }]
const matches = (n: number): Json[] => Array.from({ length: n }, (_, i) => ({ path: { type: 'Exact', value: `/m${i}` } }))

const M = {
  sectionSpecified: 'sectionName must be specified when parentRefs includes 2 or more references to the same parent',
  sectionUnique: 'sectionName must be unique when parentRefs includes 2 or more references to the same parent',
  matches128: 'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
  path: (what: string) => `${what} when type one of ['Exact', 'PathPrefix']`,
  validChars: "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
}

/** Filter fields that must match the filter's type: [type, field, a valid value of that field]. */
const FILTER_FIELDS: [string, string, Json][] = [
  ['CORS', 'cors', { allowOrigins: ['https://a.example'] }],
  ['RequestHeaderModifier', 'requestHeaderModifier', { set: [{ name: 'x-a', value: '1' }] }],
  ['ResponseHeaderModifier', 'responseHeaderModifier', { remove: ['x-a'] }],
  ['RequestMirror', 'requestMirror', { backendRef: be({ name: 'mirror' }) }],
  ['RequestRedirect', 'requestRedirect', { statusCode: 301 }],
  ['URLRewrite', 'urlRewrite', { hostname: 'b.example' }],
  ['ExtensionRef', 'extensionRef', { group: 'example.com', kind: 'Thing', name: 't' }],
]

export const HTTP_ROUTE_CASES: Case[] = [
  {
    name: 'two refs to one parent, one with sectionName',
    manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw' }, { name: 'gw', sectionName: 'a' }] }),
    expect: [cel('spec.parentRefs', M.sectionSpecified)],
  },
  {
    name: 'the same parent and sectionName twice',
    manifest: object('HTTPRoute', { parentRefs: [{ name: 'gw', sectionName: 'a' }, { name: 'gw', sectionName: 'a' }] }),
    expect: [cel('spec.parentRefs', M.sectionUnique)],
  },
  { name: '129 matches across rules', manifest: route(rule({ matches: matches(64) }), rule({ matches: matches(64) }), rule({ matches: matches(1) })), expect: [cel('spec.rules', M.matches128)] },
  {
    name: 'RequestRedirect next to backendRefs',
    manifest: route(rule({ filters: [{ type: 'RequestRedirect', requestRedirect: { statusCode: 301 } }] })),
    expect: [cel('spec.rules[0]', 'RequestRedirect filter must not be used together with backendRefs')],
  },
  {
    name: 'redirect ReplacePrefixMatch with an Exact match',
    manifest: route({ matches: exact, filters: [prefixRedirect] }),
    expect: [cel('spec.rules[0]', 'When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified')],
  },
  {
    name: 'rewrite ReplacePrefixMatch with two matches',
    manifest: route(rule({ matches: [{ path: { type: 'PathPrefix', value: '/a' } }, { path: { type: 'PathPrefix', value: '/b' } }], filters: [prefixRewrite] })),
    expect: [cel('spec.rules[0]', 'When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified')],
  },
  {
    name: 'backendRef redirect ReplacePrefixMatch with an Exact match',
    manifest: route({ matches: exact, backendRefs: [be({ filters: [prefixRedirect] })] }),
    expect: [cel('spec.rules[0]', 'Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified')],
  },
  {
    name: 'backendRef rewrite ReplacePrefixMatch with an Exact match',
    manifest: route({ matches: exact, backendRefs: [be({ filters: [prefixRewrite] })] }),
    expect: [cel('spec.rules[0]', 'Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified')],
  },
  { name: 'Service backendRef without port', manifest: route({ backendRefs: [{ name: 'svc' }] }), expect: [cel('spec.rules[0].backendRefs[0]', 'Must have port for Service reference')] },
  {
    name: 'redirect and rewrite together',
    manifest: route({ filters: [{ type: 'RequestRedirect', requestRedirect: { statusCode: 301 } }, { type: 'URLRewrite', urlRewrite: { hostname: 'b.example' } }] }),
    expect: [cel('spec.rules[0].filters', 'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both')],
  },
  ...(['CORS', 'RequestHeaderModifier', 'ResponseHeaderModifier', 'URLRewrite'] as const).map((type): Case => {
    const [, field, value] = FILTER_FIELDS.find((f) => f[0] === type)!
    return { name: `${type} twice`, manifest: withFilters({ type, [field]: value }, { type, [field]: value }), expect: [cel('spec.rules[0].filters', `${type} filter cannot be repeated`)] }
  }),
  {
    name: 'RequestRedirect twice',
    manifest: route({ filters: [{ type: 'RequestRedirect', requestRedirect: { statusCode: 301 } }, { type: 'RequestRedirect', requestRedirect: { statusCode: 302 } }] }),
    expect: [cel('spec.rules[0].filters', 'RequestRedirect filter cannot be repeated')],
  },
  ...FILTER_FIELDS.map(([type, field]): Case => ({
    name: `${type} filter without ${field}`,
    manifest: type === 'RequestRedirect' ? route({ filters: [{ type }] }) : withFilters({ type }),
    expect: [cel('spec.rules[0].filters[0]', `filter.${field} must be specified for ${type} filter.type`)],
  })),
  ...FILTER_FIELDS.map(([type, field, value]): Case => {
    const other = type === 'RequestHeaderModifier' ? FILTER_FIELDS[2]! : FILTER_FIELDS[1]!
    return {
      name: `${field} on a ${other[0]} filter`,
      manifest: type === 'RequestRedirect' ? route({ filters: [{ type: other[0], [other[1]]: other[2], [field]: value }] }) : withFilters({ type: other[0], [other[1]]: other[2], [field]: value }),
      expect: [cel('spec.rules[0].filters[0]', `filter.${field} must be nil if the filter.type is not ${type}`)],
    }
  }),
  ...([
    ['allowHeaders', ['*', 'x-a'], "AllowHeaders cannot contain '*' alongside other methods"],
    ['allowMethods', ['*', 'GET'], "AllowMethods cannot contain '*' alongside other methods"],
    ['allowOrigins', ['*', 'https://a.example'], "AllowOrigins cannot contain '*' alongside other origins"],
  ] as const).map(([field, value, message]): Case => ({
    name: `CORS ${field} with '*' and more`,
    manifest: withFilters({ type: 'CORS', cors: { [field]: value } }),
    expect: [cel(`spec.rules[0].filters[0].cors.${field}`, message)],
  })),
  {
    name: 'mirror with percent and fraction',
    manifest: withFilters({ type: 'RequestMirror', requestMirror: { backendRef: be({ name: 'm' }), percent: 10, fraction: { numerator: 1 } } }),
    expect: [cel('spec.rules[0].filters[0].requestMirror', 'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter')],
  },
  {
    name: 'mirror numerator 150 over the default denominator 100',
    manifest: withFilters({ type: 'RequestMirror', requestMirror: { backendRef: be({ name: 'm' }), fraction: { numerator: 150 } } }),
    expect: [cel('spec.rules[0].filters[0].requestMirror.fraction', 'numerator must be less than or equal to denominator')],
  },
  {
    name: 'redirect ReplaceFullPath without replaceFullPath',
    manifest: route({ filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath' } } }] }),
    expect: [cel('spec.rules[0].filters[0].requestRedirect.path', "replaceFullPath must be specified when type is set to 'ReplaceFullPath'")],
  },
  {
    name: 'redirect replaceFullPath under type ReplacePrefixMatch',
    manifest: route({ filters: [{ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplacePrefixMatch', replaceFullPath: '/x' } } }] }),
    expect: [
      cel('spec.rules[0].filters[0].requestRedirect.path', "type must be 'ReplaceFullPath' when replaceFullPath is set"),
      cel('spec.rules[0].filters[0].requestRedirect.path', "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'"),
    ],
  },
  {
    name: 'rewrite replacePrefixMatch under type ReplaceFullPath',
    manifest: withFilters({ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplaceFullPath', replacePrefixMatch: '/x' } } }),
    expect: [
      cel('spec.rules[0].filters[0].urlRewrite.path', "replaceFullPath must be specified when type is set to 'ReplaceFullPath'"),
      cel('spec.rules[0].filters[0].urlRewrite.path', "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set"),
    ],
  },
  { name: 'relative path', manifest: pathMatch('PathPrefix', 'api'), expect: [cel('spec.rules[0].matches[0].path', M.path("value must be an absolute path and start with '/'"))] },
  { name: "path with '//'", manifest: pathMatch('Exact', '/a//b'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '//'"))] },
  { name: "path with '/./'", manifest: pathMatch('Exact', '/a/./b'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '/./'"))] },
  { name: "path with '/../'", manifest: pathMatch('PathPrefix', '/a/../b'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '/../'"))] },
  { name: "path with '%2f'", manifest: pathMatch('PathPrefix', '/a%2fb'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '%2f'"))] },
  { name: "path with '%2F'", manifest: pathMatch('PathPrefix', '/a%2Fb'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '%2F'"))] },
  {
    name: "path with '#' fails two rules",
    manifest: pathMatch('Exact', '/a#b'),
    expect: [cel('spec.rules[0].matches[0].path', M.path("must not contain '#'")), cel('spec.rules[0].matches[0].path', M.validChars)],
  },
  { name: "path ending in '/..'", manifest: pathMatch('PathPrefix', '/a/..'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not end with '/..'"))] },
  { name: "path ending in '/.'", manifest: pathMatch('PathPrefix', '/a/.'), expect: [cel('spec.rules[0].matches[0].path', M.path("must not end with '/.'"))] },
  { name: 'path with a space', manifest: pathMatch('Exact', '/a b'), expect: [cel('spec.rules[0].matches[0].path', M.validChars)] },
  {
    name: 'backendRequest timeout longer than request timeout',
    manifest: route(rule({ timeouts: { request: '1s', backendRequest: '2s' } })),
    expect: [cel('spec.rules[0].timeouts', 'backendRequest timeout cannot be longer than request timeout')],
  },
  {
    name: 'the enum, not the CEL rule, catches an unknown path type (CEL is then off)',
    manifest: pathMatch('Regex', '/a'),
    expect: [['schema-enum', 'spec.rules[0].matches[0].path.type', 'Unsupported value: "Regex": supported values: "Exact", "PathPrefix", "RegularExpression"']],
  },
  {
    name: 'a filter inside a backendRef, repeated',
    manifest: route({ backendRefs: [be({ filters: [FILTER_FIELDS[1]!, FILTER_FIELDS[1]!].map(([type, field, value]) => ({ type, [field]: value })) })] }),
    expect: [cel('spec.rules[0].backendRefs[0].filters', 'RequestHeaderModifier filter cannot be repeated')],
  },
]
