import { report, type ValidateContext } from './validate-tree'

/**
 * Loopholes the CRD rules leave open that are not about a rule's logic but about what it cannot
 * see (validation.md, "Known loopholes"): percent-encoded path characters, and hostnames that are
 * IP addresses (or look like one). A cluster accepts these, so they are warnings.
 */

type Json = Record<string, unknown>
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : [])

/** Encodings that decode to characters the literal path rules forbid: ".", "#" and "%" itself (double encoding). */
const ENCODED = /%2e|%23|%25/i
const DOTTED_NUMBERS = /^[0-9]+(\.[0-9]+){3}$/

function checkHostname(h: unknown, path: string, ctx: ValidateContext): void {
  if (typeof h === 'string' && DOTTED_NUMBERS.test(h)) {
    report(ctx, 'loophole-ip-hostname', path, `hostname "${h}" is an IP address or looks like one; hostnames must be DNS names, and the CRD lets this one through`)
  }
}

export function checkLoopholes(kind: string, spec: unknown, ctx: ValidateContext): void {
  if (typeof spec !== 'object' || spec === null) return
  const s = spec as Json
  if (kind === 'HTTPRoute' || kind === 'GRPCRoute' || kind === 'TLSRoute') {
    if (Array.isArray(s.hostnames)) s.hostnames.forEach((h, i) => checkHostname(h, `spec.hostnames[${i}]`, ctx))
  }
  if (kind === 'Gateway' || kind === 'ListenerSet') {
    list(s.listeners).forEach((l, i) => checkHostname(l.hostname, `spec.listeners[${i}].hostname`, ctx))
  }
  if (kind !== 'HTTPRoute') return
  list(s.rules).forEach((rule, r) =>
    list(rule.matches).forEach((m, i) => {
      const path = m.path as Json | undefined
      const value = path?.value
      if ((path?.type === 'Exact' || path?.type === 'PathPrefix') && typeof value === 'string') {
        const found = ENCODED.exec(value)
        if (found) {
          report(ctx, 'loophole-encoded-path', `spec.rules[${r}].matches[${i}].path.value`, `path "${value}" contains "${found[0]}", which decodes to "${decodeURIComponent(found[0])}"; the CRD's path rules check only the literal text, so a cluster accepts it`)
        }
      }
    }),
  )
}
