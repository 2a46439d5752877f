import type { Severity } from '../../model'

/**
 * Every best-practice hint: its stable code, severity and what triggers it, in one table (the
 * README's "Best-practice hints" section says the same in more words). Warnings are likely
 * mistakes that change traffic; infos are advice.
 */
export const HINTS = {
  'hint-regex-can-be-exact': { severity: 'info', trigger: 'a RegularExpression (path, header, query parameter, gRPC method) that matches one literal value only' },
  'hint-regex-can-be-prefix': { severity: 'info', trigger: 'a path RegularExpression shaped `^/literal(/.*)?$`: exactly what a PathPrefix matches' },
  'hint-rule-shadowed': { severity: 'warning', trigger: 'a rule no request can reach: on every listener and host, a higher-precedence match matches everything each of its matches does' },
  'hint-match-shadowed': { severity: 'warning', trigger: 'one match element of a rule that no request can reach, for the same reason' },
  'hint-route-shadowed': { severity: 'warning', trigger: 'a TLSRoute, TCPRoute or UDPRoute that never carries traffic: an older route takes every connection on each of its listeners (and SNI hostnames)' },
  'hint-no-https-redirect': { severity: 'info', trigger: 'an HTTP listener beside an HTTPS listener of the same Gateway with overlapping hostnames, where some of those hosts get no redirect to https' },
  'hint-grant-wrong-namespace': { severity: 'warning', trigger: 'a reference refused for want of a ReferenceGrant, when a grant that would allow it sits in another namespace than the target\'s' },
  'hint-grant-missing-entry': { severity: 'warning', trigger: 'a reference refused for want of a ReferenceGrant, when a grant in the target namespace lacks only the `to` (or only the `from`) entry' },
  'hint-grant-too-broad': { severity: 'info', trigger: 'a ReferenceGrant `to` entry without `name`, while the workspace refers to only some objects through it' },
  'hint-weights-zero': { severity: 'warning', trigger: 'a rule whose backendRefs all have weight 0, so every request it matches fails' },
  'hint-external-backend-no-timeout': { severity: 'info', trigger: 'an HTTPRoute rule without `timeouts` sending traffic to an external backend (a Service of type ExternalName, or a backendRef kind that is not a core Service)' },
  'hint-shared-listener-from-all': { severity: 'warning', trigger: 'a listener with `allowedRoutes.namespaces.from: All` on a shared Gateway' },
} as const satisfies Record<string, { severity: Severity; trigger: string }>

export type HintCode = keyof typeof HINTS
