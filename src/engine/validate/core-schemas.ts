import { prepare } from './prepare-schema'
import type { Schema } from './schema'

/**
 * Hand-written schemas for what no Gateway API CRD describes: ObjectMeta, and the core Service and
 * Namespace kinds that resolution reads. The API server validates these natively (not from an
 * OpenAPI schema), so they cover only the fields RouteLab uses and keep the rest as written.
 */

const str = (extra: Partial<Schema> = {}): Schema => ({ type: 'string', ...extra })
const int = (extra: Partial<Schema> = {}): Schema => ({ type: 'integer', ...extra })
const obj = (props: Record<string, Schema>, extra: Partial<Schema> = {}): Schema => ({ type: 'object', props: new Map(Object.entries(props)), ...extra })
const mapOf = (values: Schema): Schema => ({ type: 'object', values })

const DNS1123_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
const LABEL_VALUE = '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$'

/** The API server's own words for these formats (apimachinery's validation messages). */
const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

/** ObjectMeta: the fields users write, plus the ones `kubectl get -o yaml` adds (kept, not analysed). */
export const METADATA_SCHEMA: Schema = obj({
  name: str({ maxLength: 253, pattern: DNS1123_SUBDOMAIN, patternMessage: SUBDOMAIN_MESSAGE }),
  generateName: str(),
  namespace: str({ maxLength: 63, pattern: DNS1123_LABEL, patternMessage: LABEL_MESSAGE }),
  labels: mapOf(str({ maxLength: 63, pattern: LABEL_VALUE, patternMessage: LABEL_VALUE_MESSAGE })),
  annotations: mapOf(str()),
  uid: str(),
  resourceVersion: str(),
  selfLink: str(),
  creationTimestamp: str(),
  deletionTimestamp: str(),
  generation: int(),
  deletionGracePeriodSeconds: int(),
  finalizers: { type: 'array', items: str() },
  ownerReferences: { type: 'array', items: { type: 'object', preserveUnknownFields: true } },
  managedFields: { type: 'array', items: { type: 'object', preserveUnknownFields: true } },
})

const SERVICE_PORT = obj(
  {
    name: str(),
    protocol: str({ enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP' }),
    appProtocol: str(),
    port: int({ minimum: 1, maximum: 65535 }),
    targetPort: { intOrString: true },
    nodePort: int(),
  },
  { required: ['port'] },
)

const SERVICE = obj({
  apiVersion: str(),
  kind: str(),
  spec: obj(
    {
      type: str({ enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'], default: 'ClusterIP' }),
      // The API server has no default here (ExternalName and headless Services may omit ports);
      // RouteLab's model promises a list, so an absent one reads as empty.
      ports: { type: 'array', items: SERVICE_PORT, listType: 'map', listMapKeys: ['port', 'protocol'], default: [] },
      selector: mapOf(str()),
      externalName: str(),
    },
    { preserveUnknownFields: true },
  ),
})

const NAMESPACE = obj({
  apiVersion: str(),
  kind: str(),
  spec: obj({}, { preserveUnknownFields: true }),
})

/** Every node of a hand-written schema, once. */
function walk(s: Schema, seen = new Set<Schema>()): Set<Schema> {
  if (seen.has(s)) return seen
  seen.add(s)
  for (const c of [...(s.props?.values() ?? []), s.items, s.values]) if (c) walk(c, seen)
  return seen
}

export const CORE_KINDS: Record<string, Schema> = {
  Service: { ...SERVICE, metadata: METADATA_SCHEMA },
  Namespace: { ...NAMESPACE, metadata: { ...METADATA_SCHEMA, props: new Map([...(METADATA_SCHEMA.props ?? []), ['name', str({ maxLength: 63, pattern: DNS1123_LABEL, patternMessage: LABEL_MESSAGE })]]) } },
}

for (const root of Object.values(CORE_KINDS)) for (const s of [root, root.metadata]) if (s) walk(s).forEach(prepare)
