import type { Severity } from '../model'

/**
 * Every problem code the reading and validation stages emit, in one table. Codes are stable:
 * tests, the CLI's JSON and editor integrations key on them, so a code is never renamed, only
 * added. `summary` says in plain words what the code means (for docs and tooltips).
 */
export const PROBLEM_CODES = {
  // ---- reading the text
  'yaml-syntax': { severity: 'error', summary: 'The text is not valid YAML.' },
  'yaml-duplicate-key': { severity: 'error', summary: 'A mapping repeats a key; the API server rejects the object.' },
  'yaml-warning': { severity: 'warning', summary: 'The YAML parser accepted something questionable.' },
  'yaml-aliases': { severity: 'error', summary: 'Aliases expand to too much data (an alias bomb); the document is not read.' },
  'yaml-too-deep': { severity: 'error', summary: 'Nesting is deeper than any manifest needs; the document is not read further.' },
  'not-an-object': { severity: 'error', summary: 'A document (or List item) is not a mapping.' },
  'missing-identity': { severity: 'error', summary: 'apiVersion, kind or metadata.name is missing.' },
  'kind-not-modelled': { severity: 'info', summary: 'RouteLab keeps this kind as written but does not model it.' },
  'duplicate-object': { severity: 'error', summary: 'Two objects have the same kind, namespace and name.' },
  'metadata-invalid': { severity: 'error', summary: 'metadata.name, metadata.namespace, a label or an annotation breaks the API server\'s format rules.' },
  // ---- apiVersion and channel
  'api-version-unknown': { severity: 'error', summary: 'No CRD of this Gateway API release serves this group, version and kind.' },
  'api-version-not-served': { severity: 'error', summary: 'The version exists but the chosen channel does not serve it.' },
  'api-version-deprecated': { severity: 'warning', summary: 'The version is served but deprecated; the CRD\'s own warning is shown.' },
  'experimental-field': { severity: 'warning', summary: 'A standard-channel cluster does not know this experimental field and drops it.' },
  // ---- OpenAPI schema, with the API server's words
  'schema-type': { severity: 'error', summary: 'Wrong JSON type ("must be of type …"); the field is left out of the typed object.' },
  'schema-required': { severity: 'error', summary: 'A required field is missing ("Required value").' },
  'schema-enum': { severity: 'error', summary: 'A value outside the enum ("Unsupported value").' },
  'schema-pattern': { severity: 'error', summary: 'A string that does not match the schema\'s pattern ("should match").' },
  'schema-format': { severity: 'error', summary: 'A string that is not a valid ipv4 or ipv6 address.' },
  'schema-min-length': { severity: 'error', summary: 'A string shorter than minLength.' },
  'schema-max-length': { severity: 'error', summary: 'A string longer than maxLength ("Too long").' },
  'schema-minimum': { severity: 'error', summary: 'A number below minimum.' },
  'schema-maximum': { severity: 'error', summary: 'A number above maximum.' },
  'schema-min-items': { severity: 'error', summary: 'A list with fewer items than minItems.' },
  'schema-max-items': { severity: 'error', summary: 'A list with more items than maxItems ("Too many").' },
  'schema-max-properties': { severity: 'error', summary: 'A map with more entries than maxProperties ("Too many").' },
  'schema-duplicate': { severity: 'error', summary: 'A repeated key in a list-map, or a repeated item in a list-set ("Duplicate value").' },
  'schema-one-of': { severity: 'error', summary: 'The value matches none, or more than one, of the schema\'s alternatives.' },
  'schema-unknown-field': { severity: 'error', summary: 'A field the schema does not declare; the API server (strict field validation) rejects it.' },
  // ---- CEL rules (x-kubernetes-validations)
  'cel-rule': { severity: 'error', summary: 'A CRD CEL rule failed; the message is the CRD\'s own.' },
  'cel-no-such-key': { severity: 'error', summary: 'A CEL rule reads a field that is absent, which the API server reports as an error.' },
  'cel-eval-error': { severity: 'error', summary: 'A CEL rule could not be evaluated.' },
  // ---- loopholes: the API server accepts these, but they do not do what they look like
  'loophole-exists-one': { severity: 'warning', summary: 'A CRD rule written with exists_one lets two such items slip past.' },
  'loophole-parent-namespace': { severity: 'warning', summary: 'Two parentRefs name the same parent, one with and one without its namespace; the CRD rules see two parents.' },
  'loophole-parent-port': { severity: 'warning', summary: 'parentRefs the standard channel accepts but the experimental channel\'s port-aware rules reject.' },
  'loophole-encoded-path': { severity: 'warning', summary: 'A path with percent-encoded characters that the CRD\'s literal path rules do not see.' },
  'loophole-ip-hostname': { severity: 'warning', summary: 'A hostname made only of numeric labels (an IP address, or what looks like one).' },
  'loophole-pattern-anchor': { severity: 'warning', summary: 'The value passes the CRD pattern only because the pattern anchors just its first alternative.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>

export type ProblemCode = keyof typeof PROBLEM_CODES

export function severityOf(code: ProblemCode): Severity {
  return PROBLEM_CODES[code].severity
}
