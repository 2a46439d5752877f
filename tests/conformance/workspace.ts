/**
 * A Kubernetes-like object store that replays a corpus test (base manifests, suite objects, then
 * each step's apply / patch / create / delete) and renders the state as one YAML workspace for
 * the engine. It plays the API server's bookkeeping the engine cannot see: creation timestamps
 * (one per action, so objects applied together tie and fall back to namespace/name, as on a real
 * cluster within one second) and `metadata.generation` bumps on spec changes.
 */
import { parseAllDocuments, stringify } from 'yaml'
import type { Action, Corpus, ObjectId } from './corpus'

type Obj = Record<string, unknown> & { apiVersion?: string; kind: string; metadata: Record<string, unknown> & { name: string; namespace?: string } }

/** The GatewayClass the corpus's `{GATEWAY_CLASS_NAME}` placeholder becomes. */
export const CLASS_NAME = 'routelab'
export const CONTROLLER = 'routelab.dev/simulator'
const CLUSTER_SCOPED = new Set(['Namespace', 'GatewayClass'])
const EPOCH = Date.parse('2026-01-01T00:00:00Z')

const keyOf = (o: { kind: string; namespace?: string; name: string }) => `${o.kind}/${CLUSTER_SCOPED.has(o.kind) ? '' : (o.namespace ?? 'default')}/${o.name}`

export class Workspace {
  private readonly objects = new Map<string, Obj>()
  private clock = 0

  constructor(private readonly corpus: Corpus) {
    this.upsert({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: CLASS_NAME }, spec: { controllerName: CONTROLLER } })
    this.applyText(corpus.read(corpus.index.baseManifests))
    for (const s of corpus.index.suiteObjects) {
      const o: Obj = { apiVersion: 'v1', kind: s.kind, metadata: { name: s.name, namespace: s.namespace } }
      if (s.type) o.type = s.type
      if (s.keys) o.data = Object.fromEntries(s.keys.map((k) => [k, '']))
      this.upsert(o)
    }
    this.tick()
  }

  private tick(seconds = 1): void {
    this.clock += seconds
  }

  private upsert(o: Obj): void {
    const key = keyOf({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name })
    const old = this.objects.get(key)
    const meta = o.metadata
    if (old) {
      meta.creationTimestamp = old.metadata.creationTimestamp
      const gen = Number(old.metadata.generation ?? 1)
      meta.generation = JSON.stringify(old.spec) === JSON.stringify(o.spec) ? gen : gen + 1
    } else {
      meta.creationTimestamp ??= new Date(EPOCH + this.clock * 1000).toISOString().replace('.000Z', 'Z')
      meta.generation = 1
    }
    this.objects.set(key, o)
  }

  applyText(text: string): void {
    const fixed = text.replaceAll('{GATEWAY_CLASS_NAME}', CLASS_NAME)
    for (const doc of parseAllDocuments(fixed)) {
      const o = doc.toJS() as Obj | null
      if (o && typeof o === 'object' && o.kind && o.metadata?.name) this.upsert(o)
    }
  }

  get(id: ObjectId): Obj | undefined {
    return this.objects.get(keyOf(id))
  }

  generation(id: ObjectId): number {
    return Number(this.get(id)?.metadata.generation ?? 0)
  }

  /** Performs one step action; returns false for actions on objects the engine does not model. */
  perform(a: Action): void {
    if (a.action === 'apply') this.applyText(this.corpus.read(a.manifest!))
    else if (a.action === 'delete') this.objects.delete(keyOf(a.object!))
    else if (a.action === 'create') {
      this.tick(a.waitBeforeSeconds ?? 0)
      this.upsert(structuredClone(a.object) as unknown as Obj)
    } else if (a.action === 'patch' && a.object) {
      const current = this.get(a.object)
      if (!current) throw new Error(`patch of missing object ${keyOf(a.object)}`)
      const next = structuredClone(current)
      const spec = (next.spec ??= {}) as Record<string, unknown>
      for (const s of a.set ?? []) setPath(next, s.path, s.value)
      if (a.appendListener) ((spec.listeners ??= []) as unknown[]).push(a.appendListener)
      if (a.removeListenersExcept) spec.listeners = ((spec.listeners ?? []) as { name: string }[]).filter((l) => a.removeListenersExcept!.includes(l.name))
      this.upsert(next)
    }
    // A patch with only `objects` + `description` changes EndpointSlices, which the engine does
    // not model; there is nothing to replay.
    this.tick()
  }

  /** The whole state as one multi-document YAML text, in a stable order. */
  toText(): string {
    return [...this.objects.values()].map((o) => stringify(o)).join('---\n')
  }
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.').flatMap((p) => p.split(/\[(\d+)\]/).filter(Boolean))
  let cur: Record<string, unknown> | unknown[] = root
  for (let i = 0; i < parts.length - 1; i++) {
    const k = /^\d+$/.test(parts[i]!) ? Number(parts[i]) : parts[i]!
    cur = (cur as Record<string | number, unknown>)[k] as Record<string, unknown>
  }
  const last = parts.at(-1)!
  ;(cur as Record<string | number, unknown>)[/^\d+$/.test(last) ? Number(last) : last] = value
}
