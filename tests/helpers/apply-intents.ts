/**
 * Applies EditIntents to one YAML text, for tests that check a suggested fix by applying it and
 * analysing again. Deliberately simple (the `yaml` Document API, whole documents re-printed);
 * the editor's own minimal-patch `applyEdit` is separate. Throws when an intent cannot apply, so
 * a fix that names a missing object or path fails the test that applies it.
 */
import { Document, isSeq, parseAllDocuments, type YAMLSeq } from 'yaml'
import type { EditIntent, ObjectRef } from '../../src/model'

const CLUSTER_SCOPED = new Set(['GatewayClass', 'Namespace'])

function refOfDoc(doc: Document): ObjectRef | undefined {
  const o = doc.toJS() as { apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } } | null
  if (!o?.kind || !o.metadata?.name) return undefined
  const ns = CLUSTER_SCOPED.has(o.kind) ? '' : (o.metadata.namespace ?? 'default')
  return { group: o.apiVersion?.includes('/') ? o.apiVersion.split('/')[0]! : '', kind: o.kind, namespace: ns, name: o.metadata.name }
}

const same = (a: ObjectRef | undefined, b: ObjectRef) => !!a && a.kind === b.kind && a.namespace === b.namespace && a.name === b.name

export function applyIntents(text: string, intents: readonly EditIntent[]): string {
  const parsed = parseAllDocuments(text)
  const docs: Document[] = (Array.isArray(parsed) ? parsed : []).filter((d) => d.contents !== null)
  const find = (target: ObjectRef) => {
    const i = docs.findIndex((d) => same(refOfDoc(d), target))
    if (i < 0) throw new Error(`no object ${target.kind} ${target.namespace}/${target.name}`)
    return i
  }
  for (const e of intents) {
    if (e.op === 'addObject') {
      const at = e.after ? find(e.after) + 1 : docs.length
      docs.splice(at, 0, new Document(e.manifest))
      continue
    }
    if (e.op === 'removeObject') {
      docs.splice(find(e.target), 1)
      continue
    }
    const doc = docs[find(e.target)]!
    if (e.op === 'set') doc.setIn(e.path, doc.createNode(e.value))
    else if (e.op === 'remove') {
      if (!doc.hasIn(e.path)) throw new Error(`nothing at ${e.path.join('.')}`)
      doc.deleteIn(e.path)
    } else {
      const seq = doc.getIn(e.path, true)
      if (seq === undefined) doc.setIn(e.path, doc.createNode([e.value]))
      else if (!isSeq(seq)) throw new Error(`${e.path.join('.')} is not a list`)
      else (seq as YAMLSeq).items.splice(e.index ?? seq.items.length, 0, doc.createNode(e.value))
    }
  }
  return docs.map((d) => String(d).replace(/^---\n/, '')).join('---\n')
}
