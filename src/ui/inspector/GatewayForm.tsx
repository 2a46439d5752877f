import type { FieldPath } from '../../model'
import { AddButton, ItemCard, Section } from '../components/fields'
import { useForm, useListEdit, valueAt } from './form-context'
import { NumberInput, SelectInput, TextInput } from './inputs'

const PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'] as const
const ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'] as const

/** Every field of one listener: identity, TLS and which routes may attach. */
export function ListenerFields({ index }: { index: number }) {
  const form = useForm()
  const base: FieldPath = ['spec', 'listeners', index]
  const protocol = valueAt(form.object, [...base, 'protocol'])
  const tls = protocol === 'HTTPS' || protocol === 'TLS'
  const certs = useListEdit([...base, 'tls', 'certificateRefs'])
  const kinds = useListEdit([...base, 'allowedRoutes', 'kinds'])
  const from = valueAt(form.object, [...base, 'allowedRoutes', 'namespaces', 'from'])
  return (
    <div className="form-grid">
      <TextInput label="Name" path={[...base, 'name']} optional={false} />
      <SelectInput label="Protocol" path={[...base, 'protocol']} options={PROTOCOLS} />
      <NumberInput label="Port" path={[...base, 'port']} min={1} max={65535} />
      <TextInput label="Hostname" path={[...base, 'hostname']} placeholder="any host" hint="A wildcard like *.example.com is allowed" />
      {tls && (
        <>
          <SelectInput label="TLS mode" path={[...base, 'tls', 'mode']} options={['Terminate', 'Passthrough']} empty="Terminate (default)" />
          <div className="wide sublist">
            <span className="sublist-title">Certificates</span>
            {certs.items.map((_, i) => (
              <ItemCard key={i} title={`certificateRef ${i + 1}`} removeLabel={`Remove certificate ${i + 1}`} onRemove={() => certs.remove(i)} disabled={certs.paused}>
                <div className="form-grid">
                  <TextInput label="Secret name" path={[...base, 'tls', 'certificateRefs', i, 'name']} optional={false} />
                  <TextInput label="Namespace" path={[...base, 'tls', 'certificateRefs', i, 'namespace']} placeholder="the Gateway's" />
                </div>
              </ItemCard>
            ))}
            <AddButton label="certificate" onClick={() => certs.add({ name: 'tls-cert' })} disabled={certs.paused} />
          </div>
        </>
      )}
      <SelectInput label="Routes from" path={[...base, 'allowedRoutes', 'namespaces', 'from']} options={['Same', 'All', 'Selector']} hint="Which namespaces may attach routes" />
      {from === 'Selector' && <TextInput label="Namespace label (key)" path={[...base, 'allowedRoutes', 'namespaces', 'selector', 'matchLabels', 'team']} hint="matchLabels team=…" />}
      <div className="wide sublist">
        <span className="sublist-title">Route kinds allowed {kinds.items.length === 0 && <em>(all that fit the protocol)</em>}</span>
        {kinds.items.map((_, i) => (
          <ItemCard key={i} title={`kind ${i + 1}`} removeLabel={`Remove kind ${i + 1}`} onRemove={() => kinds.remove(i)} disabled={kinds.paused}>
            <SelectInput label="Kind" path={[...base, 'allowedRoutes', 'kinds', i, 'kind']} options={ROUTE_KINDS} />
          </ItemCard>
        ))}
        <AddButton label="kind" onClick={() => kinds.add({ kind: protocol === 'TLS' ? 'TLSRoute' : protocol === 'TCP' ? 'TCPRoute' : protocol === 'UDP' ? 'UDPRoute' : 'HTTPRoute' })} disabled={kinds.paused} />
      </div>
    </div>
  )
}

/** A Gateway or ListenerSet: its class or parent, and every listener. */
export function GatewayForm() {
  const form = useForm()
  const listeners = useListEdit(['spec', 'listeners'])
  const used = new Set(listeners.items.map((l) => (l as { port?: number }).port))
  let port = 8080
  while (used.has(port)) port++
  return (
    <>
      <Section title={form.object.kind === 'Gateway' ? 'Gateway' : 'ListenerSet'}>
        <div className="form-grid">
          {form.object.kind === 'Gateway' ? (
            <TextInput label="GatewayClass" path={['spec', 'gatewayClassName']} optional={false} />
          ) : (
            <>
              <TextInput label="Parent Gateway" path={['spec', 'parentRef', 'name']} optional={false} />
              <TextInput label="Parent namespace" path={['spec', 'parentRef', 'namespace']} placeholder="this one" />
            </>
          )}
        </div>
      </Section>
      <Section title={`Listeners (${listeners.items.length})`} actions={<AddButton label="listener" onClick={() => listeners.add({ name: `listener-${listeners.items.length + 1}`, protocol: 'HTTP', port })} disabled={listeners.paused} />}>
        {listeners.items.map((l, i) => (
          <ItemCard key={i} title={<ListenerTitle listener={l} />} removeLabel={`Remove listener ${String((l as { name?: string }).name)}`} onRemove={() => listeners.remove(i)} disabled={listeners.paused}>
            <ListenerFields index={i} />
          </ItemCard>
        ))}
      </Section>
    </>
  )
}

function ListenerTitle({ listener }: { listener: unknown }) {
  const l = listener as { name?: string; protocol?: string; port?: number }
  return (
    <>
      <strong>{l.name}</strong> <span className="muted">{l.protocol} :{l.port}</span>
    </>
  )
}
