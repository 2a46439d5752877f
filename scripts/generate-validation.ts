/**
 * Generates the validator's schema and rule tables from the Gateway API CRDs, so nothing in the
 * validator is copied by hand from them.
 *
 *   node bin/run-ts.js scripts/generate-validation.ts [CRD_DIR]     (npm run generate:validation)
 *
 * CRD_DIR holds `standard/` and `experimental/` (default `../shared/gateway-api/crds`, resolved
 * against the repository root). Writes `src/engine/validate/generated/schemas.ts`. The output is
 * deterministic, so running it again on the same CRDs changes nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, parseAllDocuments } from 'yaml'
import type { CelRuleDef, ChannelVersion, CrdDef, SchemaNode, SchemaTable } from '../src/engine/validate/schema-types'

type Json = Record<string, unknown>
type Channel = 'standard' | 'experimental'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const crdDir = path.resolve(root, process.argv[2] ?? '../shared/gateway-api/crds')
const outFile = path.join(root, 'src/engine/validate/generated/schemas.ts')

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The CRD files a channel installs: its kustomization's list when it has one, else every YAML file. */
function channelFiles(channel: Channel): string[] {
  const dir = path.join(crdDir, channel)
  const kustomization = path.join(dir, 'kustomization.yaml')
  const names = existsSync(kustomization)
    ? ((parse(readFileSync(kustomization, 'utf8')) as { resources: string[] }).resources ?? [])
    : readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  return names.map((n) => path.join(dir, n))
}

function readCrds(channel: Channel): Json[] {
  const out: Json[] = []
  for (const file of channelFiles(channel)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const v = doc.toJS() as unknown
      if (isObj(v) && v.kind === 'CustomResourceDefinition') out.push(v)
    }
  }
  return out
}

// ------------------------------------------------------------------ tables with sharing

const nodes: SchemaNode[] = []
const nodeIndex = new Map<string, number>()
const rules: CelRuleDef[] = []
const ruleIndex = new Map<string, number>()

/** Index of `value` in `table`, adding it once: equal values (as JSON) share one entry. */
function internIn<T>(table: T[], index: Map<string, number>, value: T): number {
  const key = JSON.stringify(value)
  let i = index.get(key)
  if (i === undefined) {
    i = table.length
    table.push(value)
    index.set(key, i)
  }
  return i
}

const intern = (node: SchemaNode): number => internIn(nodes, nodeIndex, node)

function internRule(r: Json): number {
  const def: CelRuleDef = { rule: String(r.rule), message: String(r.message ?? `failed rule: ${String(r.rule)}`) }
  if (typeof r.reason === 'string') def.reason = r.reason
  if (typeof r.fieldPath === 'string') def.fieldPath = r.fieldPath
  if (/\boldSelf\b/.test(def.rule)) def.transition = true
  return internIn(rules, ruleIndex, def)
}

/**
 * True when a pattern such as `^A|B|C$` has a top-level alternation: `^` then binds only to the
 * first branch and `$` only to the last, so the middle branches match anywhere in the value.
 */
