import type { ManifestObject, ObjectSource, Span } from '../../model'

const shiftSpan = (s: Span, d: number): Span => [s[0] + d, s[1] + d]

/**
 * Field spans worked out on first use, then kept. Decoding does not record them: an analysis
 * reads the spans of only the few objects with problems, and the walk that finds them costs about
 * as much as decoding itself.
 */
class SpanRecord {
  private record: Record<string, Span> | undefined
  /** Dropped once used: it holds the object's YAML nodes. */
  private make: (() => Record<string, Span>) | undefined
  constructor(make: () => Record<string, Span>) {
    this.make = make
  }
  get(): Record<string, Span> {
    if (!this.record) {
      this.record = this.make!()
      this.make = undefined
    }
    return this.record
  }
}

/**
 * Where an object's field spans come from: the spans it was decoded with (a record, or one still
 * to be worked out), and how far it moved since. Kept after the spans are worked out (they are
 * exactly these), so two sources with the same base lie apart by the difference of their deltas;
 * forgotten when spans are set by hand.
 */
interface Origin {
  base: Record<string, Span> | SpanRecord
  delta: number
}
const origins = new WeakMap<ObjectSource, Origin>()

const spansOf = (base: Origin['base']): Record<string, Span> => (base instanceof SpanRecord ? base.get() : base)

/**
 * Gives a just-decoded source its field spans, worked out by `make` on first read.
 *
 * @example
 * const source = { file, doc, span } as ObjectSource
 * lazyFields(source, () => recordSpans(node))
 */
export function lazyFields(source: ObjectSource, make: () => Record<string, Span>): ObjectSource {
  defineFields(source, { base: new SpanRecord(make), delta: 0 })
  return source
}

/**
 * The same object, moved `offset` characters in its file and now in document `doc`. Content
 * (metadata, spec) is shared, not copied. Kept free of the `yaml` package so the UI can apply
 * the same shift to rebuild analyses from patches.
 *
 * An edit moves every object below it, and an object has a span for each of its fields (dozens
 * per route), while an analysis reads the spans of only the few objects with problems. So
 * `source.fields` is worked out on first read (an enumerable getter that turns itself into the
 * plain record; spreading, `structuredClone` and `JSON.stringify` all read it), from the spans
 * the object was decoded with and the sum of its moves since. `fieldSpan` reads one field's span
 * without working out the rest.
 *
 * @example
 * shiftObject(route, 12, 3) // route.source.span [100, 400] → [112, 412], source.doc 3
 */
export function shiftObject(o: ManifestObject, offset: number, doc: number): ManifestObject {
  const from = o.source
  const was = origins.get(from)
  const base = was ? was.base : from.fields
  const source = {} as ObjectSource
  // Keys in the order the decoded object has them; `fields` is not read here (that would work it out).
  for (const k of Object.keys(from) as (keyof ObjectSource)[]) {
    if (k === 'fields') defineFields(source, { base, delta: (was?.delta ?? 0) + offset })
    else if (k === 'span') source.span = shiftSpan(from.span, offset)
    else if (k === 'doc') source.doc = doc
    else (source as unknown as Record<string, unknown>)[k] = from[k]
  }
  return { ...o, source } as ManifestObject
}

/**
 * The span of one field of an object, as `source.fields[key]` would give it, without working out
 * the spans of a moved object's other fields.
 *
 * @example
 * fieldSpan(route.source, 'metadata.name') // [118, 124]
 */
export function fieldSpan(source: ObjectSource, key: string): Span | undefined {
  const p = origins.get(source)
  if (!p) return source.fields[key]
  const s = spansOf(p.base)[key]
  return s && shiftSpan(s, p.delta)
}

/**
 * True when `next`'s field spans are `prev`'s moved by `shift`, when both were shifted from the
 * same decoded spans: then the answer comes from the sums of their moves, without working out
 * (or reading) a span. Undefined when they have no common origin and the spans must be compared.
 */
export function sameOriginMoved(prev: ObjectSource, next: ObjectSource, shift: number): boolean | undefined {
  const a = origins.get(prev) ?? { base: prev.fields, delta: 0 }
  const b = origins.get(next)
  if (!b || a.base !== b.base) return undefined
  return b.delta - a.delta === shift
}

function defineFields(source: ObjectSource, p: Origin): void {
  origins.set(source, p)
  Object.defineProperty(source, 'fields', {
    configurable: true,
    enumerable: true,
    get: () => settle(source, work(p)),
    // Spans set by hand no longer follow from the origin.
    set: (fields: Record<string, Span>) => (origins.delete(source), settle(source, fields)),
  })
}

function work(p: Origin): Record<string, Span> {
  const base = spansOf(p.base)
  if (p.delta === 0) return base
  const fields: Record<string, Span> = {}
  for (const k in base) fields[k] = shiftSpan(base[k]!, p.delta)
  return fields
}

/** Replaces the getter by a plain data property (same place among the keys). */
function settle(source: ObjectSource, fields: Record<string, Span>): Record<string, Span> {
  Object.defineProperty(source, 'fields', { value: fields, writable: true, enumerable: true, configurable: true })
  return fields
}
