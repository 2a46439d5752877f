import type { ManifestObject } from '../model'

/**
 * One stable object per decoded content, for the stages after reading. An edit above a document
 * moves it, and reading hands out a moved copy (new spans, the same metadata and spec objects);
 * resolve, the graph, hints and the simulator read content only, never positions, so they are
 * given the object first seen with that content instead. Their per-object results, kept in
 * WeakMaps keyed by that object, then survive edits elsewhere in the text. Findings that name a
 * canonical object are mapped back to the current one (`currentOf`) before positions are read.
 */
const canonicalByObject = new WeakMap<ManifestObject, ManifestObject>()

/** Canonical objects by their `spec` object: a decoded spec is never shared by different content. */
export type CanonicalStore = WeakMap<object, ManifestObject>

export interface Canonical {
  objects: ManifestObject[]
  /** Canonical object → the object of this analysis it stands for. */
  currentOf: Map<ManifestObject, ManifestObject>
}

const sameContent = (a: ManifestObject, b: ManifestObject) =>
  a.metadata === b.metadata && a.kind === b.kind && a.apiVersion === b.apiVersion && a.source.file === b.source.file && a.invalid === b.invalid && ('modelled' in a) === ('modelled' in b)

/**
 * The canonical object of each of `objects`, in the same order. An object whose spec another
 * object of this list already claimed (the same document text twice) stands for itself.
 *
 * @example
 * const { objects: stable, currentOf } = canonicalObjects(analysis.objects, cache.canonical)
 */
export function canonicalObjects(objects: readonly ManifestObject[], store: CanonicalStore): Canonical {
  const out: ManifestObject[] = []
  const currentOf = new Map<ManifestObject, ManifestObject>()
  for (const o of objects) {
    let c = o
    if (typeof o.spec === 'object' && o.spec !== null) {
      const known = store.get(o.spec)
      if (known && !currentOf.has(known) && sameContent(known, o)) c = known
      else if (!known || !currentOf.has(known)) store.set(o.spec, o)
    }
    if (currentOf.has(c)) c = o
    currentOf.set(c, o)
    canonicalByObject.set(o, c)
    out.push(c)
  }
  return { objects: out, currentOf }
}

/**
 * The canonical object an analysis's object stands for (itself when none was recorded).
 *
 * @example
 * compiled.get(canonicalOf(route))
 */
export function canonicalOf<T extends ManifestObject>(o: T): T {
  return (canonicalByObject.get(o) as T | undefined) ?? o
}
