import type { ExportOptions, ObjectRef } from '../../model'
import { listItemTexts } from '../import/unwrap-lists'
import { readDocumentIdentity, type Identity } from '../manifest-text/read-identity'
import { chunkDocuments, chunkText, documentContent } from '../manifest-text/yaml-chunks'
import { orderDocuments } from './order-documents'
import { stripServerFields } from './strip-server-fields'

/** Namespaced objects written without a namespace live in `default`, as the API server reads them. */
const CLUSTER_SCOPED = new Set(['GatewayClass', 'Namespace', 'CustomResourceDefinition'])

/**
 * The workspace text as one `kubectl apply -f` ready file: documents in dependency order (unless
 * `order: false`), comments kept, and server fields stripped when asked.
 *
 * @example
 * exportManifests(text, { stripServerFields: true })
 */
export function exportManifests(text: string, options: ExportOptions = {}): string {
  let out = options.order === false ? text : orderDocuments(text)
  if (options.stripServerFields) out = stripServerFields(out, options).text
  if (out.length > 0 && !out.endsWith('\n')) out += '\n'
  return out
}

/**
 * One object's text, as a document of its own: the document that declares it, or its item cut
 * out of a `kind: List`. Undefined when the text does not declare it.
 *
 * @example
 * exportObject(text, { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop', name: 'checkout' })
 */
export function exportObject(text: string, ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>, options: ExportOptions = {}): string | undefined {
  for (const chunk of chunkDocuments(text)) {
    const source = chunkText(chunk)
    const id = readDocumentIdentity(source)
    const index = id.objects.findIndex((o) => matches(o, ref))
    if (index < 0) continue
    const body = id.isList ? listItemTexts(source)?.[index] : documentContent(chunk)
    if (body === undefined) continue
    return options.stripServerFields ? stripServerFields(body, options).text : body
  }
  return undefined
}

function matches(o: Identity, ref: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>): boolean {
  if (o.kind !== ref.kind || o.name !== ref.name) return false
  const ns = CLUSTER_SCOPED.has(o.kind) ? '' : (o.namespace ?? 'default')
  return ns === ref.namespace
}
