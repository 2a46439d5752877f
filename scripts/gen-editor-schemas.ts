/**
 * Generates the JSON Schema the YAML editor (monaco-yaml) uses for completion, hover docs and
 * validation, from the Gateway API CRDs: one branch per kind, chosen by `kind`, holding that
 * kind's newest served version's openAPIV3Schema. Kubernetes-only keywords (`x-kubernetes-*`)
 * are dropped; CEL rules are checked by the engine instead.
 *
 *   node bin/run-ts.js scripts/gen-editor-schemas.ts [CRD_DIR]   (default ../shared/gateway-api/crds/experimental)
 *
 * Writes src/ui/editor/schemas/gateway-api.schema.json. The experimental channel is a superset of
 * the standard one, so the editor accepts both.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseAllDocuments } from 'yaml'

const dir = process.argv[2] ?? '../shared/gateway-api/crds/experimental'
const out = 'src/ui/editor/schemas/gateway-api.schema.json'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean)
  if (!isObj(v)) return v
  const o: Json = {}
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('x-kubernetes-')) continue
    o[k] = clean(x)
  }
  return o
}

const definitions: Json = {}
const branches: Json[] = []
const kinds: string[] = []
for (const file of readdirSync(dir).filter((f) => f.startsWith('gateway.networking.k8s.io_') && f.endsWith('.yaml')).sort()) {
  for (const doc of parseAllDocuments(readFileSync(path.join(dir, file), 'utf8'))) {
    const crd = doc.toJS() as Json
    if (crd?.kind !== 'CustomResourceDefinition') continue
    const spec = crd.spec as { group: string; names: { kind: string }; versions: { name: string; served: boolean; storage?: boolean; schema?: { openAPIV3Schema: Json } }[] }
    const served = spec.versions.filter((v) => v.served && v.schema)
    const newest = served.find((v) => v.storage) ?? served[0]
    if (!newest?.schema) continue
    const kind = spec.names.kind
    kinds.push(kind)
    const schema = clean(newest.schema.openAPIV3Schema) as Json
    const props = (schema.properties ?? {}) as Json
    props.apiVersion = { type: 'string', enum: served.map((v) => `${spec.group}/${v.name}`), description: `Served versions of ${kind}; RouteLab reads them all as ${newest.name}.` }
    props.kind = { const: kind }
    schema.properties = props
    schema.required = [...new Set([...(Array.isArray(schema.required) ? (schema.required as string[]) : []), 'apiVersion', 'kind', 'metadata'])]
    definitions[kind] = schema
    branches.push({ if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: { $ref: `#/definitions/${kind}` } })
  }
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Gateway API v1.6.1 manifests',
  description: 'Generated from the Gateway API CRDs by scripts/gen-editor-schemas.ts. Do not edit.',
  type: 'object',
  properties: {
    apiVersion: { type: 'string', examples: ['gateway.networking.k8s.io/v1', 'v1'] },
    kind: { type: 'string', examples: [...kinds, 'Service', 'Namespace'] },
    metadata: { type: 'object', properties: { name: { type: 'string' }, namespace: { type: 'string' } } },
  },
  allOf: branches,
  definitions,
}
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(schema))
console.log(`${out}: ${kinds.length} kinds (${kinds.join(', ')}), ${(JSON.stringify(schema).length / 1024).toFixed(0)} KB`)
