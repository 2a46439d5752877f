import { cel, noSuchKey, object, type Case, type Json } from './types'

const gw = (listeners: Json[], extra: Json = {}): Json => object('Gateway', { gatewayClassName: 'gc', listeners, ...extra })
const http = (extra: Json = {}): Json => ({ name: 'http', port: 80, protocol: 'HTTP', ...extra })
const https = (extra: Json = {}): Json => ({ name: 'https', port: 443, protocol: 'HTTPS', tls: { certificateRefs: [{ name: 'cert' }] }, ...extra })
const ls = (listeners: Json[]): Json => object('ListenerSet', { parentRef: { name: 'gw' }, listeners })

const LISTENER_RULES: [name: string, listeners: Json[], message: string][] = [
  ['tls on an HTTP listener', [http({ tls: { certificateRefs: [{ name: 'c' }] } })], "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"],
  ['Passthrough on an HTTPS listener', [https({ tls: { mode: 'Passthrough' } })], 'tls mode must be Terminate for protocol HTTPS'],
  ['TLS listener without tls', [{ name: 'tls', port: 443, protocol: 'TLS' }], 'tls mode must be set for protocol TLS'],
  ['hostname on a TCP listener', [{ name: 'tcp', port: 9000, protocol: 'TCP', hostname: 'a.example' }], "hostname must not be specified for protocols ['TCP', 'UDP']"],
  ['two listeners on one port, protocol and hostname', [http(), http({ name: 'http2' })], 'Combination of port, protocol and hostname must be unique for each listener'],
]
const CERT_RULE = 'certificateRefs or options must be specified when mode is Terminate'
const LABEL_KEYS = 'Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.'
const ANNOTATION_KEYS = 'Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.'
const LONG_PREFIX = `${'a'.repeat(253)}/key`

export const GATEWAY_CASES: Case[] = [
  ...LISTENER_RULES.map(([name, listeners, message]): Case => ({ name: `Gateway: ${name}`, manifest: gw(listeners), expect: [cel('spec.listeners', message)] })),
  ...LISTENER_RULES.map(([name, listeners, message]): Case => ({ name: `ListenerSet: ${name}`, manifest: ls(listeners), expect: [cel('spec.listeners', message)] })),
  {
    name: 'Gateway: duplicate listener name raises a CEL error and a duplicate-key error',
    manifest: gw([http(), http({ port: 8080 })]),
    expect: [['schema-duplicate', 'spec.listeners[1]', 'Duplicate value: {"name":"http"}'], cel('spec.listeners', 'Listener name must be unique within the Gateway')],
  },
  {
    name: 'ListenerSet: duplicate listener name (the message says Gateway)',
    manifest: ls([http(), http({ port: 8080 })]),
    expect: [['schema-duplicate', 'spec.listeners[1]', 'Duplicate value: {"name":"http"}'], cel('spec.listeners', 'Listener name must be unique within the Gateway')],
  },
  { name: 'Gateway: tls {} on HTTPS becomes Terminate and needs certificates', manifest: gw([https({ tls: {} })]), expect: [noSuchKey('spec.listeners[0].tls', 'certificateRefs', CERT_RULE)] },
  { name: 'ListenerSet: tls {} on HTTPS becomes Terminate and needs certificates', manifest: ls([https({ tls: {} })]), expect: [noSuchKey('spec.listeners[0].tls', 'certificateRefs', CERT_RULE)] },
  { name: 'Gateway: empty certificateRefs and options', manifest: gw([https({ tls: { certificateRefs: [], options: {} } })]), expect: [cel('spec.listeners[0].tls', CERT_RULE)] },
  {
    name: 'Gateway: an IPAddress twice',
    manifest: gw([http()], { addresses: [{ type: 'IPAddress', value: '10.0.0.1' }, { value: '10.0.0.1' }] }),
    expect: [cel('spec.addresses', 'IPAddress values must be unique')],
  },
  {
    name: 'Gateway: a Hostname address twice',
    manifest: gw([http()], { addresses: [{ type: 'Hostname', value: 'lb.example' }, { type: 'Hostname', value: 'lb.example' }] }),
    expect: [cel('spec.addresses', 'Hostname values must be unique')],
  },
  {
    name: 'Gateway: a Hostname address with invalid characters',
    manifest: gw([http()], { addresses: [{ type: 'Hostname', value: 'LB_1.example' }] }),
    expect: [cel('spec.addresses[0]', 'Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)')],
  },
  { name: 'Gateway: invalid infrastructure label key', manifest: gw([http()], { infrastructure: { labels: { 'bad key': 'v' } } }), expect: [cel('spec.infrastructure.labels', LABEL_KEYS)] },
  {
    name: 'Gateway: infrastructure label key prefix of 253 characters',
    manifest: gw([http()], { infrastructure: { labels: { [LONG_PREFIX]: 'v' } } }),
    expect: [cel('spec.infrastructure.labels', "If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total.")],
  },
  { name: 'Gateway: invalid infrastructure annotation key', manifest: gw([http()], { infrastructure: { annotations: { '-bad': 'v' } } }), expect: [cel('spec.infrastructure.annotations', ANNOTATION_KEYS)] },
  {
    name: 'Gateway: infrastructure annotation key prefix of 253 characters',
    manifest: gw([http()], { infrastructure: { annotations: { [LONG_PREFIX]: 'v' } } }),
    expect: [cel('spec.infrastructure.annotations', "If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total.")],
  },
  {
    name: 'Gateway: frontend TLS for one port twice',
    manifest: gw([https()], {
      tls: {
        frontend: {
          default: { validation: { caCertificateRefs: [{ name: 'ca', kind: 'ConfigMap', group: '' }] } },
          perPort: [443, 443].map((port) => ({ port, tls: { validation: { caCertificateRefs: [{ name: 'ca', kind: 'ConfigMap', group: '' }] } } })),
        },
      },
    }),
    expect: [['schema-duplicate', 'spec.tls.frontend.perPort[1]', 'Duplicate value: {"port":443}'], cel('spec.tls.frontend.perPort', 'Port for TLS configuration must be unique within the Gateway')],
  },
]