function patternIsLoose(p: string): boolean {
  if (!p.startsWith('^') || !p.endsWith('$')) return false
  let depth = 0
  let inClass = false
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

const COPIED = ['enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'maxProperties', 'default'] as const

/**
 * Compacts one schema node. `twin` is the node at the same path in the experimental channel's
 * schema of the same kind and version, given only while compacting the standard channel, to record
 * which fields and enum values only the experimental channel has.
 */
function compact(s: Json, twin?: Json): number {
  const n: SchemaNode = {}
  if (typeof s.type === 'string') n.type = s.type as SchemaNode['type']
  for (const k of COPIED) if (s[k] !== undefined) (n as Json)[k] = s[k]
  if (n.pattern && patternIsLoose(n.pattern)) n.patternLoose = true
  if (isObj(s.properties)) {
    const twinProps = isObj(twin?.properties) ? twin.properties : {}
    n.properties = {}
    for (const [k, child] of Object.entries(s.properties)) {
      if (isObj(child)) n.properties[k] = compact(child, isObj(twinProps[k]) ? twinProps[k] : undefined)
    }
    const extra = Object.keys(twinProps).filter((k) => !(k in (s.properties as Json)))
    if (twin && extra.length > 0) n.experimentalOnly = extra.sort()
  }
  if (Array.isArray(s.required) && s.required.length > 0) n.required = s.required as string[]
  if (isObj(s.items)) n.items = compact(s.items, isObj(twin?.items) ? twin.items : undefined)
  if (isObj(s.additionalProperties)) n.additionalProperties = compact(s.additionalProperties, isObj(twin?.additionalProperties) ? twin.additionalProperties : undefined)
  if (twin && Array.isArray(s.enum) && Array.isArray(twin.enum)) {
    const extra = (twin.enum as string[]).filter((v) => !(s.enum as unknown[]).includes(v))
    if (extra.length > 0) n.experimentalEnum = extra
  }
  const listType = s['x-kubernetes-list-type']
  if (listType === 'map' || listType === 'set' || listType === 'atomic') n.listType = listType
  if (Array.isArray(s['x-kubernetes-list-map-keys'])) n.listMapKeys = s['x-kubernetes-list-map-keys'] as string[]
  if (Array.isArray(s['x-kubernetes-validations'])) n.rules = (s['x-kubernetes-validations'] as Json[]).map(internRule)
  if (Array.isArray(s.oneOf)) n.oneOf = (s.oneOf as Json[]).map((x) => compact(x))
  if (Array.isArray(s.anyOf)) n.anyOf = (s.anyOf as Json[]).map((x) => compact(x))
  if (isObj(s.not)) n.not = compact(s.not)
  return intern(n)
}

/** `status` is dropped on create (status subresource), so its schema is never needed. */
function withoutStatus(schema: Json): Json {
  const props = isObj(schema.properties) ? { ...schema.properties } : {}
  delete props.status
  return { ...schema, properties: props }
}

// ------------------------------------------------------------------ CRDs → table

const byChannel: Record<Channel, Json[]> = { standard: readCrds('standard'), experimental: readCrds('experimental') }
const crds = new Map<string, CrdDef>()
let bundleVersion = ''

function versionSchema(crd: Json | undefined, version: string): Json | undefined {
  const versions = (crd?.spec as Json | undefined)?.versions
  const v = Array.isArray(versions) ? (versions as Json[]).find((x) => x.name === version) : undefined
  const s = isObj(v?.schema) ? (v.schema as Json).openAPIV3Schema : undefined
  return isObj(s) ? withoutStatus(s) : undefined
}

// Experimental first, so the standard pass can find each node's experimental twin.
for (const channel of ['experimental', 'standard'] as const) {
  for (const crd of byChannel[channel]) {
    const spec = crd.spec as Json
    const names = spec.names as Json
    const kind = String(names.kind)
    const group = String(spec.group)
    const annotations = ((crd.metadata as Json).annotations ?? {}) as Json
    const version = String(annotations['gateway.networking.k8s.io/bundle-version'] ?? '')
    if (bundleVersion && version && version !== bundleVersion) throw new Error(`mixed bundle versions: ${bundleVersion} and ${version}`)
    bundleVersion ||= version
    const key = `${group}/${kind}`
    let def = crds.get(key)
    if (!def) {
      def = { group, kind, clusterScoped: spec.scope === 'Cluster', versions: [] }
      crds.set(key, def)
    }
    const twinCrd = channel === 'standard' ? byChannel.experimental.find((c) => (c.spec as Json).group === group && ((c.spec as Json).names as Json).kind === kind) : undefined
    for (const v of spec.versions as Json[]) {
      const name = String(v.name)
      let entry = def.versions.find((x) => x.name === name)
      if (!entry) {
        entry = { name }
        def.versions.push(entry)
      }
      const schema = versionSchema(crd, name)
      if (!schema) throw new Error(`${key} ${name}: no openAPIV3Schema`)
      const cv: ChannelVersion = { served: v.served === true, schema: compact(schema, versionSchema(twinCrd, name)) }
      if (typeof v.deprecationWarning === 'string') cv.deprecationWarning = v.deprecationWarning
      else if (v.deprecated === true) cv.deprecationWarning = `${group}/${name} ${kind} is deprecated`
      entry[channel] = cv
    }
  }
}

const table: SchemaTable = {
  bundleVersion,
  rules,
  nodes,
  crds: [...crds.values()].sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`)),
}
for (const c of table.crds) c.versions.sort((a, b) => a.name.localeCompare(b.name))

const header = `// Generated by scripts/generate-validation.ts from the Gateway API ${bundleVersion} CRDs
// (standard and experimental channels). Do not edit: run \`npm run generate:validation\`.
// ${nodes.length} shared schema nodes, ${rules.length} CEL rules, ${table.crds.length} CRDs.
`
const body = `import type { SchemaTable } from '../schema-types'

export const SCHEMAS: SchemaTable = ${JSON.stringify(table)}
`
writeFileSync(outFile, header + body)
console.log(`wrote ${path.relative(root, outFile)}: Gateway API ${bundleVersion}, ${nodes.length} nodes, ${rules.length} rules, ${table.crds.length} CRDs`)
