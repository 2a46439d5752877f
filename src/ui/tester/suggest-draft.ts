import type { Analysis, RouteTestCase } from '../../model'
import { EMPTY_DRAFT, toDraft, type Draft } from './draft'

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A first request worth sending, so the tester never opens empty: the workspace's first test
 * case, else the first HTTPRoute that is attached somewhere, with its first hostname and the
 * path of its first match, over the protocol of a listener it is attached to.
 */
export function suggestDraft(analysis: Pick<Analysis, 'objects' | 'bindings' | 'listeners'> | undefined, cases: readonly RouteTestCase[] | undefined): Draft {
  const first = cases?.[0]
  if (first) return toDraft(first.request)
  const binding = analysis?.bindings.find((b) => b.route.kind === 'HTTPRoute')
  if (!analysis || !binding) return EMPTY_DRAFT
  const route = analysis.objects.find((o) => o.kind === 'HTTPRoute' && o.metadata.namespace === binding.route.namespace && o.metadata.name === binding.route.name)
  const listener = analysis.listeners.find((l) => l.name === binding.listener.name && l.owner.name === binding.listener.owner.name && l.owner.namespace === binding.listener.owner.namespace)
  const rules = isObj(route?.spec) && Array.isArray(route.spec.rules) ? route.spec.rules : []
  const match = rules.flatMap((r) => (isObj(r) && Array.isArray(r.matches) ? r.matches : [])).find(isObj)
  const path = isObj(match?.path) && typeof match.path.value === 'string' && match.path.type !== 'RegularExpression' ? match.path.value : '/'
  const host = binding.hostnames.find((h) => !h.startsWith('*')) ?? binding.hostnames[0]?.replace(/^\*/, 'www') ?? ''
  return { ...EMPTY_DRAFT, protocol: listener?.protocol === 'HTTPS' ? 'HTTPS' : 'HTTP', host, path }
}
