import { asMap, asSeq, firstDocument, getValue, parseCst, scalarValue, type CstToken } from './cst'

/** Who an object is, read from its text without composing it. */
export interface Identity {
  apiVersion?: string
  kind?: string
  namespace?: string
  name?: string
}

/** A document's objects: one, the items of a `kind: List`, or none (comments only, or not a mapping). */
export interface DocumentIdentity {
  /** True when the document holds no YAML node at all: only comments, blank lines or nothing. */
  empty: boolean
  isList: boolean
  objects: Identity[]
}

export function identityOf(token: CstToken | undefined): Identity {
  const map = asMap(token)
  const meta = asMap(getValue(map, 'metadata'))
  const id: Identity = {}
  const apiVersion = scalarValue(getValue(map, 'apiVersion'))
  const kind = scalarValue(getValue(map, 'kind'))
  const name = scalarValue(getValue(meta, 'name'))
  const namespace = scalarValue(getValue(meta, 'namespace'))
  if (apiVersion !== undefined) id.apiVersion = apiVersion
  if (kind !== undefined) id.kind = kind
  if (name !== undefined) id.name = name
  if (namespace !== undefined) id.namespace = namespace
  return id
}

/**
 * Reads the identity of the objects in one document's text, using the CST only (no composing),
 * so it stays cheap for large documents.
 *
 * @example
 * readDocumentIdentity('kind: Service\nmetadata:\n  name: a\n').objects // [{ kind: 'Service', name: 'a' }]
 */
export function readDocumentIdentity(text: string): DocumentIdentity {
  const doc = firstDocument(parseCst(text))
  const value = doc?.value
  if (!value || (value.type === 'scalar' && value.source === '')) return { empty: true, isList: false, objects: [] }
  const root = identityOf(value)
  const items = asSeq(getValue(asMap(value), 'items'))
  if (root.kind === 'List' && items) {
    return { empty: false, isList: true, objects: items.items.map((i) => identityOf(i.value)) }
  }
  return { empty: false, isList: false, objects: asMap(value) ? [root] : [] }
}
