import { GATEWAY_GROUP, type GraphNode } from '../../model'
import { AddButton, ItemCard, Section } from '../components/fields'
import { edit, select, useLab, useLabStore } from '../state'
import { useListEdit } from './form-context'
import { NumberInput, SelectInput, TextInput } from './inputs'

export function ServiceForm() {
  const ports = useListEdit(['spec', 'ports'])
  return (
    <Section title="Ports" actions={<AddButton label="port" onClick={() => ports.add({ port: 8080 + ports.items.length })} disabled={ports.paused} />}>
      {ports.items.map((_, i) => (
        <ItemCard key={i} title={`Port ${i + 1}`} removeLabel={`Remove port ${i + 1}`} onRemove={() => ports.remove(i)} disabled={ports.paused}>
          <div className="form-grid">
            <NumberInput label="Port" path={['spec', 'ports', i, 'port']} min={1} max={65535} />
            <TextInput label="Name" path={['spec', 'ports', i, 'name']} placeholder="unnamed" />
            <TextInput label="Target port" path={['spec', 'ports', i, 'targetPort']} placeholder="same" />
            <TextInput label="App protocol" path={['spec', 'ports', i, 'appProtocol']} placeholder="e.g. kubernetes.io/h2c" />
          </div>
        </ItemCard>
      ))}
    </Section>
  )
}

const FROM_KINDS = ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute', 'Gateway']

export function ReferenceGrantForm() {
  const from = useListEdit(['spec', 'from'])
  const to = useListEdit(['spec', 'to'])
  return (
    <>
      <Section title="From (who may refer)" actions={<AddButton label="from" onClick={() => from.add({ group: GATEWAY_GROUP, kind: 'HTTPRoute', namespace: 'default' })} disabled={from.paused} />}>
        {from.items.map((_, i) => (
          <ItemCard key={i} title={`from ${i + 1}`} removeLabel={`Remove from ${i + 1}`} onRemove={() => from.remove(i)} disabled={from.paused}>
            <div className="form-grid">
              <SelectInput label="Kind" path={['spec', 'from', i, 'kind']} options={FROM_KINDS} />
              <TextInput label="Namespace" path={['spec', 'from', i, 'namespace']} optional={false} />
              <TextInput label="Group" path={['spec', 'from', i, 'group']} optional={false} />
            </div>
          </ItemCard>
        ))}
      </Section>
      <Section title="To (what may be referred to, in this namespace)" actions={<AddButton label="to" onClick={() => to.add({ group: '', kind: 'Service' })} disabled={to.paused} />}>
        {to.items.map((_, i) => (
          <ItemCard key={i} title={`to ${i + 1}`} removeLabel={`Remove to ${i + 1}`} onRemove={() => to.remove(i)} disabled={to.paused}>
            <div className="form-grid">
              <SelectInput label="Kind" path={['spec', 'to', i, 'kind']} options={['Service', 'Secret']} />
              <TextInput label="Name" path={['spec', 'to', i, 'name']} placeholder="every one" />
              <TextInput label="Group" path={['spec', 'to', i, 'group']} placeholder='"" (core)' optional={false} />
            </div>
          </ItemCard>
        ))}
      </Section>
    </>
  )
}

/** Something referenced but not declared: say so, and offer to declare it. */
export function MissingForm({ node }: { node: GraphNode }) {
  const store = useLabStore()
  const services = useLab((s) => s.lastGood?.objects.some((o) => o.kind === 'Service'))
  const canDeclare = node.objectKind === 'Service'
  return (
    <Section title="Not declared">
      <p className="small">
        {node.objectKind} <strong>{node.namespace}/{node.name}</strong> is referenced but not declared in these manifests.
        {node.objectKind === 'Service' && services && ' Since the workspace declares Services, RouteLab treats undeclared ones as missing.'}
      </p>
      {canDeclare && (
        <button
          type="button"
          className="tool-button primary"
          onClick={() =>
            void edit(store, [{ op: 'addObject', manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: node.name, namespace: node.namespace }, spec: { ports: [{ port: Number(node.detail?.slice(1)) || 8080 }] } } }], { origin: 'inspector' }).then(
              (ok) => ok && select(store, node.id),
            )
          }
        >
          Declare Service {node.name}
        </button>
      )}
    </Section>
  )
}
