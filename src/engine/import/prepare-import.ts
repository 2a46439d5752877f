import { stringify } from 'yaml'
import { MAX_IMPORT_CHARS, type ImportedFileReport, type ImportFile, type ImportResult, type Progress } from '../../model'
import { hasServerFields } from '../export/strip-server-fields'
import { asMap, asSeq, firstDocument, getValue } from '../manifest-text/cst'
import { appendDocuments } from '../manifest-text/yaml-chunks'
import { readYamlFile, type ObjectIdentity, type ReadDocument } from './read-yaml-file'
import { listItemTexts } from './unwrap-lists'

/** Larger imports are refused with a message: the editor and the engine are not built for them. */
export { MAX_IMPORT_CHARS }

type Json = Record<string, unknown>
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads files the user opened, dropped or pasted, and turns the ones that hold Kubernetes objects
 * into YAML documents ready to replace or extend the workspace:
 * - YAML files are kept as written (comments and all); a `kind: List` (what `kubectl get -o yaml`
 *   prints) is unwrapped into one document per item;
 * - JSON files (`kubectl get -o json`) are converted to YAML, Lists unwrapped;
 * - a file with a YAML error, or with a document that is not a Kubernetes object (a mapping with
 *   apiVersion and kind), is refused whole with a message that says where; nothing of it is used.
 * Server fields are not touched here: `stripServerFields` does that, on request. Never throws.
 *
 * @example
 * const result = prepareImport([{ name: 'routes.yaml', text }])
 * result.files[0].ok // false when routes.yaml is not Kubernetes YAML
 */
export function prepareImport(files: readonly ImportFile[], onProgress: (p: Progress) => void = () => {}): ImportResult {
  const total = files.reduce((n, f) => n + f.text.length, 0)
  const reports: ImportedFileReport[] = []
  if (total > MAX_IMPORT_CHARS) {
    const mb = (total / 1024 / 1024).toFixed(1)
    for (const f of files) reports.push(refused(f.name, `${mb} MB is more than RouteLab imports at once (${MAX_IMPORT_CHARS / 1024 / 1024} MB)`))
    return { files: reports, text: '' }
  }
  let text = ''
  let before = 0
  for (const file of files) {
    const progress = (chars: number) => onProgress({ phase: `Reading ${file.name}`, done: before + chars, total })
    const result = looksLikeJson(file.text) ? (readJson(file) ?? readYaml(file, progress)) : readYaml(file, progress)
    reports.push(result.report)
    if (result.report.ok) text = appendDocuments(text, result.text)
    before += file.text.length
    onProgress({ phase: `Read ${file.name}`, done: before, total })
  }
  return { files: reports, text }
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0]
  return first === '{' || first === '['
}

function report(name: string): ImportedFileReport {
  return { name, ok: true, kinds: {}, objects: 0, withServerFields: 0, listsUnwrapped: 0, convertedFromJson: false }
}

function refused(name: string, message: string): ImportedFileReport {
  return { ...report(name), ok: false, message }
}

/** A reason an object is not a Kubernetes object, or undefined when it is one. */
function notAnObject(o: ObjectIdentity): string | undefined {
  if (!o.mapping) return 'is not a mapping'
  const missing = [typeof o.apiVersion !== 'string' && 'apiVersion', typeof o.kind !== 'string' && 'kind'].filter(Boolean)
  return missing.length ? `has no ${missing.join(' or ')}` : undefined
}

function count(r: ImportedFileReport, kind: string): void {
  r.kinds[kind] = (r.kinds[kind] ?? 0) + 1
  r.objects++
}

/** JSON input: parsed with JSON.parse (fast and exact), converted to YAML. Undefined if not JSON after all. */
function readJson(file: ImportFile): { report: ImportedFileReport; text: string } | undefined {
  let value: unknown
  try {
    value = JSON.parse(file.text)
  } catch {
    return undefined
  }
  const r = { ...report(file.name), convertedFromJson: true }
  const objects: Json[] = []
  for (const top of Array.isArray(value) ? value : [value]) {
    if (isJson(top) && top.kind === 'List' && Array.isArray(top.items)) {
      r.listsUnwrapped++
      objects.push(...top.items.map((i) => (isJson(i) ? i : {})))
    } else objects.push(isJson(top) ? top : {})
  }
  for (const [i, o] of objects.entries()) {
    const why = notAnObject({ mapping: true, apiVersion: o.apiVersion, kind: o.kind })
    if (why) return { report: refused(file.name, `${file.name} is not Kubernetes JSON: object ${i + 1} ${why}`), text: '' }
    count(r, o.kind as string)
    const meta = isJson(o.metadata) ? o.metadata : {}
    if ('status' in o || 'managedFields' in meta || 'resourceVersion' in meta || 'uid' in meta) r.withServerFields++
  }
  if (objects.length === 0) return { report: refused(file.name, `${file.name} holds no Kubernetes objects`), text: '' }
  const docs = objects.map((o) => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false }))
  return { report: r, text: docs.map((d, i) => (i === 0 ? d : `---\n${d}`)).join('') }
}

function readYaml(file: ImportFile, onProgress: (chars: number) => void): { report: ImportedFileReport; text: string } {
  const read = readYamlFile(file.name, file.text, onProgress)
  if (!read.ok) return { report: refused(file.name, read.message), text: '' }
  const r = report(file.name)
  let out = ''
  for (const [d, doc] of read.documents.entries()) {
    for (const [i, o] of doc.objects.entries()) {
      const why = notAnObject(o)
      if (why) {
        const what = doc.isList ? `item ${i + 1} of the List in document ${d + 1}` : `document ${d + 1}`
        return { report: refused(file.name, `${file.name} is not Kubernetes YAML: ${what} ${why}`), text: '' }
      }
      count(r, o.kind as string)
    }
    out = appendDocuments(out, documentText(doc, r))
  }
  if (r.objects === 0) return { report: refused(file.name, `${file.name} holds no Kubernetes objects`), text: '' }
  return { report: r, text: out }
}

/** The text a document contributes: as written, or its List items as documents of their own. */
function documentText(doc: ReadDocument, r: ImportedFileReport): string {
  const root = asMap(firstDocument(doc.tokens)?.value)
  const items = doc.isList ? asSeq(getValue(root, 'items'))?.items : undefined
  if (items) {
    r.listsUnwrapped++
    for (const item of items) if (hasServerFields(item.value)) r.withServerFields++
    return (listItemTexts(doc.text, doc.tokens) ?? []).map((t, i) => (i === 0 ? t : `---\n${t}`)).join('')
  }
  if (!doc.empty && hasServerFields(root)) r.withServerFields++
  return doc.text
}
