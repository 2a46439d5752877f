/**
 * The compact form of a CRD's OpenAPI schema that `scripts/generate-validation.ts` writes into
 * `generated/`. Descriptions are dropped and identical subtrees are shared: a node refers to its
 * children by index into one node table, so the HTTPRoute filter schema (used in rules and in
 * backendRefs, in two channels and two versions) is stored once.
 */

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean'

/** Constraints copied as they are from the CRD, shared by the compact and the linked form. */
export interface SchemaConstraints {
  enum?: readonly (string | number)[]
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  maxProperties?: number
  default?: unknown
  listType?: 'map' | 'set' | 'atomic'
  listMapKeys?: readonly string[]
}

export interface SchemaNode extends SchemaConstraints {
  type?: SchemaType
  /** Property name → node index. */
  properties?: Record<string, number>
  required?: string[]
  items?: number
  /** A map's value schema (node index). */
  additionalProperties?: number
  /** The pattern anchors only its first alternative (`^A|B|C$`), so it accepts more than it looks. */
  patternLoose?: true
  /** Indexes into the rule table: the node's `x-kubernetes-validations`. */
  rules?: number[]
  oneOf?: number[]
  anyOf?: number[]
  not?: number
  /** Standard channel only: properties that exist here in the experimental channel. */
  experimentalOnly?: string[]
  /** Standard channel only: enum values accepted here only by the experimental channel. */
  experimentalEnum?: string[]
  /** Hand-written core schemas: keep fields the schema does not describe (no unknown-field problem). */
  preserveUnknownFields?: true
  /** `x-kubernetes-int-or-string`: a port number or a port name. */
  intOrString?: true
}

/** One `x-kubernetes-validations` entry. */
export interface CelRuleDef {
  rule: string
  message: string
  reason?: string
  fieldPath?: string
  /** Reads `oldSelf`: a transition rule, which the API server skips on create. */
  transition?: true
}

export interface ChannelVersion {
  served: boolean
  /** Root node index of `openAPIV3Schema` (with `status` left out: it is dropped on create). */
  schema: number
  deprecationWarning?: string
}

export interface CrdVersion {
  name: string
  standard?: ChannelVersion
  experimental?: ChannelVersion
}

export interface CrdDef {
  group: string
  kind: string
  clusterScoped: boolean
  versions: CrdVersion[]
}

export interface SchemaTable {
  bundleVersion: string
  rules: CelRuleDef[]
  nodes: SchemaNode[]
  crds: CrdDef[]
}
