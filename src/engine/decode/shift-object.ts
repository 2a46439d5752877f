import type { ManifestObject, Span } from '../../model'

const shiftSpan = (s: Span, d: number): Span => [s[0] + d, s[1] + d]

/**
 * The same object, moved `offset` characters in its file and now in document `doc`. Content
 * (metadata, spec) is shared, not copied. Kept free of the `yaml` package so the UI can apply
 * the same shift to rebuild analyses from patches.
 *
 * @example
 * shiftObject(route, 12, 3) // route.source.span [100, 400] → [112, 412], source.doc 3
 */
export function shiftObject(o: ManifestObject, offset: number, doc: number): ManifestObject {
  const fields: Record<string, Span> = {}
  for (const k in o.source.fields) fields[k] = shiftSpan(o.source.fields[k]!, offset)
  return { ...o, source: { ...o.source, doc, span: shiftSpan(o.source.span, offset), fields } } as ManifestObject
}
