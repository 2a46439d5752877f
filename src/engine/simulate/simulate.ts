import type { SimRequest, SimResult, SimulateOptions } from '../../model'
import { indexFor, listenerKey, type SimInput } from './build-index'
import { normalizeRequest } from './normalize-request'
import { emptyResult } from './result'
import { selectListener } from './select-listener'
import { simulateGrpc } from './simulate-grpc'
import { simulateHttp } from './simulate-http'
import { simulateL4 } from './simulate-l4'

const PROTOCOLS = new Set(['HTTP', 'HTTPS', 'GRPC', 'TLS', 'TCP', 'UDP'])

/**
 * Follows one request through an analysed workspace: which listener, route, rule and backend it
 * reaches, what the backend receives, what the gateway answers, and a step-by-step trace that
 * names the exact criterion behind every decision. Never throws: a malformed request or
 * workspace comes back as a 404 whose trace says why.
 *
 * @example
 * const result = simulate(analysis, { protocol: 'HTTP', host: 'checkout.shop.example.com', path: '/cart' })
 * result.status // 200
 * result.backends.map((b) => `${b.name} ${b.probability}`) // ['checkout-v1 0.9', 'checkout-v2 0.1']
 */
export function simulate(analysis: SimInput, request: SimRequest, options: SimulateOptions = {}): SimResult {
  try {
    return run(analysis, request, options)
  } catch (e) {
    // A bug of ours must not take the page or the CLI down; say so in the answer instead.
    return emptyResult(null, null, [
      { step: 'listener', subject: 'simulator', outcome: 'rejected', reason: `internal error while simulating: ${(e as Error).message}`, criterion: 'internal-error' },
    ])
  }
}

function run(analysis: SimInput, request: SimRequest, options: SimulateOptions): SimResult {
  const req = normalizeRequest(request)
  if (!PROTOCOLS.has(req.protocol)) {
    return emptyResult(null, null, [
      { step: 'listener', subject: `protocol ${req.protocol}`, outcome: 'rejected', reason: 'protocol must be one of HTTP, HTTPS, GRPC, TLS, TCP, UDP', criterion: 'protocol-unknown' },
    ])
  }
  const index = indexFor(analysis)
  const choice = selectListener(index.listeners, req)
  const result = emptyResult(choice.gateway, choice.listener?.name ?? null, choice.trace)
  if (req.protocol === 'GRPC') result.grpcStatus = 'UNIMPLEMENTED'
  if (!choice.listener) return result
  const li = index.byListener.get(listenerKey(choice.listener.owner, choice.listener.name))
  if (!li) return result
  if (req.protocol === 'GRPC') simulateGrpc(index, li, req, result, options)
  else if (choice.listener.protocol === 'TLS') simulateL4(index, li, { ...req, protocol: 'TLS' }, result, options.trace !== 'summary')
  else if (req.protocol === 'HTTP' || req.protocol === 'HTTPS') simulateHttp(index, li, req, result, options)
  else simulateL4(index, li, req, result, options.trace !== 'summary')
  return result
}
