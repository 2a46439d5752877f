import { useMemo, type FormEvent } from 'react'
import type { EffectiveListener, SimProtocol } from '../../model'
import { useLab, useLabStore } from '../state'
import { METHODS, PROTOCOLS, usesHost, usesHttp, type Draft } from './draft'
import { send, setDraft } from './tester-store'
import { useTester } from './use-tester'

/** Listener protocols that can take each kind of request (HTTPS clients may reach TLS listeners). */
const SERVES: Record<SimProtocol, string[]> = { HTTP: ['HTTP'], HTTPS: ['HTTPS', 'TLS'], GRPC: ['HTTP', 'HTTPS'], TLS: ['TLS'], TCP: ['TCP'], UDP: ['UDP'] }
const gwKey = (l: EffectiveListener) => `${l.gateway.namespace}/${l.gateway.name}`

/**
 * The request: protocol, the Gateway and port (listing what the workspace serves), host or SNI,
 * method, path with query, headers, and gRPC service and method. Enter anywhere sends it.
 */
export function RequestForm() {
  const store = useLabStore()
  const draft = useTester((s) => s.draft)
  const listeners = useLab((s) => s.lastGood?.listeners)
  const objects = useLab((s) => s.lastGood?.objects)
  const set = (patch: Partial<Draft>) => setDraft(store, patch)
  const gateways = useMemo(() => [...new Set((listeners ?? []).map(gwKey))].sort(), [listeners])
  const ports = useMemo(() => {
    const fit = (listeners ?? []).filter((l) => (!draft.gateway || gwKey(l) === draft.gateway || l.gateway.name === draft.gateway) && SERVES[draft.protocol].includes(l.protocol))
    const byPort = new Map<number, string[]>()
    for (const l of fit) byPort.set(l.port, [...(byPort.get(l.port) ?? []), `${l.name} ${l.protocol}${l.hostname ? ` ${l.hostname}` : ''}`])
    return [...byPort].sort((a, b) => a[0] - b[0])
  }, [listeners, draft.gateway, draft.protocol])
  const hosts = useMemo(() => {
    const out = new Set<string>()
    for (const o of objects ?? []) {
      const h = (o.spec as { hostnames?: unknown } | undefined)?.hostnames
      if (Array.isArray(h)) for (const x of h) if (typeof x === 'string' && !x.startsWith('*')) out.add(x)
    }
    for (const l of listeners ?? []) if (l.hostname && !l.hostname.startsWith('*')) out.add(l.hostname)
    return [...out].sort()
  }, [objects, listeners])
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void send(store)
  }
  const headers = draft.headers
  const setHeader = (i: number, patch: Partial<Draft['headers'][number]>) => set({ headers: headers.map((h, j) => (j === i ? { ...h, ...patch } : h)) })

  return (
    <form className="request-form" onSubmit={onSubmit} aria-label="Request">
      <div className="rf-row">
        <label className="rf-field rf-protocol">
          <span>Protocol</span>
          <select value={draft.protocol} onChange={(e) => set({ protocol: e.target.value as SimProtocol, port: '' })}>
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p === 'GRPC' ? 'gRPC' : p}
              </option>
            ))}
          </select>
        </label>
        <label className="rf-field rf-gateway">
          <span>Gateway</span>
          <select value={draft.gateway} onChange={(e) => set({ gateway: e.target.value, port: '' })}>
            <option value="">{gateways.length === 1 ? gateways[0] : 'any'}</option>
            {gateways.length > 1 && gateways.map((g) => <option key={g}>{g}</option>)}
          </select>
        </label>
        <label className="rf-field rf-port">
          <span>Port</span>
          <select value={draft.port} onChange={(e) => set({ port: e.target.value })}>
            <option value="">default</option>
            {ports.map(([port, names]) => (
              <option key={port} value={String(port)}>
                {port} · {names.join(', ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      {usesHost(draft.protocol) && (
        <div className="rf-row">
          <label className="rf-field rf-grow">
            <span>{draft.protocol === 'TLS' ? 'SNI' : draft.protocol === 'GRPC' ? 'Authority' : 'Host'}</span>
            <input value={draft.host} onChange={(e) => set({ host: e.target.value })} list="tester-hosts" placeholder="shop.example.com" spellCheck={false} />
            <datalist id="tester-hosts">
              {hosts.map((h) => (
                <option key={h} value={h} />
              ))}
            </datalist>
          </label>
        </div>
      )}
      {usesHttp(draft.protocol) && (
        <div className="rf-row">
          <label className="rf-field rf-method">
            <span>Method</span>
            <input value={draft.method} onChange={(e) => set({ method: e.target.value.toUpperCase() })} list="tester-methods" spellCheck={false} />
            <datalist id="tester-methods">
              {METHODS.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
          </label>
          <label className="rf-field rf-grow">
            <span>Path and query</span>
            <input value={draft.path} onChange={(e) => set({ path: e.target.value })} placeholder="/cart?id=7" spellCheck={false} />
          </label>
        </div>
      )}
      {draft.protocol === 'GRPC' && (
        <div className="rf-row">
          <label className="rf-field rf-grow">
            <span>Service</span>
            <input value={draft.grpcService} onChange={(e) => set({ grpcService: e.target.value })} placeholder="shop.v1.Cart" spellCheck={false} />
          </label>
          <label className="rf-field rf-grow">
            <span>Method</span>
            <input value={draft.grpcMethod} onChange={(e) => set({ grpcMethod: e.target.value })} placeholder="AddItem" spellCheck={false} />
          </label>
        </div>
      )}
      {(usesHttp(draft.protocol) || draft.protocol === 'GRPC') && (
        <fieldset className="rf-headers">
          <legend>{draft.protocol === 'GRPC' ? 'Metadata' : 'Headers'}</legend>
          {headers.map((h, i) => (
            <div className="rf-header" key={i}>
              <input aria-label={`Header ${i + 1} name`} value={h.name} onChange={(e) => setHeader(i, { name: e.target.value })} placeholder="x-env" spellCheck={false} />
              <input aria-label={`Header ${i + 1} value`} value={h.value} onChange={(e) => setHeader(i, { value: e.target.value })} placeholder="canary" spellCheck={false} />
              <button type="button" className="icon-button" aria-label={`Remove header ${i + 1}`} onClick={() => set({ headers: headers.filter((_, j) => j !== i) })}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="link-button" onClick={() => set({ headers: [...headers, { name: '', value: '' }] })}>
            + header
          </button>
        </fieldset>
      )}
      <div className="rf-actions">
        <button type="submit" className="tool-button primary">
          Send
        </button>
        <span className="muted rf-hint">or press Enter</span>
      </div>
    </form>
  )
}
