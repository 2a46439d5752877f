import type { Channel } from '../../model'
import { CORE_KINDS, METADATA_SCHEMA } from './core-schemas'
import { prepare } from './prepare-schema'
import { SCHEMAS } from './generated/schemas'
import type { CelRuleDef, ChannelVersion, CrdDef, SchemaConstraints, SchemaNode, SchemaType } from './schema-types'

/**
 * A schema node with its children linked as objects (the generated table refers to them by
 * index), and the lookups the walkers need prepared once: property maps, required and
 * experimental-only sets.
 */
export interface Schema extends SchemaConstraints {
  type?: SchemaType
  props?: Map<string, Schema>
  required?: readonly string[]
  items?: Schema
  /** additionalProperties: the schema of a map's values. */
  values?: Schema
  patternLoose?: boolean
  /** The API server's own message for a failed pattern (ObjectMeta formats), instead of "should match". */
  patternMessage?: string
  /** Properties that carry a default, so defaulting does not scan every property. */
  defaulted?: readonly [string, Schema][]
  rules?: readonly CelRuleDef[]
  oneOf?: readonly Schema[]
  anyOf?: readonly Schema[]
  not?: Schema
  experimentalOnly?: ReadonlySet<string>
  experimentalEnum?: readonly string[]
  preserveUnknownFields?: boolean
  intOrString?: boolean
  /** Set on the object root: metadata is validated as ObjectMeta, not by the CRD's `type: object`. */
  metadata?: Schema
  /** Has a constraint a string or number can break (enum, pattern, lengths, bounds, format). */
  scalarChecks?: boolean
}

export type { SchemaNode }

/** Links compact nodes into Schema objects, sharing a linked node wherever the table shares it. */
export function linkNodes(nodes: readonly SchemaNode[], rules: readonly CelRuleDef[]): Schema[] {
  const out: Schema[] = nodes.map(() => ({}))
  nodes.forEach((n, i) => {
    const s = out[i]!
    const at = (j: number): Schema => out[j] ?? {}
    if (n.type) s.type = n.type
    if (n.properties) s.props = new Map(Object.entries(n.properties).map(([k, j]) => [k, at(j)]))
    if (n.required) s.required = n.required
    if (n.items !== undefined) s.items = at(n.items)
    if (n.additionalProperties !== undefined) s.values = at(n.additionalProperties)
    if (n.enum) s.enum = n.enum
    if (n.pattern !== undefined) s.pattern = n.pattern
    if (n.patternLoose) s.patternLoose = true
    for (const k of ['format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'maxProperties', 'listType', 'listMapKeys'] as const) {
      if (n[k] !== undefined) (s as Record<string, unknown>)[k] = n[k]
    }
    if (n.default !== undefined) s.default = n.default
    if (n.rules) s.rules = n.rules.map((r) => rules[r]!).filter((r) => !r.transition)
    if (s.rules?.length === 0) delete s.rules
    if (n.oneOf) s.oneOf = n.oneOf.map(at)
    if (n.anyOf) s.anyOf = n.anyOf.map(at)
    if (n.not !== undefined) s.not = at(n.not)
    if (n.experimentalOnly) s.experimentalOnly = new Set(n.experimentalOnly)
    if (n.experimentalEnum) s.experimentalEnum = n.experimentalEnum
    if (n.preserveUnknownFields) s.preserveUnknownFields = true
    if (n.intOrString) s.intOrString = true
  })
  out.forEach(prepare)
  return out
}

const LINKED = linkNodes(SCHEMAS.nodes, SCHEMAS.rules)
const rootCache = new Map<number, Schema>()

/** The object root for a generated schema index, with `metadata` handled as ObjectMeta. */
function rootOf(index: number): Schema {
  let r = rootCache.get(index)
  if (!r) {
    const base = LINKED[index] ?? {}
    const props = new Map(base.props)
    props.delete('metadata')
    r = { ...base, props, metadata: METADATA_SCHEMA }
    rootCache.set(index, r)
  }
  return r
}

export const BUNDLE_VERSION = SCHEMAS.bundleVersion

/** What the chosen channel says about an apiVersion and kind. */
export type VersionLookup =
  | { status: 'served'; schema: Schema; clusterScoped: boolean; deprecationWarning?: string }
  | { status: 'not-served'; servedVersions: string[] }
  | { status: 'unknown-version'; servedVersions: string[] }
  | { status: 'unknown-kind' }
  | { status: 'other-group' }

const GATEWAY_GROUPS = new Set(SCHEMAS.crds.map((c) => c.group))
const crdByKey = new Map<string, CrdDef>(SCHEMAS.crds.map((c) => [`${c.group}/${c.kind}`, c]))

/**
 * Looks up the schema the chosen channel serves for `apiVersion` and `kind`: the Gateway API CRDs,
 * or the hand-written core schemas for Service and Namespace.
 *
 * @example
 * const found = lookupVersion('gateway.networking.k8s.io/v1', 'HTTPRoute', 'standard')
 * if (found.status === 'served') validate(found.schema)
 */
export function lookupVersion(apiVersion: string, kind: string, channel: Channel): VersionLookup {
  const slash = apiVersion.indexOf('/')
  const group = slash < 0 ? '' : apiVersion.slice(0, slash)
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1)
  if (group === '') {
    const core = CORE_KINDS[kind]
    if (!core) return { status: 'other-group' }
    return version === 'v1' ? { status: 'served', schema: core, clusterScoped: kind === 'Namespace' } : { status: 'unknown-version', servedVersions: ['v1'] }
  }
  if (!GATEWAY_GROUPS.has(group)) return { status: 'other-group' }
  const crd = crdByKey.get(`${group}/${kind}`)
  if (!crd) return { status: 'unknown-kind' }
  const servedVersions = crd.versions.filter((v) => v[channel]?.served).map((v) => v.name)
  const versionDef = crd.versions.find((v) => v.name === version)
  const entry: ChannelVersion | undefined = versionDef?.[channel]
  if (!entry) return versionDef ? { status: 'not-served', servedVersions } : { status: 'unknown-version', servedVersions }
  if (!entry.served) return { status: 'not-served', servedVersions }
  const found: VersionLookup = { status: 'served', schema: rootOf(entry.schema), clusterScoped: crd.clusterScoped }
  if (entry.deprecationWarning) found.deprecationWarning = entry.deprecationWarning
  return found
}
