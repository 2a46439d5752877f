import type { ParsedDocument } from '../parse/parse-file'
import { isObj, str } from './read'

/**
 * What resolve needs to know about a Secret that a listener uses as its certificate. Secrets are
 * not modelled kinds (the decoder keeps only their identity), so their `type` and `data` are read
 * here, from the parsed documents, and only for documents that declare a Secret.
 */
export interface SecretFacts {
  type?: string
  /** Why the Secret cannot serve as a TLS certificate, when it cannot. */
  problem?: string
}

/** A cheap test before converting a document: only documents that declare a Secret are read. */
const DECLARES_SECRET = /^\s*(?:-\s+)?kind:\s*["']?Secret["']?\s*$/m
const MAX_ALIAS_COUNT = 100

/**
 * Reads `type` and the certificate keys of every Secret in the given documents, keyed by
 * `namespace/name`. Values are checked for PEM framing only: enough to tell a certificate
 * from "Hello world", which is what a controller rejects first.
 *
 * @example
 * readSecretFacts(parsed.documents).get('infra/tls-cert') // { type: 'kubernetes.io/tls' }
 */
export function readSecretFacts(documents: readonly ParsedDocument[], into = new Map<string, SecretFacts>()): Map<string, SecretFacts> {
  for (const d of documents) {
    let found = perDocument.get(d.doc)
    if (!found) perDocument.set(d.doc, (found = secretsIn(d)))
    for (const [key, facts] of found) if (!into.has(key)) into.set(key, facts)
  }
  return into
}

/** The Secrets of each parsed document (a parse is reused while its text is unchanged). */
const perDocument = new WeakMap<object, [string, SecretFacts][]>()

function secretsIn(d: ParsedDocument): [string, SecretFacts][] {
  const out: [string, SecretFacts][] = []
  if (d.doc.errors.length > 0 || !DECLARES_SECRET.test(d.text)) return out
  let value: unknown
  try {
    value = d.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    return out
  }
  const items = isObj(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value]
  for (const item of items) {
    if (!isObj(item) || item.kind !== 'Secret' || !isObj(item.metadata)) continue
    const name = str(item.metadata.name)
    if (!name) continue
    const ns = str(item.metadata.namespace) ?? 'default'
    out.push([`${ns}/${name}`, factsOf(item)])
  }
  return out
}

function factsOf(secret: Record<string, unknown>): SecretFacts {
  const facts: SecretFacts = {}
  const type = str(secret.type)
  if (type) facts.type = type
  if (type && type !== 'kubernetes.io/tls') {
    facts.problem = `has type ${type}; a listener certificate needs type kubernetes.io/tls`
    return facts
  }
  const data = isObj(secret.data) ? secret.data : {}
  const stringData = isObj(secret.stringData) ? secret.stringData : {}
  if (Object.keys(data).length === 0 && Object.keys(stringData).length === 0) return facts
  const read = (key: string): string | undefined => {
    const plain = str(stringData[key])
    if (plain !== undefined) return plain
    const b64 = str(data[key])
    if (b64 === undefined) return undefined
    try {
      return atob(b64.replace(/\s+/g, ''))
    } catch {
      return ''
    }
  }
  const crt = read('tls.crt')
  const key = read('tls.key')
  if (crt === undefined || key === undefined) facts.problem = 'lacks the tls.crt or tls.key entry'
  else if (!crt.includes('-----BEGIN CERTIFICATE-----')) facts.problem = 'has a tls.crt that is not a PEM certificate'
  else if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) facts.problem = 'has a tls.key that is not a PEM private key'
  return facts
}
